package org.cascade.experiment.sensitivity;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;
import org.apache.commons.math3.util.MathArrays;

/**
 * Morris (1991) elementary-effects screening with the mu* measure of Campolongo, Cariboni and Saltelli (2007):
 * cheap (r(k + 1) runs) and good at telling the few factors that matter from the many that do not, not at measuring
 * how much each matters (that is {@link Sobol}'s job, for a short list).
 */
public final class Morris {
    private Morris() {
    }

    /**
     * r = {@code trajectories} random trajectories over k = {@code factors} factors on a grid of p = {@code levels}
     * levels. Each trajectory starts from a base point whose coordinates are drawn from the lower p/2 levels, draws a
     * direction for each factor (up from the base, or down from base + delta) and moves the factors once each in a
     * random order, so every point lies on the grid in [0, 1] and, at every point, each grid level is equally likely.
     * Deterministic from {@code seed} (a Commons Math Mersenne Twister).
     */
    public static MorrisDesign design(int factors, int trajectories, int levels, long seed) {
        if (factors < 1) {
            throw new IllegalArgumentException("factors (k) must be >= 1, got " + factors);
        }
        if (trajectories < 2) {
            throw new IllegalArgumentException("trajectories (r) must be >= 2 (sigma needs two effects per factor), got "
                + trajectories);
        }
        if (levels < 4 || levels % 2 != 0) {
            throw new IllegalArgumentException("levels (p) must be even and >= 4 (4 to 8 is usual), got " + levels);
        }
        MersenneTwister rng = new MersenneTwister(seed);
        int jump = levels / 2;
        double[][] rows = new double[trajectories * (factors + 1)][];
        int[][] moved = new int[trajectories][];
        int[][] direction = new int[trajectories][factors];
        for (int t = 0; t < trajectories; t++) {
            // grid levels 0..p-1, so that every coordinate is exactly level / (p - 1)
            int[] level = new int[factors];
            int[] sign = new int[factors];
            for (int i = 0; i < factors; i++) {
                int base = rng.nextInt(jump);
                sign[i] = rng.nextBoolean() ? 1 : -1;
                level[i] = sign[i] > 0 ? base : base + jump;
            }
            int[] order = MathArrays.natural(factors);
            MathArrays.shuffle(order, rng);
            moved[t] = order;
            int row = t * (factors + 1);
            rows[row] = coordinates(level, levels);
            for (int s = 0; s < factors; s++) {
                int i = order[s];
                direction[t][s] = sign[i];
                level[i] += sign[i] * jump;
                rows[row + s + 1] = coordinates(level, levels);
            }
        }
        return new MorrisDesign(factors, trajectories, levels, seed, rows, moved, direction);
    }

    private static double[] coordinates(int[] level, int levels) {
        double[] x = new double[level.length];
        for (int i = 0; i < level.length; i++) {
            x[i] = level[i] / (double) (levels - 1);
        }
        return x;
    }

    /** The grid step p / (2(p - 1)) for p levels. */
    static double delta(int levels) {
        return levels / (2.0 * (levels - 1));
    }

    /**
     * mu, mu* and sigma of each factor's elementary effects on {@code y}, the output at each design row in row order,
     * with a bootstrap 95% interval of mu* from {@code bootstrap} resamples of whole trajectories (deterministic from
     * {@code seed}).
     */
    public static MorrisResult analyse(MorrisDesign design, double[] y, int bootstrap, long seed) {
        Responses.check(y, design);
        Responses.checkBootstrap(bootstrap);
        int k = design.factors();
        int r = design.trajectories();
        double[][] effects = new double[k][r];
        for (int t = 0; t < r; t++) {
            for (int s = 0; s < k; s++) {
                int from = design.rowOf(t, s);
                effects[design.movedFactor(t, s)][t] =
                    (y[from + 1] - y[from]) / (design.direction(t, s) * design.delta());
            }
        }
        double[][] resampledMuStar = new double[k][bootstrap];
        MersenneTwister rng = new MersenneTwister(seed);
        for (int b = 0; b < bootstrap; b++) {
            for (int draw = 0; draw < r; draw++) {
                int t = rng.nextInt(r);
                for (int i = 0; i < k; i++) {
                    resampledMuStar[i][b] += Math.abs(effects[i][t]);
                }
            }
            for (int i = 0; i < k; i++) {
                resampledMuStar[i][b] /= r;
            }
        }
        List<MorrisResult.Factor> factors = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            double sum = 0;
            double sumAbs = 0;
            for (double e : effects[i]) {
                sum += e;
                sumAbs += Math.abs(e);
            }
            factors.add(new MorrisResult.Factor(i, sum / r, sumAbs / r, new StandardDeviation(true).evaluate(effects[i]),
                Responses.percentile95(resampledMuStar[i])));
        }
        return new MorrisResult(factors, r, bootstrap);
    }
}
