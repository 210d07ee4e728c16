package org.cascade.experiment;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.cascade.region.Calendar;
import org.cascade.results.SeriesKey;
import org.cascade.run.output.Csv;

/**
 * What an experiment produced: per arm and design point the per-step statistics of every outcome and every
 * replicate's outcome values at the horizons; for comparisons the paired statistics of each arm against the first.
 * The CSV writers are deterministic: the same plan gives the same bytes however its chunks were run.
 */
public final class ExperimentResult {
    /** How and when it ran (provenance only; never written to the CSV). */
    public record Run(String engine, Instant start, Instant end, int threads, List<String> shards,
                      java.util.Map<String, String> details) {
        public Run {
            shards = List.copyOf(shards);
            details = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(details));
        }

        public Run(String engine, Instant start, Instant end, int threads, List<String> shards) {
            this(engine, start, end, threads, shards, java.util.Map.of());
        }
    }

    /**
     * A result from chunk statistics aggregated elsewhere (e.g. by a cluster driver that merged the chunks in index
     * order with an {@link Aggregator}).
     */
    public static ExperimentResult of(RunPlan plan, List<ArmStats> finished, Run run) {
        return new ExperimentResult(plan, finished, run);
    }

    public static final List<String> STATS = List.of("n", "mean", "sd", "p05", "p50", "p95");

    private final RunPlan plan;
    private final ArmStats[][] stats; // [point][arm]
    private final Run run;

    ExperimentResult(RunPlan plan, List<ArmStats> finished, Run run) {
        this.plan = plan;
        this.run = run;
        this.stats = new ArmStats[plan.points().size()][plan.spec().arms().size()];
        for (ArmStats s : finished) {
            stats[s.point()][s.arm()] = s;
        }
        for (ArmStats[] row : stats) {
            for (ArmStats s : row) {
                if (s == null) {
                    throw new IllegalStateException("an arm or point has no result");
                }
            }
        }
    }

    /**
     * The result of a plan from an aggregator that has taken every chunk (in chunk order): for engines that run chunks
     * elsewhere (a cluster) and stream their {@link ChunkResult}s back.
     */
    public static ExperimentResult of(RunPlan plan, Aggregator complete, Run run) {
        return new ExperimentResult(plan, complete.finished(), run);
    }

    public RunPlan plan() {
        return plan;
    }

    public ExperimentSpec spec() {
        return plan.spec();
    }

    public Run run() {
        return run;
    }

    public List<SeriesKey> outcomes() {
        return spec().outcomes();
    }

    /** Statistics of arm {@code arm} at point {@code point}. */
    public ArmStats stats(int arm, int point) {
        return stats[point][arm];
    }

    public int steps() {
        return stats[0][0].steps();
    }

    /** Paired statistics of arm {@code b} against arm {@code a} for one outcome at horizon index {@code h}. */
    public PairedStats compare(int a, int b, int point, int outcome, int h) {
        return PairedStats.of(stats(a, point).horizonValues(outcome, h), stats(b, point).horizonValues(outcome, h),
            spec().precision());
    }

    /** Exact statistics over the replicates at a horizon: n, mean, sd, p05, p50, p95 (linear interpolation). */
    public double[] horizonSummary(int arm, int point, int outcome, int h) {
        double[] x = stats(arm, point).horizonValues(outcome, h);
        double m = PairedStats.mean(x);
        double ss = 0;
        for (double v : x) {
            ss += (v - m) * (v - m);
        }
        double[] s = x.clone();
        Arrays.sort(s);
        return new double[] {x.length, m, x.length > 1 ? Math.sqrt(ss / (x.length - 1)) : Double.NaN,
            quantile(s, 0.05), quantile(s, 0.5), quantile(s, 0.95)};
    }

    static double quantile(double[] sorted, double q) {
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }

    /**
     * The mean over the replicates of one outcome at one horizon at every design point (arm 1), in point order: what
     * a sensitivity estimator takes (replicates averaged per point under common random numbers).
     */
    public double[] pointMeans(int outcome, int h) {
        double[] out = new double[plan.points().size()];
        for (int p = 0; p < out.length; p++) {
            out[p] = PairedStats.mean(stats(0, p).horizonValues(outcome, h));
        }
        return out;
    }

    /** The self-contained HTML report; {@code command} is the command line that produced it (may be empty). */
    public void writeReport(Writer w, List<String> command) throws IOException {
        ExperimentReport.write(this, command, w);
    }

    /** The provenance JSON. */
    public void writeProvenance(Writer w, List<String> command) throws IOException {
        ExperimentProvenance.write(this, command, w);
    }

    /** Tidy per-step statistics: {@code arm,point,metric,subject,step,date,stat,value}. */
    public void writeCsv(Writer w) throws IOException {
        w.write("arm,point,metric,subject,step,date,stat,value\n");
        StringBuilder b = new StringBuilder(1 << 16);
        for (int p = 0; p < plan.points().size(); p++) {
            for (int a = 0; a < spec().arms().size(); a++) {
                ArmStats s = stats(a, p);
                String arm = Csv.field(spec().arms().get(a).name());
                for (int step = 0; step < s.steps(); step++) {
                    String date = Calendar.dateOf(step).toString();
                    for (int o = 0; o < outcomes().size(); o++) {
                        SeriesKey k = outcomes().get(o);
                        String head = arm + "," + p + "," + Csv.field(k.metric()) + "," + Csv.field(k.subject()) + ","
                            + step + "," + date + ",";
                        double[] v = {s.n(), s.mean(step, o), s.sd(step, o), s.quantile(0, step, o),
                            s.quantile(1, step, o), s.quantile(2, step, o)};
                        for (int i = 0; i < v.length; i++) {
                            b.append(head).append(STATS.get(i)).append(',').append(Csv.number(v[i])).append('\n');
                        }
                    }
                    if (b.length() > 1 << 15) {
                        w.write(b.toString());
                        b.setLength(0);
                    }
                }
            }
        }
        w.write(b.toString());
    }

    /** Exact statistics at the horizons: {@code arm,point,metric,subject,year,stat,value}. */
    public void writeHorizonsCsv(Writer w) throws IOException {
        w.write("arm,point,metric,subject,year,stat,value\n");
        for (int p = 0; p < plan.points().size(); p++) {
            for (int a = 0; a < spec().arms().size(); a++) {
                for (int o = 0; o < outcomes().size(); o++) {
                    SeriesKey k = outcomes().get(o);
                    for (int h = 0; h < spec().horizons().size(); h++) {
                        double[] v = horizonSummary(a, p, o, h);
                        for (int i = 0; i < v.length; i++) {
                            w.write(Csv.field(spec().arms().get(a).name()) + "," + p + "," + Csv.field(k.metric()) + ","
                                + Csv.field(k.subject()) + "," + spec().horizons().get(h) + "," + STATS.get(i) + ","
                                + Csv.number(v[i]) + "\n");
                        }
                    }
                }
            }
        }
    }

    /** Design points: {@code point,parameter,value} (none for ensembles and comparisons). */
    public void writePointsCsv(Writer w) throws IOException {
        w.write("point,parameter,value\n");
        for (RunPlan.Point p : plan.points()) {
            for (Map.Entry<String, Double> e : p.values().entrySet()) {
                w.write(p.index() + "," + Csv.field(e.getKey()) + "," + Csv.number(e.getValue()) + "\n");
            }
        }
    }

    /** The difference table (compare): every other arm against the first, per point, outcome and horizon. */
    public void writeDifferencesCsv(Writer w) throws IOException {
        w.write("arm_a,arm_b,point,metric,subject,year,n,mean_a,mean_b,diff,ci95_low,ci95_high,hedges_g,a12,"
            + "within_noise,replicates_needed\n");
        for (Row r : differences()) {
            PairedStats s = r.stats();
            w.write(Csv.field(r.armA()) + "," + Csv.field(r.armB()) + "," + r.point() + "," + Csv.field(r.metric())
                + "," + Csv.field(r.subject()) + "," + r.year() + "," + s.n() + "," + Csv.number(s.meanA()) + ","
                + Csv.number(s.meanB()) + "," + Csv.number(s.diff()) + "," + Csv.number(s.ciLow()) + ","
                + Csv.number(s.ciHigh()) + "," + Csv.number(s.hedgesG()) + "," + Csv.number(s.a12()) + ","
                + s.withinNoise() + "," + (s.needed() == Long.MAX_VALUE ? "" : Long.toString(s.needed())) + "\n");
        }
    }

    /** One row of the difference table. */
    public record Row(String armA, String armB, int point, String metric, String subject, int year, PairedStats stats) {
    }

    /** Every other arm against the first (empty with one arm or one replicate). */
    public List<Row> differences() {
        List<Row> rows = new ArrayList<>();
        if (spec().replicates() < 2) {
            return rows;
        }
        for (int p = 0; p < plan.points().size(); p++) {
            for (int b = 1; b < spec().arms().size(); b++) {
                for (int o = 0; o < outcomes().size(); o++) {
                    for (int h = 0; h < spec().horizons().size(); h++) {
                        rows.add(new Row(spec().arms().get(0).name(), spec().arms().get(b).name(), p,
                            outcomes().get(o).metric(), outcomes().get(o).subject(), spec().horizons().get(h),
                            compare(0, b, p, o, h)));
                    }
                }
            }
        }
        return rows;
    }
}
