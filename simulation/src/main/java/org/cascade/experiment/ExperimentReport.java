package org.cascade.experiment;

import static org.cascade.experiment.report.SvgChart.esc;
import static org.cascade.experiment.report.SvgChart.num;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cascade.experiment.report.ChartDownloads;
import org.cascade.experiment.report.SvgChart;
import org.cascade.results.SeriesKey;

/**
 * One self-contained HTML page per experiment, fit to paste into a policy brief: settings, "what differs" between
 * the arms, charts as inline SVG (arms overlaid with their 5-95% bands; sweeps as outcome against the parameter, or a
 * heat map for two), the difference table, the provenance and the one command that reproduces it. No external
 * resources; one small inline script ({@link ChartDownloads}) saves each chart as SVG or PNG from its buttons.
 */
public final class ExperimentReport {
    /** Charts drawn at most (the CSV has every outcome). */
    public static final int MAX_CHARTS = 24;

    private ExperimentReport() {
    }

    public static void write(ExperimentResult r, List<String> command, Writer w) throws IOException {
        ExperimentSpec s = r.spec();
        StringBuilder b = new StringBuilder(1 << 16);
        b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(esc(s.title()))
            .append("</title>\n<style>body{font-family:sans-serif;max-width:1000px;margin:2em auto;color:#222}"
                + "table{border-collapse:collapse;font-size:12px}td,th{border:1px solid #ccc;padding:2px 6px;text-align:right}"
                + "th{background:#f3f3f3}td.l,th.l{text-align:left}tr.noise td{color:#888}pre{background:#f6f6f6;padding:8px;"
                + "font-size:11px;overflow:auto}figure{display:inline-block;margin:0.5em 0.5em 0.5em 0}figure svg{width:480px;height:auto}"
                + "figcaption.chart-downloads{font-size:11px}</style>\n<script>").append(ChartDownloads.SCRIPT)
            .append("</script></head><body>\n");
        b.append("<h1>").append(esc(s.title())).append("</h1>\n");
        b.append("<p>CASCADE ").append(esc(s.kind().id())).append(" experiment: ").append(s.arms().size())
            .append(" arm(s) x ").append(r.plan().points().size()).append(" design point(s) x ").append(s.replicates())
            .append(" replicates = ").append(s.runCount()).append(" runs of ").append(s.years()).append(" years; ")
            .append("uncertainty: ").append(esc(s.uncertainty().id())).append("; master seed ").append(s.masterSeed())
            .append(". Arms are paired: replicate r of every arm runs with the same seed and the same parameter draws.</p>\n");
        b.append("<h2>Reproduce</h2>\n<pre>").append(esc(reproduce(r, command))).append("</pre>\n");
        whatDiffers(b, s);
        if (s.kind() == ExperimentKind.SWEEP) {
            sweepCharts(b, r);
        } else if (s.kind() == ExperimentKind.SENSITIVITY) {
            b.append("<h2>Sensitivity design</h2>\n<p>").append(esc(s.sensitivity().method())).append(" over ")
                .append(esc(String.join(", ", s.sensitivity().parameters()))).append(": ").append(r.plan().points().size())
                .append(" design points (points.csv); the outcome at each point and horizon is in horizons.csv.</p>\n");
            sensitivityCharts(b, r);
        } else {
            timeCharts(b, r);
        }
        if (s.arms().size() > 1) {
            differenceTable(b, r);
        }
        b.append("<h2>Provenance</h2>\n<pre>");
        StringWriter json = new StringWriter();
        ExperimentProvenance.write(r, command, json);
        b.append(esc(json.toString())).append("</pre>\n</body></html>\n");
        w.write(withDownloadButtons(b.toString()));
    }

    /** Each chart's figure (in order, numbered from 1 as chart-N.svg) gets its SVG and PNG buttons. */
    static String withDownloadButtons(String html) {
        StringBuilder out = new StringBuilder(html.length() + 4096);
        int from = 0;
        int n = 0;
        for (int at = html.indexOf("</figure>"); at >= 0; at = html.indexOf("</figure>", at + 1)) {
            out.append(html, from, at).append(ChartDownloads.buttons(++n));
            from = at; // the closing tag is copied with the next piece
        }
        return out.append(html, from, html.length()).toString();
    }

    /** The command line that reproduces the experiment. */
    static String reproduce(ExperimentResult r, List<String> command) {
        String file = r.spec().file();
        return "./cascade cli " + r.spec().kind().id() + " " + file + " --out DIR"
            + (command.isEmpty() ? "" : "\n# this report was written by: cascade " + String.join(" ", command));
    }

