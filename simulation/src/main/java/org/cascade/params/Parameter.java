package org.cascade.params;

import java.util.Objects;

/**
 * One tunable number: its name (as written in scenario files and on the command line), unit, default,
 * allowed closed range, group, and the source or reason for the default.
 * {@code integer} parameters accept whole numbers only (months, switches).
 */
public record Parameter(String name, String unit, double defaultValue, double min, double max,
                        ParameterGroup group, String description, String source, boolean integer) {

    public Parameter {
        Objects.requireNonNull(name);
        Objects.requireNonNull(group);
        if (!(min <= defaultValue && defaultValue <= max)) {
            throw new IllegalArgumentException(name + ": default " + defaultValue + " outside [" + min + ", " + max + "]");
        }
    }

    /** Empty when the value is allowed, otherwise why not (naming the allowed range). */
    public String problemWith(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "'" + name + "' must be a finite number in " + range() + ", got " + value;
        }
        if (value < min || value > max) {
            return "'" + name + "' = " + format(value) + " is out of range; allowed " + range() + (unit.isEmpty() ? "" : " " + unit);
        }
        if (integer && value != Math.rint(value)) {
            return "'" + name + "' must be a whole number in " + range() + ", got " + format(value);
        }
        return "";
    }

    public String range() {
        return "[" + format(min) + ", " + format(max) + "]";
    }

    public static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }
}
