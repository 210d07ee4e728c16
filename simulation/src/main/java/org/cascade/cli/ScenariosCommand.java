package org.cascade.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.cascade.scenario.Scenario;
import org.cascade.scenario.ScenarioException;
import org.cascade.scenario.ScenarioLibrary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code scenarios}: the bundled scenario library. */
@Command(name = "scenarios", mixinStandardHelpOptions = true,
    description = "List the bundled scenarios (ids usable with 'run --scenario ID') and their titles; 'defaults' "
        + "is built in: the model's defaults with no events.")
final class ScenariosCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws CliException {
        PrintWriter out = spec.commandLine().getOut();
        List<String> ids = new java.util.ArrayList<>(ScenarioLibrary.ids());
        if (!ids.contains(Scenarios.BUILT_IN_DEFAULTS)) {
            ids.add(Scenarios.BUILT_IN_DEFAULTS); // built in: the model's defaults and no events
        }
        int w = ids.stream().mapToInt(String::length).max().orElse(2);
        out.println(pad("ID", w) + "  YEARS  EVENTS  TITLE");
        for (String id : ids) {
            try {
                Scenario s = ScenarioLibrary.ids().contains(id) ? ScenarioLibrary.load(id) : Scenario.defaults();
                out.println(pad(id, w) + "  " + pad(Integer.toString(s.years()), 5) + "  "
                    + pad(Integer.toString(s.events().size()), 6) + "  " + s.title());
            } catch (ScenarioException e) {
                throw new CliException("bundled scenario " + id + ": " + e.getMessage());
            }
        }
        out.flush();
        return CascadeCli.EXIT_OK;
    }

    private static String pad(String s, int w) {
        return s.length() >= w ? s : s + " ".repeat(w - s.length());
    }
}
