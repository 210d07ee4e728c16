package org.cascade.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.cascade.experiment.ExperimentFiles;
import org.cascade.experiment.ExperimentResult;
import org.cascade.scenario.ScenarioException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code merge DIR... --out DIR}: combines shard directories into the result one machine would write. */
@Command(name = "merge", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Merge the shard directories of an experiment (written with --shard I/N) into its full result.")
final class MergeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "Shard directories, or directories holding them")
    List<Path> dirs = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Output directory of the merged result")
    Path out;

    @Override
    public Integer call() throws CliException {
        try {
            ExperimentResult r = ExperimentFiles.merge(dirs);
            List<String> args = spec.root().commandLine().getParseResult() == null ? List.of()
                : spec.root().commandLine().getParseResult().originalArgs();
            List<Path> written = ExperimentFiles.writeResult(r, out, args);
            spec.commandLine().getErr().println("merged " + r.run().shards().size() + " shard(s); wrote "
                + String.join(", ", written.stream().map(Path::toString).toList()));
            spec.commandLine().getErr().flush();
            return CascadeCli.EXIT_OK;
        } catch (ScenarioException e) {
            throw new CliException(e.getMessage());
        } catch (IOException e) {
            throw new CliException("merge: " + e.getMessage());
        }
    }
}
