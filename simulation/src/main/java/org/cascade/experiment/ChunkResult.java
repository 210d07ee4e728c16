package org.cascade.experiment;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;
import org.cascade.results.RunResult;
import org.cascade.results.SeriesKey;

/**
 * The mergeable partial result of one chunk: for every outcome cell (step x outcome) the chunk's count, mean and M2
 * (Welford, replicate order) and its values in replicate order (with at most {@value RunPlan#CHUNK_SIZE} values, a
 * t-digest of the chunk would keep every value as its own centroid, so the values are the chunk's digest, exactly,
 * and what exact percentiles need),
 * and per replicate the outcome values at each horizon (sensitivity studies keep only these: steps is 0). Serialises to a small deflated binary file.
 */
public final class ChunkResult {
    static final int MAGIC = 0xCA5CAD08;
    static final int VERSION = 1;

    final String fingerprint;
    final int chunk;
    final int arm;
    final int point;
    final int first;
    final int count;
    final int steps;
    final int outcomes;
    final int horizons;
    /** [cell] with cell = step * outcomes + outcome. */
    final double[] mean;
    final double[] m2;
    /** [cell * count + j]: value of replicate first + j. */
    final double[] values;
    /** [(j * outcomes + outcome) * horizons + h]. */
    final double[] atHorizons;

    ChunkResult(String fingerprint, int chunk, int arm, int point, int first, int count, int steps, int outcomes,
                int horizons, double[] mean, double[] m2, double[] values, double[] atHorizons) {
        this.fingerprint = fingerprint;
        this.chunk = chunk;
        this.arm = arm;
        this.point = point;
        this.first = first;
        this.count = count;
        this.steps = steps;
        this.outcomes = outcomes;
        this.horizons = horizons;
        this.mean = mean;
        this.m2 = m2;
        this.values = values;
        this.atHorizons = atHorizons;
    }

    /** Builds a chunk's partial run by run (in replicate order), keeping only the outcome cells of each run. */
    static final class Builder {
        private final RunPlan plan;
        private final RunPlan.Chunk chunk;
        private final int[] horizonSteps;
        private int[] outcomeIndex;
        private int steps;
        private int runSteps;
        private int j;
        private double[] mean;
        private double[] m2;
        private double[] values;
        private double[] at;

        Builder(RunPlan plan, RunPlan.Chunk chunk, int[] horizonSteps) {
            this.plan = plan;
            this.chunk = chunk;
            this.horizonSteps = horizonSteps;
        }

        void add(RunResult r) {
            int n = chunk.count();
            if (outcomeIndex == null) {
                outcomeIndex = outcomeIndex(plan.spec().outcomes(), r);
                runSteps = r.steps();
                steps = plan.perStep() ? runSteps : 0;
                int cells = steps * outcomeIndex.length;
                mean = new double[cells];
                m2 = new double[cells];
                values = new double[cells * n];
                at = new double[n * outcomeIndex.length * horizonSteps.length];
            }
            if (r.steps() != runSteps) {
                throw new IllegalStateException("runs of one chunk recorded " + r.steps() + " and " + runSteps + " steps");
            }
            int o = outcomeIndex.length;
            for (int s = 0; s < steps; s++) {
                for (int k = 0; k < o; k++) {
                    int cell = s * o + k;
                    double x = r.value(s, outcomeIndex[k]);
                    values[cell * n + j] = x;
                    double d = x - mean[cell];
                    mean[cell] += d / (j + 1);
                    m2[cell] += d * (x - mean[cell]);
                }
            }
            for (int k = 0; k < o; k++) {
                for (int h = 0; h < horizonSteps.length; h++) {
                    at[(j * o + k) * horizonSteps.length + h] = r.value(horizonSteps[h], outcomeIndex[k]);
                }
            }
            j++;
        }

        ChunkResult build() {
            if (j != chunk.count()) {
                throw new IllegalStateException("chunk " + chunk.index() + " has " + j + " of " + chunk.count() + " runs");
            }
            return new ChunkResult(plan.fingerprint(), chunk.index(), chunk.arm(), chunk.point(), chunk.first(), j, steps,
                outcomeIndex.length, horizonSteps.length, mean, m2, values, at);
        }
    }

    /** Where each outcome is among a run's series. */
    static int[] outcomeIndex(List<SeriesKey> outcomes, RunResult r) {
        int[] idx = new int[outcomes.size()];
        for (int k = 0; k < idx.length; k++) {
            idx[k] = r.indexOf(outcomes.get(k).metric(), outcomes.get(k).subject());
        }
        return idx;
    }

    public int chunk() {
        return chunk;
    }

    public String fingerprint() {
        return fingerprint;
    }

    public void write(OutputStream out) throws IOException {
        java.util.zip.Deflater deflater = new java.util.zip.Deflater(java.util.zip.Deflater.BEST_SPEED);
        DeflaterOutputStream z = new DeflaterOutputStream(out, deflater, 1 << 16);
        DataOutputStream d = new DataOutputStream(new java.io.BufferedOutputStream(z, 1 << 16));
        d.writeInt(MAGIC);
        d.writeInt(VERSION);
        d.writeUTF(fingerprint);
        for (int v : new int[] {chunk, arm, point, first, count, steps, outcomes, horizons}) {
            d.writeInt(v);
        }
        writeAll(d, mean);
        writeAll(d, m2);
        writeAll(d, values);
        writeAll(d, atHorizons);
        d.flush();
        z.finish();
        deflater.end();
    }

    public byte[] toBytes() {
        ByteArrayOutputStream b = new ByteArrayOutputStream(1 << 16);
        try {
            write(b);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return b.toByteArray();
    }

    public static ChunkResult fromBytes(byte[] bytes) throws IOException {
        return read(new ByteArrayInputStream(bytes));
    }

    public static ChunkResult read(InputStream in) throws IOException {
        DataInputStream d = new DataInputStream(new java.io.BufferedInputStream(new InflaterInputStream(in), 1 << 16));
        if (d.readInt() != MAGIC) {
            throw new IOException("not a CASCADE chunk result");
        }
        int version = d.readInt();
        if (version != VERSION) {
            throw new IOException("chunk result format " + version + ", this version reads " + VERSION);
        }
        String fp = d.readUTF();
        int chunk = d.readInt();
        int arm = d.readInt();
        int point = d.readInt();
        int first = d.readInt();
        int count = d.readInt();
        int steps = d.readInt();
        int outcomes = d.readInt();
        int horizons = d.readInt();
        if (count < 1 || count > RunPlan.CHUNK_SIZE || steps < 0 || steps > 100_000 || outcomes < 1
            || outcomes > 100_000 || horizons < 0 || horizons > 1000) {
            throw new IOException("chunk result header out of range");
        }
        int cells = steps * outcomes;
        double[] mean = readAll(d, cells);
        double[] m2 = readAll(d, cells);
        double[] values = readAll(d, cells * count);
        double[] at = readAll(d, count * outcomes * horizons);
        return new ChunkResult(fp, chunk, arm, point, first, count, steps, outcomes, horizons, mean, m2, values, at);
    }

    private static void writeAll(DataOutputStream d, double[] a) throws IOException {
        for (double v : a) {
            d.writeLong(Double.doubleToRawLongBits(v));
        }
    }

    private static double[] readAll(DataInputStream d, int n) throws IOException {
        double[] a = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = Double.longBitsToDouble(d.readLong());
        }
        return a;
    }
}