    private static void whatDiffers(StringBuilder b, ExperimentSpec s) {
        b.append("<h2>Arms: what differs</h2>\n<table><tr><th class=l>arm</th><th class=l>scenario</th>"
            + "<th class=l>changed parameters and events (against ").append(esc(s.arms().get(0).name())).append(")</th></tr>\n");
        Arm ref = s.arms().get(0);
        Map<String, Double> base = ref.scenario().parameters().withAll(ref.overrides()).all();
        for (Arm a : s.arms()) {
            List<String> diffs = new ArrayList<>();
            Map<String, Double> mine = a.scenario().parameters().withAll(a.overrides()).all();
            for (Map.Entry<String, Double> e : mine.entrySet()) {
                if (!Objects.equals(base.get(e.getKey()), e.getValue())) {
                    diffs.add(e.getKey() + " = " + num(e.getValue()) + " (was " + num(base.get(e.getKey())) + ")");
                }
            }
            if (!a.scenario().events().equals(ref.scenario().events())) {
                diffs.add(a.scenario().events().size() + " events (reference: " + ref.scenario().events().size() + ")");
            }
            b.append("<tr><td class=l>").append(esc(a.name())).append("</td><td class=l>").append(esc(a.source()))
                .append("</td><td class=l>").append(a == ref ? "reference" : diffs.isEmpty() ? "nothing"
                    : esc(String.join("; ", diffs))).append("</td></tr>\n");
        }
        b.append("</table>\n");
    }

    private static void timeCharts(StringBuilder b, ExperimentResult r) {
        ExperimentSpec s = r.spec();
        b.append("<h2>Outcomes over time (mean, 5-95% band)</h2>\n");
        int steps = r.steps();
        double[] x = new double[steps];
        for (int t = 0; t < steps; t++) {
            x[t] = 2025 + t / 12.0;
        }
        for (int o = 0; o < Math.min(MAX_CHARTS, s.outcomes().size()); o++) {
            SeriesKey k = s.outcomes().get(o);
            List<SvgChart.Line> lines = new ArrayList<>();
            for (int a = 0; a < s.arms().size(); a++) {
                ArmStats st = r.stats(a, 0);
                double[] m = new double[steps];
                double[] lo = new double[steps];
                double[] hi = new double[steps];
                for (int t = 0; t < steps; t++) {
                    m[t] = st.mean(t, o);
                    lo[t] = st.quantile(0, t, o);
                    hi[t] = st.quantile(2, t, o);
                }
                lines.add(new SvgChart.Line(s.arms().get(a).name(), x, m, lo, hi));
            }
            b.append("<figure>").append(SvgChart.lines(k.metric() + " " + k.subject(), "year", k.metric(), lines))
                .append("</figure>\n");
        }
    }

    private static void sweepCharts(StringBuilder b, ExperimentResult r) {
        ExperimentSpec s = r.spec();
        int h = s.horizons().size() - 1;
        int year = s.horizons().get(h);
        SweepAxis ax = s.sweep().get(0);
        b.append("<h2>Outcomes at ").append(year).append(" against the swept parameter(s)</h2>\n");
        for (int o = 0; o < Math.min(MAX_CHARTS, s.outcomes().size()); o++) {
            SeriesKey k = s.outcomes().get(o);
            if (s.sweep().size() == 1) {
                int n = ax.values().size();
                double[] x = new double[n];
                double[] m = new double[n];
                double[] lo = new double[n];
                double[] hi = new double[n];
                for (int p = 0; p < n; p++) {
                    double[] sum = r.horizonSummary(0, p, o, h);
                    x[p] = ax.values().get(p);
                    m[p] = sum[1];
                    lo[p] = sum[3];
                    hi[p] = sum[5];
                }
                b.append("<figure>").append(SvgChart.lines(k.metric() + " " + k.subject() + ", " + year, ax.parameter(),
                    k.metric(), List.of(new SvgChart.Line("mean, 5-95%", x, m, lo, hi)))).append("</figure>\n");
            } else {
                SweepAxis ay = s.sweep().get(1);
                double[] xs = ax.values().stream().mapToDouble(Double::doubleValue).toArray();
                double[] ys = ay.values().stream().mapToDouble(Double::doubleValue).toArray();
                double[][] v = new double[xs.length][ys.length];
                for (int i = 0; i < xs.length; i++) {
                    for (int j = 0; j < ys.length; j++) {
                        v[i][j] = r.horizonSummary(0, i * ys.length + j, o, h)[1];
                    }
                }
                b.append("<figure>").append(SvgChart.heatmap(k.metric() + " " + k.subject() + ", mean in " + year,
                    ax.parameter(), ay.parameter(), xs, ys, v)).append("</figure>\n");
            }
        }
    }

