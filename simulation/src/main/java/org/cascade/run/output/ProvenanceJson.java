package org.cascade.run.output;

import java.io.IOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.cascade.params.Distribution;
import org.cascade.params.Parameter;
import org.cascade.params.ParameterRegistry;
import org.cascade.params.ParameterSet;
import org.cascade.params.ParameterUncertainty;
import org.cascade.region.Calendar;
import org.cascade.run.EnsembleDesign;
import org.cascade.run.LatinHypercube;
import org.cascade.scenario.ScenarioEvent;

/**
 * Writes a {@link Provenance} as pretty-printed JSON (format in simulation/OUTPUTS.md). Every registry parameter
 * is listed with its value, default, unit and who set it ("default", "scenario", "command_line" or "drawn"; a drawn
 * parameter's value is its default, its values per replicate are under {@code ensemble.draws}).
 * The scenario's events dated after the horizon are listed as {@code events_not_reached}.
 * NaN and infinite numbers are written as null. The writer is not closed.
 */
public final class ProvenanceJson {
    private ProvenanceJson() {
    }

    public static void write(Provenance p, Writer out) throws IOException {
        StringBuilder b = new StringBuilder(32_000);
        b.append("{\n");
        field(b, 1, "model", Json.string("CASCADE")).append(",\n");
        field(b, 1, "model_version", Json.string(Version.get())).append(",\n");
        field(b, 1, "run_at", Json.string(DateTimeFormatter.ISO_INSTANT.format(p.runAt().truncatedTo(ChronoUnit.MILLIS))))
            .append(",\n");
        field(b, 1, "java_version", Json.string(System.getProperty("java.version", ""))).append(",\n");
        field(b, 1, "java_vendor", Json.string(System.getProperty("java.vendor", ""))).append(",\n");
        field(b, 1, "os", Json.string(System.getProperty("os.name", "") + " " + System.getProperty("os.arch", "")))
            .append(",\n");
        field(b, 1, "command_line", stringArray(p.args())).append(",\n");

        indent(b, 1).append("\"scenario\": {\n");
        field(b, 2, "id", Json.string(p.scenario().id())).append(",\n");
        field(b, 2, "title", Json.string(p.scenario().title())).append(",\n");
        field(b, 2, "source", Json.string(p.scenarioSource())).append(",\n");
        field(b, 2, "sha256", Json.string(p.scenario().sha256())).append(",\n");
        field(b, 2, "default_years", Integer.toString(p.scenario().years())).append(",\n");
        field(b, 2, "events", Integer.toString(p.scenario().events().size())).append("\n");
        indent(b, 1).append("},\n");

        if (p.ensemble() == null) {
            field(b, 1, "seed", Long.toString(p.seed())).append(",\n");
            field(b, 1, "ensemble", "null").append(",\n");
        } else {
            field(b, 1, "seed", "null").append(",\n");
            ensemble(b, p.ensemble(), out);
        }
        field(b, 1, "years", Integer.toString(p.years())).append(",\n");
        field(b, 1, "months", Integer.toString(p.months())).append(",\n");
        field(b, 1, "steps", Integer.toString(p.months() + 1)).append(",\n");
        field(b, 1, "first_date", Json.string(Calendar.dateOf(0).toString())).append(",\n");
        field(b, 1, "last_date", Json.string(Calendar.dateOf(p.months()).toString())).append(",\n");
        eventsNotReached(b, p.scenario().eventsNotReached(p.years()));

        indent(b, 1).append("\"outputs\": {");
        Iterator<Map.Entry<String, String>> it = p.outputs().entrySet().iterator();
        if (it.hasNext()) {
            b.append('\n');
            while (it.hasNext()) {
                Map.Entry<String, String> e = it.next();
                field(b, 2, e.getKey(), Json.string(e.getValue())).append(it.hasNext() ? ",\n" : "\n");
            }
            indent(b, 1);
        }
        b.append("},\n");

        ParameterSet effective = p.effectiveParameters();
        indent(b, 1).append("\"parameters\": {\n");
        List<Parameter> all = ParameterRegistry.get().all();
        for (int i = 0; i < all.size(); i++) {
            Parameter par = all.get(i);
            indent(b, 2).append(Json.string(par.name())).append(": {")
                .append("\"value\": ").append(Json.number(effective.get(par.name())))
                .append(", \"default\": ").append(Json.number(par.defaultValue()))
                .append(", \"unit\": ").append(Json.string(par.unit()))
                .append(", \"set_by\": ").append(Json.string(p.setBy(par.name())))
                .append(i + 1 < all.size() ? "},\n" : "}\n");
        }
        indent(b, 1).append("}\n");
        b.append("}\n");
        out.write(b.toString());
        out.flush();
    }

