package org.cascade.experiment;

/**
 * The statistics of one arm at one design point: per step and outcome n, mean, standard deviation and the 5th, 50th
 * and 95th percentiles (exact, or t-digest for very large arms: see {@link Aggregator}), and every replicate's outcome values at the horizons (for paired statistics).
 * Cells are {@code step * outcomes + outcome}.
 */
public final class ArmStats {
    private final int arm;
    private final int point;
    private final int steps;
    private final int outcomes;
    private final int horizons;
    private final long n;
    private final double[] mean;
    private final double[] sd;
    private final double[][] quantiles;
    private final double[] atHorizons;

    ArmStats(int arm, int point, int steps, int outcomes, int horizons, long n, double[] mean, double[] sd,
             double[][] quantiles, double[] atHorizons) {
        this.arm = arm;
        this.point = point;
        this.steps = steps;
        this.outcomes = outcomes;
        this.horizons = horizons;
        this.n = n;
        this.mean = mean;
        this.sd = sd;
        this.quantiles = quantiles;
        this.atHorizons = atHorizons;
    }

    public int arm() {
        return arm;
    }

    public int point() {
        return point;
    }

    public int steps() {
        return steps;
    }

    /** Replicates aggregated. */
    public long n() {
        return n;
    }

    public double mean(int step, int outcome) {
        return mean[cell(step, outcome)];
    }

    /** Sample standard deviation (n - 1 in the denominator); NaN for one replicate. */
    public double sd(int step, int outcome) {
        return sd[cell(step, outcome)];
    }

    /** Percentile {@code q} of {@link Aggregator#QUANTILES} (0: 5th, 1: 50th, 2: 95th). */
    public double quantile(int q, int step, int outcome) {
        return quantiles[q][cell(step, outcome)];
    }

    /** Outcome {@code outcome} of replicate {@code r} (1-based) at horizon {@code h} (index into the spec's horizons). */
    public double atHorizon(int r, int outcome, int h) {
        return atHorizons[((r - 1) * outcomes + outcome) * horizons + h];
    }

    /** Every replicate's value of one outcome at one horizon, in replicate order. */
    public double[] horizonValues(int outcome, int h) {
        double[] out = new double[(int) n];
        for (int r = 1; r <= n; r++) {
            out[r - 1] = atHorizon(r, outcome, h);
        }
        return out;
    }

    private int cell(int step, int outcome) {
        if (step < 0 || step >= steps || outcome < 0 || outcome >= outcomes) {
            throw new IndexOutOfBoundsException("step " + step + ", outcome " + outcome);
        }
        return step * outcomes + outcome;
    }
}
