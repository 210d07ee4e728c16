package org.cascade.run.output;

/** Small helpers for writing CSV (RFC 4180) and numbers that read back exactly. */
public final class Csv {
    private Csv() {
    }

    /** The field as is, or double-quoted (inner quotes doubled) when it holds a comma, quote or line break. */
    public static String field(String s) {
        if (s == null) {
            return "";
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return quoted(s);
            }
        }
        return s;
    }

    /** Always double-quoted, inner quotes doubled. */
    public static String quoted(String s) {
        return "\"" + (s == null ? "" : s.replace("\"", "\"\"")) + "\"";
    }

    /**
     * The shortest text that parses back to exactly {@code v}: whole numbers below 1e15 without a fraction
     * ("12", "-3"), others as {@link Double#toString} ("0.25", "1.2345E10"), and "NaN", "Infinity", "-Infinity".
     */
    public static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            if (v == 0 && Double.doubleToRawLongBits(v) != 0) {
                return "-0.0";
            }
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }
}
