package org.cascade.experiment.sensitivity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * Variance-based sensitivity: each factor's first-order index S1 (its effect alone) and total index ST (alone and in
 * interactions), estimated from a {@link SobolDesign} with the Saltelli et al. (2010) estimator for S1 and Jansen's
 * (1999) for ST. Costs n(k + 2) runs, so it suits a short list of factors that {@link Morris} screening kept.
 */
public final class Sobol {
    /** Commons Math's Sobol sequence has direction numbers for at most 1000 dimensions, i.e. 2k. */
    public static final int MAX_FACTORS = 500;

    private Sobol() {
    }

    /**
     * The design over k = {@code factors} factors with n = {@code baseRows} base points, taken from Commons Math's
     * {@link SobolSequenceGenerator} of dimension 2k after skipping the first {@code skip} points (point 0 is the
     * origin; skipping it, or using a power of two for n, is usual). Deterministic: no seed.
     */
    public static SobolDesign design(int factors, int baseRows, long skip) {
        if (factors < 1 || factors > MAX_FACTORS) {
            throw new IllegalArgumentException("factors (k) must be in 1.." + MAX_FACTORS + ", got " + factors);
        }
        if (baseRows < 2) {
            throw new IllegalArgumentException("base rows (n) must be >= 2, got " + baseRows);
        }
        if (skip < 0 || skip > Integer.MAX_VALUE - (long) baseRows) {
            throw new IllegalArgumentException("skip must be in 0.." + (Integer.MAX_VALUE - (long) baseRows)
                + ", got " + skip);
        }
        long rows = (long) baseRows * (factors + 2);
        if (rows > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("n(k + 2) = " + rows + " rows is too many");
        }
        SobolSequenceGenerator sequence = new SobolSequenceGenerator(2 * factors);
        if (skip > 0) {
            // Commons Math's skipTo(i) returns point i and moves past it, so the next point is i + 1
            sequence.skipTo((int) skip - 1);
        }
        double[][] a = new double[baseRows][];
        double[][] b = new double[baseRows][];
        for (int j = 0; j < baseRows; j++) {
            double[] point = sequence.nextVector();
            a[j] = Arrays.copyOfRange(point, 0, factors);
            b[j] = Arrays.copyOfRange(point, factors, 2 * factors);
        }
        return new SobolDesign(factors, baseRows, skip, a, b);
    }

    /**
     * S1 and ST of each factor on {@code y}, the output at each design row in row order, with V the variance of y
     * over A and B:
     * S1_i = mean_j f(B)_j (f(AB_i)_j - f(A)_j) / V and ST_i = mean_j (f(A)_j - f(AB_i)_j)^2 / (2V).
     * The bootstrap 95% intervals come from {@code bootstrap} resamples of the n base rows (each resample redraws
     * V too), deterministic from {@code seed}.
     *
     * @throws IllegalArgumentException when y does not vary over A and B, as the indices are then undefined
     */
    public static SobolResult analyse(SobolDesign design, double[] y, int bootstrap, long seed) {
        Responses.check(y, design);
        Responses.checkBootstrap(bootstrap);
        int k = design.factors();
        int n = design.baseRows();
        double[] fa = new double[n];
        double[] fb = new double[n];
        double[][] fab = new double[k][n];
        for (int j = 0; j < n; j++) {
            fa[j] = y[design.rowOfA(j)];
            fb[j] = y[design.rowOfB(j)];
            for (int i = 0; i < k; i++) {
                fab[i][j] = y[design.rowOfAB(i, j)];
            }
        }
        int[] all = new int[n];
        for (int j = 0; j < n; j++) {
            all[j] = j;
        }
        Estimate point = estimate(fa, fb, fab, all);
        if (!(point.variance > 0)) {
            throw new IllegalArgumentException("the output does not vary over the " + 2 * n
                + " points of A and B (variance 0): its Sobol indices are undefined");
        }
        double[][] s1 = new double[k][bootstrap];
        double[][] st = new double[k][bootstrap];
        MersenneTwister rng = new MersenneTwister(seed);
        int[] sample = new int[n];
        for (int b = 0; b < bootstrap; b++) {
            for (int j = 0; j < n; j++) {
                sample[j] = rng.nextInt(n);
            }
            Estimate e = estimate(fa, fb, fab, sample);
            for (int i = 0; i < k; i++) {
                s1[i][b] = e.s1[i];
                st[i][b] = e.st[i];
            }
        }
        List<SobolResult.Factor> factors = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            factors.add(new SobolResult.Factor(i, point.s1[i], Responses.percentile95(s1[i]), point.st[i],
                Responses.percentile95(st[i])));
        }
        return new SobolResult(factors, point.variance, n, bootstrap);
    }

    private record Estimate(double variance, double[] s1, double[] st) {
    }

    /** The estimators over the base rows {@code rows} (with repeats, for a bootstrap resample). */
    private static Estimate estimate(double[] fa, double[] fb, double[][] fab, int[] rows) {
        int k = fab.length;
        int n = rows.length;
        double sum = 0;
        for (int j : rows) {
            sum += fa[j] + fb[j];
        }
        double mean = sum / (2.0 * n);
        double squares = 0;
        for (int j : rows) {
            squares += (fa[j] - mean) * (fa[j] - mean) + (fb[j] - mean) * (fb[j] - mean);
        }
        double variance = squares / (2.0 * n);
        double[] s1 = new double[k];
        double[] st = new double[k];
        for (int i = 0; i < k; i++) {
            double first = 0;
            double total = 0;
            double[] abi = fab[i];
            for (int j : rows) {
                first += fb[j] * (abi[j] - fa[j]);
                double d = fa[j] - abi[j];
                total += d * d;
            }
            // a resample that repeats one row only has no variance to share out
            s1[i] = variance > 0 ? first / n / variance : Double.NaN;
            st[i] = variance > 0 ? total / n / (2 * variance) : Double.NaN;
        }
        return new Estimate(variance, s1, st);
    }
}
