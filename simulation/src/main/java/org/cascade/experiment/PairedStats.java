package org.cascade.experiment;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * Paired comparison of two arms' replicates (replicate r of A with replicate r of B: common random numbers).
 *
 * @param n          pairs
 * @param meanA      mean of A
 * @param meanB      mean of B
 * @param diff       mean of (B - A)
 * @param ciLow      lower end of the 95% t interval of the mean difference
 * @param ciHigh     upper end
 * @param hedgesG    paired effect size: mean difference / sd of differences, times the small-sample correction
 *                   J = 1 - 3 / (4(n - 1) - 1); 0 when every difference is 0
 * @param a12        Vargha-Delaney A12: P(B > A) + P(B = A) / 2 over all pairs of replicates (0.5: no effect)
 * @param withinNoise true when the interval contains 0
 * @param needed     replicates for a 95% CI half-width of {@code precision x max(|diff|, |meanA|)}, (z/h)^2 sd^2
 *                   rounded up with the t quantile of the current n; 0 when the differences do not vary
 */
public record PairedStats(int n, double meanA, double meanB, double diff, double ciLow, double ciHigh, double hedgesG,
                          double a12, boolean withinNoise, long needed) {

    public static PairedStats of(double[] a, double[] b, double precision) {
        if (a.length != b.length || a.length < 2) {
            throw new IllegalArgumentException("need two paired samples of equal size >= 2, got " + a.length + " and "
                + b.length);
        }
        int n = a.length;
        double ma = mean(a);
        double mb = mean(b);
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            d[i] = b[i] - a[i];
        }
        double md = mean(d);
        double sd = Math.sqrt(ss(d, md) / (n - 1));
        double t = new TDistribution(n - 1).inverseCumulativeProbability(0.975);
        double half = t * sd / Math.sqrt(n);
        double low = md - half;
        double high = md + half;
        double j = 1 - 3.0 / (4.0 * (n - 1) - 1);
        double g = sd == 0 ? 0 : md / sd * j;
        double target = precision * Math.max(Math.abs(md), Math.abs(ma));
        long needed = sd == 0 ? 0 : target == 0 ? Long.MAX_VALUE
            : (long) Math.ceil(Math.pow(t * sd / target, 2));
        return new PairedStats(n, ma, mb, md, low, high, g, a12(b, a), low <= 0 && high >= 0, Math.max(needed, 0));
    }

    /** Vargha-Delaney A12 of x over y: P(X > Y) + 0.5 P(X = Y), by ranks (O(n log n)). */
    public static double a12(double[] x, double[] y) {
        double[] ys = y.clone();
        java.util.Arrays.sort(ys);
        double wins = 0;
        for (double v : x) {
            int lo = lowerBound(ys, v);
            int hi = upperBound(ys, v);
            wins += lo + 0.5 * (hi - lo);
        }
        return wins / ((double) x.length * y.length);
    }

    private static int lowerBound(double[] s, double v) {
        int lo = 0;
        int hi = s.length;
        while (lo < hi) {
            int m = (lo + hi) >>> 1;
            if (s[m] < v) {
                lo = m + 1;
            } else {
                hi = m;
            }
        }
        return lo;
    }

    private static int upperBound(double[] s, double v) {
        int lo = 0;
        int hi = s.length;
        while (lo < hi) {
            int m = (lo + hi) >>> 1;
            if (s[m] <= v) {
                lo = m + 1;
            } else {
                hi = m;
            }
        }
        return lo;
    }

    static double mean(double[] x) {
        double m = 0;
        for (int i = 0; i < x.length; i++) {
            m += (x[i] - m) / (i + 1);
        }
        return m;
    }

    private static double ss(double[] x, double m) {
        double s = 0;
        for (double v : x) {
            s += (v - m) * (v - m);
        }
        return s;
    }
}
