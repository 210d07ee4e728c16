package org.cascade.doc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.cascade.calibration.Calibration;
import org.cascade.params.Parameter;
import org.cascade.params.ParameterRegistry;
import org.cascade.params.ParameterUncertainty;

/**
 * Generates the tables of {@code simulation/MODEL.md} from the code, so that the documentation cannot drift from
 * the parameter registry and the calibration: the parameter table from {@link ParameterRegistry#sorted()}, the
 * parameter-uncertainty table from {@link ParameterUncertainty#all()} and the calibration table from
 * {@link Calibration#table()}. Each table sits between a pair of markers,
 * {@code <!-- BEGIN GENERATED: name -->} and {@code <!-- END GENERATED: name -->}; {@link #render} replaces what is
 * between them and leaves the rest of the file alone.
 * <p>
 * Regenerate with {@code java -cp <simulation classpath> org.cascade.doc.DocTables simulation/MODEL.md}; the
 * classpath comes from {@code mvn -o -pl simulation compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt} (see ModelDocTest).
 */
public final class DocTables {
    public static final String PARAMETERS = "parameters";
    public static final String CALIBRATION = "calibration";
    public static final String UNCERTAINTY = "uncertainty";

    private DocTables() {
    }

    /** Regenerates the tables of the file named by the one argument, in place. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: DocTables <path to MODEL.md>");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        boolean changed = update(file);
        System.out.println(file + (changed ? ": generated tables updated" : ": generated tables already up to date"));
    }

    /** Rewrites the generated sections of a file; returns whether its content changed. */
    public static boolean update(Path modelMd) throws IOException {
        String text = Files.readString(modelMd, StandardCharsets.UTF_8);
        String updated = render(text);
        if (updated.equals(text)) {
            return false;
        }
        Files.writeString(modelMd, updated, StandardCharsets.UTF_8);
        return true;
    }

    /** The text with every generated section replaced by what the generator produces now. */
    public static String render(String text) {
        String out = replace(text, PARAMETERS, parameterTable());
        out = replace(out, UNCERTAINTY, uncertaintyTable());
        return replace(out, CALIBRATION, calibrationTable());
    }

    public static String beginMarker(String section) {
        return "<!-- BEGIN GENERATED: " + section + " -->";
    }

    public static String endMarker(String section) {
        return "<!-- END GENERATED: " + section + " -->";
    }

    /** The text between a section's markers (without the line breaks next to them). */
    public static String section(String text, String section) {
        int[] span = span(text, section);
        return text.substring(span[0], span[1]).strip();
    }

    private static String replace(String text, String section, String content) {
        int[] span = span(text, section);
        return text.substring(0, span[0]) + "\n" + content + text.substring(span[1]);
    }

    /** Start (just after the begin marker) and end (the start of the end marker) of a section's content. */
    private static int[] span(String text, String section) {
        String begin = beginMarker(section);
        String end = endMarker(section);
        int b = text.indexOf(begin);
        if (b < 0 || text.indexOf(begin, b + 1) >= 0) {
            throw new IllegalArgumentException("expected exactly one marker " + begin);
        }
        int e = text.indexOf(end, b);
        if (e < 0 || text.indexOf(end, e + 1) >= 0) {
            throw new IllegalArgumentException("expected exactly one marker " + end + " after " + begin);
        }
        return new int[] {b + begin.length(), e};
    }

    // ----- parameters --------------------------------------------------------------------------------------------

    /** Every registry parameter, by group then name: name, unit, default, range, group, meaning, source or reason. */
    public static String parameterTable() {
        List<Parameter> params = ParameterRegistry.get().sorted();
        StringBuilder sb = new StringBuilder();
        sb.append("| Name | Unit | Default | Range | Group | Meaning | Source or reason |\n");
        sb.append("|---|---|---|---|---|---|---|\n");
        for (Parameter p : params) {
            sb.append("| `").append(p.name()).append("` | ")
                .append(p.unit().isEmpty() ? "-" : cell(p.unit())).append(" | ")
                .append(Parameter.format(p.defaultValue())).append(" | ")
                .append(p.range()).append(p.integer() ? " (whole)" : "").append(" | ")
                .append(cell(p.group().label())).append(" | ")
                .append(cell(p.description())).append(" | ")
                .append(cell(p.source())).append(" |\n");
        }
        sb.append("\n").append(params.size()).append(" parameters.\n");
        return sb.toString();
    }