    /**
     * The ensemble: master seed, replicates, uncertainty mode, seed rule and, when parameters are drawn, the
     * hypercube's rule, each drawn parameter with its distribution and source, and every replicate's seed and draws
     * (one row a line, columns as named).
     */
    private static void ensemble(StringBuilder b, EnsembleDesign d, Writer out) throws IOException {
        indent(b, 1).append("\"ensemble\": {\n");
        field(b, 2, "master_seed", Long.toString(d.masterSeed())).append(",\n");
        field(b, 2, "replicates", Integer.toString(d.replicates())).append(",\n");
        field(b, 2, "uncertainty", Json.string(d.mode().id())).append(",\n");
        field(b, 2, "seed_rule", Json.string(d.mode().seedRule())).append(",\n");
        LatinHypercube h = d.hypercube();
        field(b, 2, "lhs_rule", d.mode().drawsParameters() ? Json.string(LatinHypercube.RULE) : "null").append(",\n");
        indent(b, 2).append("\"drawn_parameters\": [");
        List<ParameterUncertainty.Entry> entries = h.entries();
        for (int j = 0; j < entries.size(); j++) {
            ParameterUncertainty.Entry e = entries.get(j);
            Distribution dist = e.distribution();
            b.append(j == 0 ? "\n" : ",\n");
            indent(b, 3).append("{\"name\": ").append(Json.string(e.name()))
                .append(", \"distribution\": ").append(Json.string(dist.shape().id()))
                .append(", \"low\": ").append(Json.number(dist.low()))
                .append(", \"mode\": ").append(Json.number(dist.mode()))
                .append(", \"high\": ").append(Json.number(dist.high()))
                .append(", \"default\": ").append(Json.number(e.parameter().defaultValue()))
                .append(", \"source\": ").append(Json.string(e.source())).append('}');
        }
        if (!entries.isEmpty()) {
            indent(b.append('\n'), 2);
        }
        b.append("],\n");
        if (entries.isEmpty()) {
            field(b, 2, "draws", "null").append('\n');
        } else {
            indent(b, 2).append("\"draws\": {\n");
            indent(b, 3).append("\"columns\": [\"replicate\", \"seed\"");
            for (ParameterUncertainty.Entry e : entries) {
                b.append(", ").append(Json.string(e.name()));
            }
            b.append("],\n");
            indent(b, 3).append("\"rows\": [\n");
            // streamed: at ~1.4 KB a replicate, 100,000 replicates would not fit one string comfortably
            out.write(b.toString());
            b.setLength(0);
            for (int r = 1; r <= d.replicates(); r++) {
                indent(b, 4).append('[').append(r).append(", ").append(d.seed(r));
                for (int j = 0; j < entries.size(); j++) {
                    b.append(", ").append(Json.number(h.value(r, j)));
                }
                b.append(r < d.replicates() ? "],\n" : "]\n");
                out.write(b.toString());
                b.setLength(0);
            }
            indent(b, 3).append("]\n");
            indent(b, 2).append("}\n");
        }
        indent(b, 1).append("},\n");
    }

    /** The scenario's events after the horizon, which the run did not apply: one object a line, in date order. */
    private static void eventsNotReached(StringBuilder b, List<ScenarioEvent> events) {
        indent(b, 1).append("\"events_not_reached\": [");
        for (int i = 0; i < events.size(); i++) {
            ScenarioEvent e = events.get(i);
            b.append(i == 0 ? "\n" : ",\n");
            indent(b, 2).append("{\"date\": ").append(Json.string(e.date().toString()))
                .append(", \"type\": ").append(Json.string(e.type().id()))
                .append(", \"target\": ").append(Json.string(e.target()))
                .append(", \"line\": ").append(e.line()).append('}');
        }
        if (!events.isEmpty()) {
            indent(b.append('\n'), 1);
        }
        b.append("],\n");
    }

    private static StringBuilder field(StringBuilder b, int level, String name, String jsonValue) {
        return indent(b, level).append(Json.string(name)).append(": ").append(jsonValue);
    }

    private static StringBuilder indent(StringBuilder b, int level) {
        return b.append("  ".repeat(level));
    }

    private static String stringArray(List<String> items) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < items.size(); i++) {
            b.append(i == 0 ? "" : ", ").append(Json.string(items.get(i)));
        }
        return b.append(']').toString();
    }
}
