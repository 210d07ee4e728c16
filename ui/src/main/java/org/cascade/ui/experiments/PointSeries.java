package org.cascade.ui.experiments;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cascade.experiment.report.SvgChart;

/**
 * One design point of a finished sweep read back from its result files: the parameter values of the point
 * ({@code points.csv}) and, per outcome, the per-step mean and 5th/95th percentiles over the point's replicates
 * ({@code experiment.csv}, which keeps the per-step statistics of every point and arm). The file is streamed and only
 * the rows of the one point are kept, so a large sweep costs one pass, not its whole size in memory.
 */
record PointSeries(int point, Map<String, Double> values, List<Outcome> outcomes) {
    /** One outcome's series at the point (the first arm; a sweep has one). */
    record Outcome(String metric, String subject, double[] mean, double[] low, double[] high) {
        String title() {
            return subject.isEmpty() ? metric : metric + " " + subject;
        }
    }

    /** The point's values and series; empty outcomes when the directory has no per-step statistics of that point. */
    static PointSeries read(Path dir, int point) throws IOException {
        return new PointSeries(point, values(dir.resolve("points.csv"), point), series(dir.resolve("experiment.csv"), point));
    }

    /** Parameter values of every design point, by point index (from points.csv; empty when there is none). */
    static Map<Integer, Map<String, Double>> allValues(Path pointsCsv) throws IOException {
        Map<Integer, Map<String, Double>> out = new LinkedHashMap<>();
        if (!Files.isRegularFile(pointsCsv)) {
            return out;
        }
        try (BufferedReader r = Files.newBufferedReader(pointsCsv, StandardCharsets.UTF_8)) {
            r.readLine();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split(",", -1);
                out.computeIfAbsent(Integer.parseInt(f[0]), k -> new LinkedHashMap<>()).put(f[1], Double.parseDouble(f[2]));
            }
        }
        return out;
    }

    private static Map<String, Double> values(Path pointsCsv, int point) throws IOException {
        return allValues(pointsCsv).getOrDefault(point, Map.of());
    }

    private static List<Outcome> series(Path csv, int point) throws IOException {
        if (!Files.isRegularFile(csv)) {
            return List.of();
        }
        // key -> step -> {mean, p05, p95}
        Map<String, List<double[]>> cells = new LinkedHashMap<>();
        Map<String, String[]> names = new LinkedHashMap<>();
        String arm = null;
        String p = Integer.toString(point);
        try (BufferedReader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            r.readLine(); // arm,point,metric,subject,step,date,stat,value
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split(",", -1);
                if (!f[1].equals(p)) {
                    continue;
                }
                arm = arm == null ? f[0] : arm;
                int stat = switch (f[6]) {
                    case "mean" -> 0;
                    case "p05" -> 1;
                    case "p95" -> 2;
                    default -> -1;
                };
                if (stat < 0 || !f[0].equals(arm)) {
                    continue;
                }
                String key = f[2] + "\u0000" + f[3];
                names.putIfAbsent(key, new String[] {f[2], f[3]});
                List<double[]> steps = cells.computeIfAbsent(key, k -> new ArrayList<>());
                int step = Integer.parseInt(f[4]);
                while (steps.size() <= step) {
                    steps.add(new double[] {Double.NaN, Double.NaN, Double.NaN});
                }
                steps.get(step)[stat] = f[7].isEmpty() ? Double.NaN : Double.parseDouble(f[7]);
            }
        }
        List<Outcome> out = new ArrayList<>();
        for (Map.Entry<String, List<double[]>> e : cells.entrySet()) {
            List<double[]> steps = e.getValue();
            double[][] cols = new double[3][steps.size()];
            for (int s = 0; s < steps.size(); s++) {
                for (int c = 0; c < 3; c++) {
                    cols[c][s] = steps.get(s)[c];
                }
            }
            String[] n = names.get(e.getKey());
            out.add(new Outcome(n[0], n[1], cols[0], cols[1], cols[2]));
        }
        return out;
    }

    /** One chart per outcome (at most {@code max}): the mean over time with its 5-95% band, as inline SVG. */
    List<String> charts(int max, String legend) {
        List<String> svgs = new ArrayList<>();
        for (Outcome o : outcomes.subList(0, Math.min(max, outcomes.size()))) {
            double[] x = new double[o.mean().length];
            for (int t = 0; t < x.length; t++) {
                x[t] = org.cascade.region.Calendar.dateOf(0).getYear() + t / 12.0;
            }
            svgs.add(SvgChart.lines(o.title(), "year", o.metric(),
                List.of(new SvgChart.Line(legend, x, o.mean(), o.low(), o.high()))));
        }
        return svgs;
    }
}
