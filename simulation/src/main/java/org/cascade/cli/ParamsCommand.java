package org.cascade.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.cascade.params.Parameter;
import org.cascade.params.ParameterGroup;
import org.cascade.params.ParameterRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code params}: the parameter registry as an aligned text table, or Markdown for the documentation. */
@Command(name = "params", mixinStandardHelpOptions = true,
    description = "List every tunable parameter by group: name, unit, default, allowed range and source.")
final class ParamsCommand implements Callable<Integer> {
    static final int SOURCE_WIDTH = 60;

    @Spec
    CommandSpec spec;

    @Option(names = "--markdown", description = "Print Markdown tables (with descriptions), for the documentation.")
    boolean markdown;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.print(markdown ? markdown() : text());
        out.flush();
        return CascadeCli.EXIT_OK;
    }

    static String text() {
        ParameterRegistry reg = ParameterRegistry.get();
        List<Parameter> all = reg.all();
        int wName = Math.max(4, all.stream().mapToInt(p -> p.name().length()).max().orElse(4));
        int wUnit = Math.max(4, all.stream().mapToInt(p -> p.unit().length()).max().orElse(4));
        int wDef = Math.max(7, all.stream().mapToInt(p -> Parameter.format(p.defaultValue()).length()).max().orElse(7));
        int wRange = Math.max(5, all.stream().mapToInt(p -> p.range().length()).max().orElse(5));
        StringBuilder b = new StringBuilder();
        int wKind = all.stream().mapToInt(p -> kind(p).length()).max().orElse(4);
        String indent = " ".repeat(wName + wUnit + wDef + wRange + wKind + 10);
        boolean first = true;
        for (ParameterGroup g : ParameterGroup.values()) {
            List<Parameter> ps = reg.inGroup(g);
            if (ps.isEmpty()) {
                continue;
            }
            if (!first) {
                b.append('\n');
            }
            first = false;
            b.append(g.label()).append(" (").append(ps.size()).append(")\n");
            b.append(pad("NAME", wName)).append("  ").append(pad("UNIT", wUnit)).append("  ")
                .append(padLeft("DEFAULT", wDef)).append("  ").append(pad("RANGE", wRange)).append("  ")
                .append(pad("KIND", wKind)).append("  SOURCE\n");
            for (Parameter p : ps) {
                b.append(pad(p.name(), wName)).append("  ").append(pad(p.unit(), wUnit)).append("  ")
                    .append(padLeft(Parameter.format(p.defaultValue()), wDef)).append("  ")
                    .append(pad(p.range(), wRange)).append("  ").append(pad(kind(p), wKind)).append("  ");
                List<String> lines = wrap(p.source(), SOURCE_WIDTH);
                for (int i = 0; i < lines.size(); i++) {
                    b.append(i == 0 ? "" : indent).append(lines.get(i)).append('\n');
                }
                if (lines.isEmpty()) {
                    b.append('\n');
                }
            }
        }
        b.append('\n').append(all.size()).append(" parameters; set one with 'run --set NAME=VALUE'.\n")
            .append("KIND: a lever is a change from 2024 (step 0 stays calibrated to the data); a constant is\n")
            .append("behavioural (the base year is calibrated under its value); 'start only' is read when the run\n")
            .append("starts, so a scenario sets it under parameters:, not with a dated set event.\n");
        return b.toString();
    }

    static String kind(Parameter p) {
        String kind = p.isLever() ? "lever" : "constant";
        return p.readAt() == Parameter.ReadAt.START ? kind + " (start only)" : kind;
    }

    /** The same Markdown table the documentation carries (simulation/MODEL.md, section 8). */
    static String markdown() {
        return org.cascade.doc.DocTables.parameterTable();
    }

    /** Splits text into lines of at most {@code width} characters at spaces (a longer word gets its own line). */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.trim().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : " ").append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static String md(String s) {
        return s == null ? "" : s.replace("|", "\\|").replace("\n", " ");
    }

    private static String pad(String s, int w) {
        return s.length() >= w ? s : s + " ".repeat(w - s.length());
    }

    private static String padLeft(String s, int w) {
        return s.length() >= w ? s : " ".repeat(w - s.length()) + s;
    }
}