    private static void differenceTable(StringBuilder b, ExperimentResult r) {
        List<ExperimentResult.Row> rows = r.differences();
        b.append("<h2>Differences (paired, B - A)</h2>\n<p>95% t interval of the mean paired difference; Hedges' g "
            + "(paired, small-sample corrected); Vargha-Delaney A12 (0.5: no effect). Grey rows: within noise (the "
            + "interval contains 0). Precision asked: a 95% half-width of ").append(num(100 * r.spec().precision()))
            .append("% of the larger of |difference| and |mean A|.</p>\n");
        long needed = 0;
        for (ExperimentResult.Row row : rows) {
            if (row.stats().needed() != Long.MAX_VALUE) {
                needed = Math.max(needed, row.stats().needed());
            }
        }
        b.append("<p><b>Replicates needed for that precision on every row: ").append(needed).append("</b> (this run: ")
            .append(r.spec().replicates()).append(").</p>\n");
        b.append("<table><tr><th class=l>A</th><th class=l>B</th><th class=l>outcome</th><th>year</th><th>mean A</th>"
            + "<th>mean B</th><th>difference</th><th>95% CI</th><th>g</th><th>A12</th><th>needed</th></tr>\n");
        for (ExperimentResult.Row row : rows) {
            PairedStats p = row.stats();
            b.append("<tr").append(p.withinNoise() ? " class=noise" : "").append("><td class=l>").append(esc(row.armA()))
                .append("</td><td class=l>").append(esc(row.armB())).append("</td><td class=l>")
                .append(esc(row.metric() + " " + row.subject())).append("</td><td>").append(row.year()).append("</td><td>")
                .append(num(p.meanA())).append("</td><td>").append(num(p.meanB())).append("</td><td>")
                .append(num(p.diff())).append("</td><td>[").append(num(p.ciLow())).append(", ").append(num(p.ciHigh()))
                .append("]</td><td>").append(String.format(java.util.Locale.ROOT, "%.3f", p.hedgesG())).append("</td><td>")
                .append(String.format(java.util.Locale.ROOT, "%.3f", p.a12())).append("</td><td>")
                .append(p.needed() == Long.MAX_VALUE ? "-" : Long.toString(p.needed())).append(p.withinNoise()
                    ? " (within noise)" : "").append("</td></tr>\n");
        }
        b.append("</table>\n");
    }

    /** A ranking chart per outcome at the last horizon, and the indices of every parameter in a table. */
    private static void sensitivityCharts(StringBuilder b, ExperimentResult r) {
        List<SensitivityIndices.Row> rows = SensitivityIndices.of(r);
        if (rows.isEmpty()) {
            return;
        }
        boolean morris = rows.get(0).method().equals("morris");
        int last = r.spec().horizons().get(r.spec().horizons().size() - 1);
        b.append("<h2>Which parameters drive the outcomes (").append(last).append(")</h2>\n<p>")
            .append(morris ? "Morris elementary effects: mu* is the mean absolute effect of moving a parameter across "
                + "its range in steps (Campolongo et al. 2007), sigma its spread (interactions or non-linearity)."
                : "Sobol indices: ST (bar) is the share of the outcome's variance a parameter causes alone and in "
                + "interactions (Jansen 1999), S1 (dot) alone (Saltelli et al. 2010).")
            .append(" All indices at every horizon are in sensitivity.csv.</p>\n");
        int charts = 0;
        for (var key : r.outcomes()) {
            List<SensitivityIndices.Row> of = rows.stream().filter(x -> x.metric().equals(key.metric())
                && x.subject().equals(key.subject()) && x.year() == last).sorted((x, y) -> Double.compare(
                    Double.isNaN(y.a()) ? -1 : y.a(), Double.isNaN(x.a()) ? -1 : x.a())).toList();
            if (of.isEmpty() || charts >= 24) {
                continue;
            }
            charts++;
            List<String> labels = of.stream().map(SensitivityIndices.Row::parameter).toList();
            double[] v = of.stream().mapToDouble(SensitivityIndices.Row::a).toArray();
            double[] lo = of.stream().mapToDouble(SensitivityIndices.Row::low).toArray();
            double[] hi = of.stream().mapToDouble(SensitivityIndices.Row::high).toArray();
            double[] dots = morris ? null : of.stream().mapToDouble(SensitivityIndices.Row::b).toArray();
            b.append("<figure>").append(org.cascade.experiment.report.SvgChart.ranking(key.metric() + " " + key.subject()
                + ", " + last, morris ? "mu*" : "ST", labels, v, lo, hi, dots, "S1")).append("</figure>\n");
        }
    }
}
