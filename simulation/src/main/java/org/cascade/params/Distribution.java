package org.cascade.params;

import java.io.Serializable;
import org.apache.commons.math3.distribution.RealDistribution;
import org.apache.commons.math3.distribution.TriangularDistribution;
import org.apache.commons.math3.distribution.UniformRealDistribution;

/**
 * What we believe about a parameter we cannot measure: a uniform or triangular distribution on {@code [low, high]},
 * or a log-uniform one (uniform in the logarithm) for a scale whose plausible values differ by a factor rather than
 * by an amount. {@code mode} is the triangle's peak and NaN for the other shapes. Validated when built.
 * Sampling goes through {@link #quantile}, so a Latin hypercube can place each draw in its own stratum.
 */
public record Distribution(Shape shape, double low, double mode, double high) implements Serializable {

    /** The shapes offered: no more than a judgement can honestly tell apart. */
    public enum Shape {
        UNIFORM("uniform"), TRIANGULAR("triangular"), LOG_UNIFORM("log-uniform");

        private final String id;

        Shape(String id) {
            this.id = id;
        }

        /** As written in the provenance JSON and the documentation. */
        public String id() {
            return id;
        }
    }

    public Distribution {
        if (shape == null) {
            throw new IllegalArgumentException("distribution: shape is missing");
        }
        if (!Double.isFinite(low) || !Double.isFinite(high) || !(low < high)) {
            throw new IllegalArgumentException(shape.id + " distribution: needs finite low < high, got [" + low + ", "
                + high + "]");
        }
        if (shape == Shape.TRIANGULAR && !(low <= mode && mode <= high)) {
            throw new IllegalArgumentException("triangular distribution: mode " + mode + " outside [" + low + ", "
                + high + "]");
        }
        if (shape != Shape.TRIANGULAR && !Double.isNaN(mode)) {
            throw new IllegalArgumentException(shape.id + " distribution has no mode, got " + mode);
        }
        if (shape == Shape.LOG_UNIFORM && !(low > 0)) {
            throw new IllegalArgumentException("log-uniform distribution: needs low > 0, got " + low);
        }
    }

    public static Distribution uniform(double low, double high) {
        return new Distribution(Shape.UNIFORM, low, Double.NaN, high);
    }

    public static Distribution triangular(double low, double mode, double high) {
        return new Distribution(Shape.TRIANGULAR, low, mode, high);
    }

    /** Uniform in {@code ln x} on {@code [ln low, ln high]}. */
    public static Distribution logUniform(double low, double high) {
        return new Distribution(Shape.LOG_UNIFORM, low, Double.NaN, high);
    }

    /** The value below which a share {@code p} (0..1) of the distribution lies; always within {@code [low, high]}. */
    public double quantile(double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("probability must be in [0, 1], got " + p);
        }
        if (p == 0 || p == 1) {
            return p == 0 ? low : high; // exactly, where exp(ln x) would miss by a rounding error
        }
        double x = switch (shape) {
            case UNIFORM, TRIANGULAR -> commonsMath().inverseCumulativeProbability(p);
            case LOG_UNIFORM -> Math.exp(commonsMath().inverseCumulativeProbability(p));
        };
        return Math.min(high, Math.max(low, x));
    }

    /** True when {@code x} is a value the distribution can give. */
    public boolean contains(double x) {
        return low <= x && x <= high;
    }

    /** E.g. {@code triangular(0.04, 0.08, 0.16)}, {@code log-uniform(100000, 10000000)}. */
    public String describe() {
        return shape == Shape.TRIANGULAR
            ? shape.id + "(" + format(low) + ", " + format(mode) + ", " + format(high) + ")"
            : shape.id + "(" + format(low) + ", " + format(high) + ")";
    }

    /** The Commons Math distribution (without a generator: only its inverse CDF is used). */
    private RealDistribution commonsMath() {
        return switch (shape) {
            case UNIFORM -> new UniformRealDistribution(null, low, high);
            case TRIANGULAR -> new TriangularDistribution(null, low, mode, high);
            case LOG_UNIFORM -> new UniformRealDistribution(null, Math.log(low), Math.log(high));
        };
    }

    private static String format(double v) {
        return Parameter.format(v);
    }
}
