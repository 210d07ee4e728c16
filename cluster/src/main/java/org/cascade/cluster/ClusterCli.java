package org.cascade.cluster;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cascade.experiment.ExperimentLoader;
import org.cascade.experiment.ExperimentSpec;
import org.cascade.scenario.ScenarioException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code cascade cluster submit EXPERIMENT.yaml --master URL}: runs an experiment file (any kind) on Spark and writes
 * the same files as {@code cascade ensemble|compare|sweep|sensitivity}, with the engine, master and partitions in
 * the provenance. Under spark-submit leave out {@code --master}: spark-submit's own setting is used.
 */
@Command(name = "cascade-cluster", mixinStandardHelpOptions = true, subcommands = ClusterCli.Submit.class,
    description = "Run CASCADE experiments on an Apache Spark cluster")
public final class ClusterCli {
    static final int EXIT_OK = 0;
    static final int EXIT_FAILURE = 1;
    static final int EXIT_USAGE = 2;

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new ClusterCli());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((e, line, parse) -> {
            err.println("error: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return EXIT_FAILURE;
        });
        return cl.execute(args);
    }

    @Command(name = "submit", mixinStandardHelpOptions = true,
        description = "Run an experiment file on Spark and write tidy CSV, provenance JSON and the HTML report")
    static final class Submit implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "EXPERIMENT", description = "Experiment file (.yaml), see scenarios/experiments/")
        Path file;

        @Option(names = "--master", paramLabel = "URL",
            description = "Spark master: local[N], spark://host:7077, k8s://..., yarn (default: spark-submit's setting, else local[*])")
        String master;

        @Option(names = "--out", paramLabel = "DIR", description = "Output directory (default runs/<file name>)")
        Path out;

        @Option(names = "--partitions", paramLabel = "N", description = "Tasks to split the run plan into (default: the cluster's parallelism)")
        int partitions;

        @Option(names = "--conf", paramLabel = "KEY=VALUE", description = "Spark configuration, repeatable")
        List<String> conf = new ArrayList<>();

        @Override
        public Integer call() throws Exception {
            PrintWriter err = spec.commandLine().getErr();
            if (partitions < 0 || partitions > 1_000_000) {
                err.println("error: --partitions " + partitions + " is out of range; allowed 1..1000000 (or leave it out)");
                return EXIT_USAGE;
            }
            Map<String, String> settings = new LinkedHashMap<>();
            for (String kv : conf) {
                int eq = kv.indexOf('=');
                if (eq <= 0) {
                    err.println("error: --conf " + kv + ": expected KEY=VALUE, e.g. --conf spark.executor.memory=2g");
                    return EXIT_USAGE;
                }
                settings.put(kv.substring(0, eq), kv.substring(eq + 1));
            }
            ExperimentSpec s;
            try {
                s = ExperimentLoader.load(file);
            } catch (ScenarioException e) {
                err.println("error: " + e.getMessage());
                return EXIT_FAILURE;
            }
            String m = master != null ? master : System.getProperty("spark.master") == null ? "local[*]" : null;
            String name = file.getFileName().toString().replaceFirst("(?i)\\.ya?ml$", "");
            Path dir = out != null ? out : Path.of("runs", name);
            Path progressFile = dir.resolveSibling(dir.getFileName() + ".progress.json");
            List<String> command = new ArrayList<>(List.of("cascade", "cluster"));
            command.addAll(spec.commandLine().getParseResult().originalArgs());
            err.println("CASCADE on Spark: " + s.runCount() + " runs of '" + s.title() + "'");
            SparkExperiment.writeProgress(progressFile, "running", null, null);
            SparkExperiment.Progress[] last = {null};
            try {
                SparkExperiment.run(s, m, partitions, dir, command, settings, p -> {
                    last[0] = p;
                    err.println(p.line());
                    SparkExperiment.writeProgress(progressFile, "running", p, null);
                });
            } catch (Exception e) {
                String msg = e.getMessage() == null ? e.toString() : e.getMessage();
                SparkExperiment.writeProgress(progressFile, "failed", last[0], msg);
                err.println("error: the experiment failed on the cluster; nothing was written to " + dir + ": " + msg);
                return EXIT_FAILURE;
            }
            SparkExperiment.writeProgress(progressFile, "done", last[0], null);
            err.println("wrote " + dir);
            return EXIT_OK;
        }
    }
}
