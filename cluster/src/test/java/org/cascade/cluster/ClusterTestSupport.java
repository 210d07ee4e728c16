package org.cascade.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.cascade.experiment.ExperimentEngine;
import org.cascade.experiment.ExperimentFiles;
import org.cascade.experiment.ExperimentLoader;
import org.cascade.experiment.ExperimentResult;
import org.cascade.experiment.ExperimentSpec;
import org.cascade.experiment.RunPlan;

final class ClusterTestSupport {
    private ClusterTestSupport() {
    }

    static Path experiment(String name) {
        try {
            return Path.of(ClusterTestSupport.class.getResource("/" + name).toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static ExperimentSpec load(String name) throws Exception {
        return ExperimentLoader.load(experiment(name));
    }

    /** The in-process engine's files for the same experiment (the reference every engine must match). */
    static Path inProcess(ExperimentSpec spec, Path dir) throws Exception {
        ExperimentResult r = new ExperimentEngine(RunPlan.of(spec), 2).run(null, new AtomicBoolean());
        ExperimentFiles.writeResult(r, dir, List.of("test"));
        return dir;
    }

    /** Every CSV of a result directory by name, as bytes. */
    static Map<String, String> csvs(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (var files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".csv")).toList()) {
                out.put(f.getFileName().toString(), Files.readString(f));
            }
        }
        assertThat(out).as("CSV files in " + dir).containsKey("experiment.csv");
        return out;
    }
}
