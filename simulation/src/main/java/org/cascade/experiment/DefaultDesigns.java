package org.cascade.experiment;

import java.util.List;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.SobolSequenceGenerator;
import org.apache.commons.math3.util.MathArrays;

/**
 * Plain designs so that a sensitivity plan can be built and run before the estimators are integrated: Morris
 * trajectories (one-at-a-time steps of {@code levels/(2(levels-1))} on a {@code levels}-level grid, Morris 1991)
 * and the Saltelli (2010) radial layout A, B, AB_1..AB_k from a Sobol sequence of dimension 2k (first point
 * skipped). Point order: Morris trajectory by trajectory; Sobol base point j: A_j, B_j, AB_j^(1..k).
 */
public final class DefaultDesigns {
    private DefaultDesigns() {
    }

    public static UnitDesign of(SensitivitySettings s, long masterSeed) {
        int k = s.parameters().size();
        if (SensitivitySettings.MORRIS.equals(s.method())) {
            return () -> morris(k, s.trajectories(), s.levels(), masterSeed);
        }
        return () -> saltelli(k, s.n());
    }

    static double[][] morris(int k, int r, int p, long seed) {
        MersenneTwister rng = new MersenneTwister(seed);
        double delta = p / (2.0 * (p - 1));
        double[][] out = new double[r * (k + 1)][];
        int row = 0;
        for (int t = 0; t < r; t++) {
            double[] x = new double[k];
            for (int j = 0; j < k; j++) {
                // a start from which +delta stays inside [0, 1]
                x[j] = rng.nextInt(p / 2) / (double) (p - 1);
            }
            out[row++] = x.clone();
            int[] order = java.util.stream.IntStream.range(0, k).toArray();
            MathArrays.shuffle(order, rng);
            for (int j : order) {
                x[j] += delta;
                out[row++] = x.clone();
            }
        }
        return out;
    }

    static double[][] saltelli(int k, int n) {
        SobolSequenceGenerator sobol = new SobolSequenceGenerator(2 * k);
        sobol.nextVector();
        double[][] out = new double[n * (k + 2)][];
        int row = 0;
        for (int j = 0; j < n; j++) {
            double[] v = sobol.nextVector();
            double[] a = java.util.Arrays.copyOfRange(v, 0, k);
            double[] b = java.util.Arrays.copyOfRange(v, k, 2 * k);
            out[row++] = a;
            out[row++] = b;
            for (int i = 0; i < k; i++) {
                double[] ab = a.clone();
                ab[i] = b[i];
                out[row++] = ab;
            }
        }
        return out;
    }

    /** The names of the layouts, for the provenance. */
    public static List<String> rules() {
        return List.of("morris: Morris (1991) one-at-a-time trajectories, seeded by the master seed",
            "sobol: Saltelli (2010) A, B, AB_i from a Sobol sequence of dimension 2k");
    }
}