    // ----- uncertainty -------------------------------------------------------------------------------------------

    /**
     * The uncertainty catalogue in its order: name, default, distribution, source; then the judgements left fixed
     * with their reasons.
     */
    public static String uncertaintyTable() {
        List<ParameterUncertainty.Entry> entries = ParameterUncertainty.all();
        StringBuilder sb = new StringBuilder();
        sb.append("| Name | Default | Distribution | Source or assumption |\n");
        sb.append("|---|---|---|---|\n");
        for (ParameterUncertainty.Entry e : entries) {
            sb.append("| `").append(e.name()).append("` | ")
                .append(Parameter.format(e.parameter().defaultValue())).append(" | ")
                .append(e.distribution().describe()).append(e.parameter().integer() ? ", rounded" : "").append(" | ")
                .append(cell(e.source())).append(" |\n");
        }
        sb.append("\n").append(entries.size()).append(" parameters drawn. Judgements left fixed on purpose:\n");
        ParameterUncertainty.fixed().forEach((name, reason) ->
            sb.append("- `").append(name).append("`: ").append(cell(reason)).append('\n'));
        return sb.toString();
    }

    // ----- calibration -------------------------------------------------------------------------------------------

    /** Observed base-year figures against the model at step 0, with the error, source and note of each. */
    public static String calibrationTable() {
        List<Calibration.Row> rows = Calibration.table();
        StringBuilder sb = new StringBuilder();
        sb.append("| Metric | Subject | Observed | Simulated (step 0) | Error | Source | Note |\n");
        sb.append("|---|---|---|---|---|---|---|\n");
        long assumptions = 0;
        for (Calibration.Row r : rows) {
            assumptions += r.assumption() ? 1 : 0;
            sb.append("| `").append(r.metric()).append("` | ")
                .append(r.subject()).append(" | ")
                .append(quantity(r.observed(), r.unit())).append(" | ")
                .append(quantity(r.simulated(), r.unit())).append(" | ")
                .append(error(r)).append(" | ")
                .append(cell(r.source())).append(" | ")
                .append(cell(r.note())).append(" |\n");
        }
        sb.append("\n").append(rows.size()).append(" figures, ").append(assumptions)
            .append(" of them stated assumptions; largest error ")
            .append(String.format(Locale.ROOT, "%.2f%%", 100 * Calibration.maxError(rows))).append(".\n");
        return sb.toString();
    }

    /** A number in its unit, readably: USD in bn or M, persons in M, tonnes in Mt. */
    static String quantity(double v, String unit) {
        double a = Math.abs(v);
        return switch (unit) {
            case "USD/yr", "USD" -> {
                String suffix = unit.equals("USD/yr") ? " USD/yr" : " USD";
                if (a == 0) {
                    yield "0" + suffix;
                }
                if (a >= 1e9) {
                    yield fmt(v / 1e9, 3) + " bn" + suffix;
                }
                yield fmt(v / 1e6, a >= 1e8 ? 1 : 2) + " M" + suffix;
            }
            case "persons" -> fmt(v / 1e6, 2) + " M people";
            case "Mt/yr" -> fmt(v, 2) + " Mt/yr";
            default -> fmt(v, 4) + (unit.isEmpty() ? "" : " " + unit);
        };
    }

    private static String error(Calibration.Row r) {
        if (r.observed() == 0) {
            return r.simulated() == 0 ? "exact (0)" : "abs. " + fmt(r.error(), 4);
        }
        return String.format(Locale.ROOT, "%.2f%%", 100 * r.error());
    }

    private static String fmt(double v, int decimals) {
        return String.format(Locale.ROOT, "%,." + decimals + "f", v);
    }

    /** Text safe inside a Markdown table cell. */
    static String cell(String s) {
        return s.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ").strip();
    }
}
