package org.cascade.run;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.util.MathArrays;
import org.cascade.params.ParameterUncertainty;

/**
 * A Latin hypercube over the distributions of some uncertain parameters: with R replicates, each parameter's range
 * of cumulative probability is cut into R equal strata and every stratum is drawn exactly once, so even a few hundred
 * replicates cover each judgement's whole range (plain random draws leave gaps and clumps). Columns are shuffled
 * independently, so parameters are uncorrelated by design.
 * <p>
 * Deterministic from the master seed alone ({@link #RULE}): a parameter's column depends only on the master seed, R
 * and the parameter's name, not on which other parameters are drawn, on the thread count or on the catalogue's order.
 */
public final class LatinHypercube {
    public static final String RULE = "column of parameter p: a Mersenne Twister (Commons Math) seeded with "
        + "init_by_array(low 32 bits of the master seed, high 32 bits, the UTF-16 code units of p's name) shuffles the "
        + "strata 0..R-1 (MathArrays.shuffle), then draws one uniform jitter per replicate r = 1..R; replicate r takes "
        + "u = (stratum_r + jitter_r) / R and the value F^-1(u) of p's distribution, rounded for whole-number parameters";

    private final List<ParameterUncertainty.Entry> entries;
    private final int replicates;
    /** [parameter][replicate - 1]: the cumulative probabilities (values follow from them when asked for). */
    private final double[][] probabilities;

    private LatinHypercube(List<ParameterUncertainty.Entry> entries, int replicates, double[][] probabilities) {
        this.entries = entries;
        this.replicates = replicates;
        this.probabilities = probabilities;
    }

    /** A design of {@code replicates} rows over {@code entries} (none: a design that draws nothing). */
    public static LatinHypercube sample(List<ParameterUncertainty.Entry> entries, long masterSeed, int replicates) {
        if (replicates < 1) {
            throw new IllegalArgumentException("replicates must be >= 1, got " + replicates);
        }
        List<ParameterUncertainty.Entry> list = List.copyOf(entries);
        double[][] u = new double[list.size()][replicates];
        for (int j = 0; j < list.size(); j++) {
            ParameterUncertainty.Entry e = list.get(j);
            MersenneTwister rng = new MersenneTwister(key(masterSeed, e.name()));
            int[] strata = IntStream.range(0, replicates).toArray();
            MathArrays.shuffle(strata, rng);
            for (int r = 0; r < replicates; r++) {
                u[j][r] = (strata[r] + rng.nextDouble()) / replicates;
            }
        }
        return new LatinHypercube(list, replicates, u);
    }

    private static int[] key(long masterSeed, String name) {
        int[] key = new int[2 + name.length()];
        key[0] = (int) masterSeed;
        key[1] = (int) (masterSeed >>> 32);
        for (int i = 0; i < name.length(); i++) {
            key[2 + i] = name.charAt(i);
        }
        return key;
    }

    /** The parameters drawn, in column order. */
    public List<ParameterUncertainty.Entry> entries() {
        return entries;
    }

    public int replicates() {
        return replicates;
    }

    /** The value of parameter {@code column} in replicate {@code r} (1-based). */
    public double value(int r, int column) {
        return entries.get(column).value(probabilities[column][index(r)]);
    }

    /** The cumulative probability replicate {@code r} (1-based) drew for parameter {@code column}. */
    public double probability(int r, int column) {
        return probabilities[column][index(r)];
    }

    /** Replicate {@code r}'s values (1-based), name to value in column order. */
    public Map<String, Double> row(int r) {
        int i = index(r);
        Map<String, Double> m = new LinkedHashMap<>();
        for (int j = 0; j < entries.size(); j++) {
            m.put(entries.get(j).name(), entries.get(j).value(probabilities[j][i]));
        }
        return m;
    }

    private int index(int r) {
        if (r < 1 || r > replicates) {
            throw new IndexOutOfBoundsException("replicate " + r + " of " + replicates);
        }
        return r - 1;
    }
}
