package org.cascade.ui.format;

import java.util.Locale;

/** Numbers as people read them in tables: "288.00 bn", "20.59 M", else four significant digits. */
public final class Numbers {
    private Numbers() {
    }

    public static String human(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        double a = Math.abs(v);
        if (a >= 1e9) {
            return String.format(Locale.ROOT, "%.2f bn", v / 1e9);
        }
        if (a >= 1e6) {
            return String.format(Locale.ROOT, "%.2f M", v / 1e6);
        }
        return String.format(Locale.ROOT, "%.4g", v);
    }
}
