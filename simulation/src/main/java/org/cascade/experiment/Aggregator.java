package org.cascade.experiment;

import com.tdunning.math.stats.MergingDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges chunk results, strictly in chunk index order, into {@link ArmStats}: counts, means and M2 by Chan et al.'s
 * pairwise update, percentiles from the chunks' values. While an arm's values at a point fit in
 * {@value #EXACT_VALUES} doubles (steps x outcomes x replicates: a 20-year run's default outcomes at up to about
 * 2,000 replicates) they are kept and the percentiles are exact (linear interpolation between order statistics,
 * Hyndman and Fan's type 7); beyond that each cell has one t-digest ({@link MergingDigest}, compression
 * {@value #COMPRESSION}) fed the chunks' values in order, so memory stays bounded. Either way NaN values are left
 * out (percentiles are over the runs with a value). An arm at a point is finished (its values or digests dropped) as
 * soon as its last chunk is in, so memory holds the open arms' only. Because the order is fixed and the choice depends
 * only on the plan, the result does not depend on threads, shards or machines.
 */
public final class Aggregator {
    public static final double[] QUANTILES = {0.05, 0.5, 0.95};
    public static final double COMPRESSION = 100;
    /** The most values (steps x outcomes x replicates) of one arm at one point kept for exact percentiles. */
    public static final long EXACT_VALUES = 1L << 23;

    private final RunPlan plan;
    private final Map<Long, Open> open = new HashMap<>();
    private final List<ArmStats> done = new ArrayList<>();
    private int next;
    private final List<RunPlan.Chunk> expected;
    private final long exactValues;

    /** Expects exactly {@code chunks} (all of the plan's, or one shard's for a partial merge), in index order. */
    public Aggregator(RunPlan plan, List<RunPlan.Chunk> chunks) {
        this(plan, chunks, EXACT_VALUES);
    }

    /** As above, keeping values for exact percentiles up to {@code exactValues} per arm and point (tests). */
    Aggregator(RunPlan plan, List<RunPlan.Chunk> chunks, long exactValues) {
        this.plan = plan;
        this.expected = List.copyOf(chunks);
        this.exactValues = exactValues;
    }

    public Aggregator(RunPlan plan) {
        this(plan, plan.chunks());
    }

    private static final class Open {
        long n;
        double[] mean;
        double[] m2;
        /** Exact mode: [cell * replicates + replicate - 1]; null when the digests are used. */
        double[] values;
        MergingDigest[] digests;
        double[] atHorizons;
    }

    /** Adds the next chunk; refuses chunks out of order or of another plan. */
    public void add(ChunkResult c) {
        if (!c.fingerprint.equals(plan.fingerprint())) {
            throw new IllegalArgumentException("chunk " + c.chunk + " belongs to plan " + c.fingerprint + ", not "
                + plan.fingerprint());
        }
        if (next >= expected.size() || c.chunk != expected.get(next).index()) {
            throw new IllegalStateException("chunk " + c.chunk + " arrived out of order; expected "
                + (next < expected.size() ? "chunk " + expected.get(next).index() : "no more chunks"));
        }
        RunPlan.Chunk spec = expected.get(next++);
        long key = ((long) c.arm << 32) | c.point;
        Open o = open.get(key);
        int cells = c.steps * c.outcomes;
        int replicates = plan.spec().replicates();
        if (o == null) {
            o = new Open();
            o.mean = new double[cells];
            o.m2 = new double[cells];
            if ((long) cells * replicates <= exactValues) {
                o.values = new double[cells * replicates];
            } else {
                o.digests = new MergingDigest[cells];
                for (int i = 0; i < cells; i++) {
                    o.digests[i] = new MergingDigest(COMPRESSION);
                }
            }
            o.atHorizons = new double[replicates * c.outcomes * c.horizons];
            open.put(key, o);
        }
        long na = o.n;
        long nb = c.count;
        long n = na + nb;
        for (int i = 0; i < cells; i++) {
            double delta = c.mean[i] - o.mean[i];
            o.mean[i] = na == 0 ? c.mean[i] : o.mean[i] + delta * nb / n;
            o.m2[i] = na == 0 ? c.m2[i] : o.m2[i] + c.m2[i] + delta * delta * ((double) na * nb / n);
        }
        if (o.values != null) {
            for (int i = 0; i < cells; i++) {
                System.arraycopy(c.values, i * c.count, o.values, i * replicates + c.first - 1, c.count);
            }
        } else {
            for (int i = 0; i < cells; i++) {
                MergingDigest d = o.digests[i];
                int base = i * c.count;
                for (int j = 0; j < c.count; j++) {
                    double x = c.values[base + j];
                    if (!Double.isNaN(x)) { // t-digest refuses NaN: percentiles are over the runs with a value
                        d.add(x);
                    }
                }
            }
        }
        System.arraycopy(c.atHorizons, 0, o.atHorizons, (c.first - 1) * c.outcomes * c.horizons, c.atHorizons.length);
        o.n = n;
        if (spec.last(replicates)) {
            open.remove(key);
            double[] sd = new double[cells];
            double[][] q = new double[QUANTILES.length][cells];
            Open arm = o;
            long runs = n;
            int kept = replicates;
            // each cell (step x series) on its own: the sorts share the cores, which the runs have left when an arm ends
            java.util.stream.IntStream.range(0, cells).parallel().forEach(i -> summarise(arm, runs, kept, i, sd, q));
            done.add(new ArmStats(c.arm, c.point, c.steps, c.outcomes, c.horizons, n, o.mean, sd, q, o.atHorizons));
        }
    }

    /** The standard deviation and percentiles of one cell of a finished arm. */
    private static void summarise(Open o, long n, int replicates, int i, double[] sd, double[][] q) {
        sd[i] = n > 1 ? Math.sqrt(o.m2[i] / (n - 1)) : Double.NaN;
        if (o.values != null) {
            int from = i * replicates;
            // in place (the values are dropped after): the NaNs last and the ranks the percentiles read where a sort
            // would put them
            int m = OrderStatistics.numbersFirst(o.values, from, replicates);
            if (m > 0) {
                int[] ranks = new int[2 * QUANTILES.length];
                for (int k = 0; k < QUANTILES.length; k++) {
                    int lo = (int) Math.floor(QUANTILES[k] * (m - 1));
                    ranks[2 * k] = from + lo;
                    ranks[2 * k + 1] = from + Math.min(lo + 1, m - 1);
                }
                java.util.Arrays.sort(ranks);
                OrderStatistics.select(o.values, from, from + m, ranks, 0, ranks.length);
            }
            for (int k = 0; k < QUANTILES.length; k++) {
                q[k][i] = quantile(o.values, from, m, QUANTILES[k]);
            }
        } else {
            o.digests[i].compress();
            for (int k = 0; k < QUANTILES.length; k++) {
                q[k][i] = o.digests[i].quantile(QUANTILES[k]);
            }
        }
    }

    /**
     * Percentile {@code p} of the {@code m} values of {@code sorted} from index {@code from} (ascending) by linear interpolation between
     * order statistics (Hyndman and Fan's type 7, the default of R and NumPy); NaN when {@code m} is 0.
     */
    static double quantile(double[] sorted, int from, int m, double p) {
        if (m == 0) {
            return Double.NaN;
        }
        // the arithmetic of ExperimentResult.quantile, so a horizon's percentiles match horizons.csv's bit for bit
        double pos = p * (m - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(lo + 1, m - 1);
        return sorted[from + lo] + (pos - lo) * (sorted[from + hi] - sorted[from + lo]);
    }

    /** True when every expected chunk is in. */
    public boolean complete() {
        return next == expected.size();
    }

    /** The finished arms, in the order they finished (point by point, arm by arm). */
    public List<ArmStats> finished() {
        if (!complete()) {
            throw new IllegalStateException((expected.size() - next) + " chunks are missing");
        }
        return List.copyOf(done);
    }
}
