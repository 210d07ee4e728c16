package org.cascade.ui.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.util.Map;
import org.cascade.params.Parameter;
import org.cascade.run.RunResult;
import org.cascade.run.SeriesKey;
import org.cascade.scenario.Scenario;

/**
 * ADAPTER (switch when the CLI's writers land on main): the tidy CSV and provenance JSON downloads.
 * Replace the bodies with {@code org.cascade.run.output.TidyCsvWriter} / {@code ProvenanceJson}, which write the
 * same formats to a {@link Writer}; the UI calls only these two methods.
 */
public final class RunExports {
    public static final String CSV_HEADER = "scenario,seed,step,date,metric,subject,value";

    private RunExports() {
    }

    public static void tidyCsv(RunResult r, Writer out) {
        try {
            out.write(CSV_HEADER);
            out.write('\n');
            StringBuilder line = new StringBuilder(96);
            for (int step = 0; step <= r.lastStep(); step++) {
                String prefix = csv(r.scenarioId()) + "," + r.seed() + "," + step + "," + r.date(step) + ",";
                for (int i = 0; i < r.keys().size(); i++) {
                    SeriesKey k = r.keys().get(i);
                    line.setLength(0);
                    line.append(prefix).append(csv(k.metric())).append(',').append(csv(k.subject())).append(',')
                        .append(number(r.value(step, i))).append('\n');
                    out.write(line.toString());
                }
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void provenanceJson(RunResult r, Scenario scenario, Writer out) {
        try {
            StringBuilder b = new StringBuilder();
            b.append("{\n");
            b.append("  \"tool\": \"CASCADE web explorer\",\n");
            b.append("  \"written\": ").append(str(Instant.now().toString())).append(",\n");
            b.append("  \"scenario\": ").append(str(r.scenarioId())).append(",\n");
            b.append("  \"scenario_title\": ").append(str(scenario == null ? "" : scenario.title())).append(",\n");
            b.append("  \"scenario_sha256\": ").append(str(scenario == null ? "" : scenario.sha256())).append(",\n");
            b.append("  \"seed\": ").append(r.seed()).append(",\n");
            b.append("  \"years\": ").append(r.years()).append(",\n");
            b.append("  \"steps_recorded\": ").append(r.steps()).append(",\n");
            b.append("  \"java\": ").append(str(System.getProperty("java.version"))).append(",\n");
            b.append("  \"overrides\": {");
            appendMap(b, r.parameters().overrides());
            b.append("},\n  \"parameters\": {");
            appendMap(b, r.parameters().all());
            b.append("}\n}\n");
            out.write(b.toString());
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void appendMap(StringBuilder b, Map<String, Double> m) {
        boolean first = true;
        for (Map.Entry<String, Double> e : m.entrySet()) {
            b.append(first ? "\n" : ",\n").append("    ").append(str(e.getKey())).append(": ")
                .append(number(e.getValue()));
            first = false;
        }
        if (!first) {
            b.append("\n  ");
        }
    }

    static String number(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "";
        }
        return Parameter.format(v);
    }

    private static String csv(String s) {
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }

    private static String str(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
