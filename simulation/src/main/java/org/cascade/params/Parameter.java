package org.cascade.params;

import java.io.Serializable;
import java.util.Objects;

/**
 * One tunable number: its name (as written in scenario files and on the command line), unit, default,
 * allowed closed range, group, and the source or reason for the default.
 * {@code integer} parameters accept whole numbers only (months, switches).
 *
 * @param kind   a policy lever (a change from 2024, step 0 stays calibrated) or a behavioural constant
 * @param readAt whether the model reads it every month (a dated {@code set} event takes effect) or only at start
 */
public record Parameter(String name, String unit, double defaultValue, double min, double max,
                        ParameterGroup group, String description, String source, boolean integer, Kind kind,
                        ReadAt readAt) implements Serializable {

    /** What a parameter stands for. */
    public enum Kind {
        /**
         * A policy lever or route condition: what a scenario changes relative to 2024. The base year is calibrated
         * under the lever's default, so a scenario's value acts from the first month and step 0 reproduces the data.
         */
        LEVER,
        /** A behavioural constant (elasticity, rate, scale): the base year is calibrated under the run's value. */
        BEHAVIOURAL
    }

    /** When the model reads a parameter. */
    public enum ReadAt {
        /** Read once when the run starts (it shapes the calibration): a dated {@code set} event is refused. */
        START,
        /** Read every month: a dated {@code set} event takes effect from its month. */
        MONTHLY
    }

    public Parameter {
        Objects.requireNonNull(name);
        Objects.requireNonNull(group);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(readAt);
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

    public boolean isLever() {
        return kind == Kind.LEVER;
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
