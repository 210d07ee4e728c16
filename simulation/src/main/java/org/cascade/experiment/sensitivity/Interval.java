package org.cascade.experiment.sensitivity;

/**
 * A bootstrap percentile interval: the 2.5th and 97.5th percentiles of an estimate over resamples.
 *
 * @param low  lower bound
 * @param high upper bound, not below {@code low}
 */
public record Interval(double low, double high) {

    public Interval {
        if (Double.isNaN(low) || Double.isNaN(high) || low > high) {
            throw new IllegalArgumentException("interval [" + low + ", " + high + "] is not ordered");
        }
    }

    /** Whether {@code value} lies in the closed interval. */
    public boolean contains(double value) {
        return value >= low && value <= high;
    }

    public double width() {
        return high - low;
    }
}
