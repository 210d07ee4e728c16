package org.cascade.experiment;

import com.tdunning.math.stats.MergingDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges chunk results, strictly in chunk index order, into {@link ArmStats}: counts, means and M2 by Chan et al.'s
 * pairwise update, percentiles by one t-digest ({@link MergingDigest}, compression {@value #COMPRESSION}) per cell fed
 * the chunks' values in order. An arm at a point is finished (its digests dropped) as soon as its last chunk is in,
 * so memory holds the open arms' digests only. Because the order is fixed, the result does not depend on threads,
 * shards or machines.
 */
public final class Aggregator {
    public static final double[] QUANTILES = {0.05, 0.5, 0.95};
    public static final double COMPRESSION = 100;

    private final RunPlan plan;
    private final Map<Long, Open> open = new HashMap<>();
    private final List<ArmStats> done = new ArrayList<>();
    private int next;
    private final List<RunPlan.Chunk> expected;

    /** Expects exactly {@code chunks} (all of the plan's, or one shard's for a partial merge), in index order. */
    public Aggregator(RunPlan plan, List<RunPlan.Chunk> chunks) {
        this.plan = plan;
        this.expected = List.copyOf(chunks);
    }

    public Aggregator(RunPlan plan) {
        this(plan, plan.chunks());
    }

    private static final class Open {
        long n;
        double[] mean;
        double[] m2;
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
            o.digests = new MergingDigest[cells];
            for (int i = 0; i < cells; i++) {
                o.digests[i] = new MergingDigest(COMPRESSION);
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
            MergingDigest d = o.digests[i];
            int base = i * c.count;
            for (int j = 0; j < c.count; j++) {
                double x = c.values[base + j];
                if (!Double.isNaN(x)) { // t-digest refuses NaN: percentiles are over the runs with a value
                    d.add(x);
                }
            }
        }
        System.arraycopy(c.atHorizons, 0, o.atHorizons, (c.first - 1) * c.outcomes * c.horizons, c.atHorizons.length);
        o.n = n;
        if (spec.last(replicates)) {
            open.remove(key);
            double[] sd = new double[cells];
            double[][] q = new double[QUANTILES.length][cells];
            for (int i = 0; i < cells; i++) {
                sd[i] = n > 1 ? Math.sqrt(o.m2[i] / (n - 1)) : Double.NaN;
                o.digests[i].compress();
                for (int k = 0; k < QUANTILES.length; k++) {
                    q[k][i] = o.digests[i].quantile(QUANTILES[k]);
                }
            }
            done.add(new ArmStats(c.arm, c.point, c.steps, c.outcomes, c.horizons, n, o.mean, sd, q, o.atHorizons));
        }
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
