package org.cascade.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.cascade.scenario.Scenario;
import org.cascade.scenario.ScenarioException;
import org.cascade.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code validate FILE...}: loads each scenario file and reports OK or the first problem. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Check scenario files: prints 'OK file (title, N events)' or the problem; exit 2 if any fails.")
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Scenario files (.yaml)")
    List<String> files;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int failed = 0;
        for (String f : files) {
            Path p;
            try {
                p = Path.of(f);
            } catch (java.nio.file.InvalidPathException e) {
                err.println(f + ": not a valid path (" + e.getReason() + ")");
                failed++;
                continue;
            }
            try {
                // says why a file cannot be read: no such file, symlink loop, not a regular file, too large
                Scenario s = ScenarioLoader.load(p);
                out.println("OK " + f + " (" + s.title() + ", " + s.events().size() + " event"
                    + (s.events().size() == 1 ? "" : "s") + ")");
            } catch (ScenarioException e) {
                err.println(e.getMessage());
                failed++;
            }
        }
        out.flush();
        err.flush();
        if (failed > 0 && files.size() > 1) {
            err.println(failed + " of " + files.size() + " files failed");
            err.flush();
        }
        return failed == 0 ? CascadeCli.EXIT_OK : CascadeCli.EXIT_USAGE;
    }
}
