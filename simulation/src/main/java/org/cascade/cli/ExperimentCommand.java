package org.cascade.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cascade.experiment.EngineWarmUp;
import org.cascade.experiment.ExperimentCancelledException;
import org.cascade.experiment.ExperimentEngine;
import org.cascade.experiment.ExperimentException;
import org.cascade.experiment.ExperimentFiles;
import org.cascade.experiment.ExperimentKind;
import org.cascade.experiment.ExperimentLoader;
import org.cascade.experiment.ExperimentResult;
import org.cascade.experiment.ExperimentSpec;
import org.cascade.experiment.RunPlan;
import org.cascade.scenario.ScenarioException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ensemble | compare | sweep | sensitivity FILE}: runs an experiment file (scenarios/experiments/) on all cores
 * and writes tidy CSV, provenance JSON and an HTML report into {@code --out DIR}; with {@code --shard i/n} runs one
 * slice and writes a shard directory for {@code merge}. Progress goes to stderr.
 */
abstract class ExperimentCommand implements Callable<Integer> {
    private static final Pattern SHARD = Pattern.compile("(\\d{1,6})/(\\d{1,6})");
    private static final long PROGRESS_NANOS = 1_000_000_000L;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "Experiment file (.yaml), see scenarios/experiments/")
    Path file;

    @Option(names = "--out", paramLabel = "DIR",
        description = "Output directory (default runs/<file name>); a shard writes DIR/shard-I-of-N")
    Path out;

    @Option(names = "--shard", paramLabel = "I/N",
        description = "Run only shard I of N (the chunks with index %% N == I-1) and write a partial result for 'merge'")
    String shard;

    @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: all processors)")
    Integer threads;

    @Option(names = "--run-limit", paramLabel = "RUNS",
        description = "Refuse experiments of more runs than this (default: the file's run_limit, else 200000)")
    Long runLimit;

    abstract ExperimentKind kind();

    @Override
    public Integer call() throws CliException, InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        if (threads != null && (threads < 1 || threads > 1024)) {
            throw new CliException("--threads " + threads + " is out of range; allowed 1..1024");
        }
        if (runLimit != null && runLimit < 1) {
            throw new CliException("--run-limit " + runLimit + " is out of range; allowed 1 or more");
        }
        int[] sh = shard == null ? null : parseShard(shard);
        ExperimentSpec s;
        RunPlan plan;
        try {
            s = ExperimentLoader.load(file);
            EngineWarmUp.prefer(s.arms().get(0).scenario());
            if (s.kind() != kind()) {
                throw new CliException(file + ": kind: the file describes a " + s.kind().id() + " experiment; run it with "
                    + "'cascade " + s.kind().id() + " " + file + "'");
            }
            if (runLimit != null) {
                s = s.withRunLimit(runLimit);
            }
            plan = RunPlan.of(s);
        } catch (ExperimentException e) {
            throw new CliException(e.getMessage());
        } catch (ScenarioException e) {
            throw new CliException(e.getMessage());
        }
        int t = threads != null ? threads : Math.max(1, Runtime.getRuntime().availableProcessors());
        Path dir = out != null ? out : Path.of("runs", stem(file));
        return runPlan(plan, t, sh, dir, file.toAbsolutePath().getParent(), args(), false, err).code();
    }

    /** What {@link #runPlan} ended with: the exit code and, for a whole plan that finished, its result. */
    record Outcome(int code, ExperimentResult result) {
    }

    /**
     * Runs a whole plan (or shard {@code sh} of it) on {@code t} threads with progress on {@code err} and writes the
     * result (or the shard) into {@code dir}; Ctrl+C cancels and nothing is written. {@code withFile}: the result set
     * also holds {@code experiment.yaml} (for an experiment that had no file). Also the engine of
     * {@code run --replicates}.
     */
    static Outcome runPlan(RunPlan plan, int t, int[] sh, Path dir, Path sourceDir, List<String> command,
                           boolean withFile, PrintWriter err) throws CliException, InterruptedException {
        ExperimentSpec s = plan.spec();
        AtomicBoolean cancel = new AtomicBoolean();
        Thread hook = new Thread(() -> cancel.set(true));
        Runtime.getRuntime().addShutdownHook(hook);
        Progress progress = new Progress(err);
        ExperimentEngine engine = new ExperimentEngine(plan, t);
        ExperimentResult result = null;
        try {
            if (sh != null) {
                List<RunPlan.Chunk> chunks = plan.shard(sh[0], sh[1]);
                try (ExperimentFiles.ShardWriter w = ExperimentFiles.shard(s, sourceDir, plan, dir, sh[0], sh[1])) {
                    engine.runChunks(chunks, progress::report, cancel, w::add);
                    Path written = w.commit(t);
                    err.println("wrote " + written + " (" + chunks.size() + " of " + plan.chunks().size()
                        + " chunks); combine the shards with: cascade merge " + dir + " --out DIR");
                }
            } else {
                ExperimentResult r = engine.run(progress::report, cancel);
                result = r;
                List<Path> written = dir == null ? List.of() : ExperimentFiles.writeResult(r, dir, command, withFile);
                if (!written.isEmpty()) {
                    err.println("wrote " + String.join(", ", written.stream().map(Path::toString).toList()));
                }
            }
        } catch (ExperimentCancelledException e) {
            err.println("error: " + e.getMessage() + "; nothing was written");
            return new Outcome(CascadeCli.EXIT_FAILURE, null);
        } catch (IOException e) {
            throw new CliException("cannot write the outputs in " + dir + ": " + e.getMessage());
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // shutting down already
            }
        }
        err.flush();
        return new Outcome(CascadeCli.EXIT_OK, result);
    }

    static int[] parseShard(String text) throws CliException {
        Matcher m = SHARD.matcher(text);
        if (!m.matches()) {
            throw new CliException("--shard " + text + ": expected I/N, e.g. --shard 2/3");
        }
        int i = Integer.parseInt(m.group(1));
        int n = Integer.parseInt(m.group(2));
        if (n < 1 || i < 1 || i > n) {
            throw new CliException("--shard " + text + ": I must be in 1..N and N at least 1");
        }
        return new int[] {i, n};
    }

    static String stem(Path file) {
        String n = file.getFileName().toString();
        return n.replaceFirst("(?i)\\.ya?ml$", "");
    }

    private List<String> args() {
        var root = spec.root().commandLine();
        return root != null && root.getParseResult() != null ? root.getParseResult().originalArgs() : List.of();
    }

    /** Prints runs done/total, runs per second and the time left, at most once a second and at the end. */
    static final class Progress {
        private final PrintWriter err;
        private final long start = System.nanoTime();
        private long last;

        Progress(PrintWriter err) {
            this.err = err;
        }

        synchronized void report(long done, long total) {
            long now = System.nanoTime();
            if (now - last < PROGRESS_NANOS && done != total) {
                return;
            }
            last = now;
            double secs = Math.max(1e-9, (now - start) / 1e9);
            double rate = done / secs;
            long eta = rate > 0 ? Math.round((total - done) / rate) : 0;
            err.printf(java.util.Locale.ROOT, "runs %d/%d (%.0f%%), %.0f runs/s, %s left%n", done, total,
                100.0 * done / total, rate, eta >= 60 ? eta / 60 + " min " + eta % 60 + " s" : eta + " s");
            err.flush();
        }
    }

    @Command(name = "ensemble", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Run an ensemble experiment (one arm, R replicates); see scenarios/experiments/.")
    static final class Ensemble extends ExperimentCommand {
        @Override
        ExperimentKind kind() {
            return ExperimentKind.ENSEMBLE;
        }
    }

    @Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Compare 2-4 arms as paired ensembles (common random numbers); writes a difference table.")
    static final class Compare extends ExperimentCommand {
        @Override
        ExperimentKind kind() {
            return ExperimentKind.COMPARE;
        }
    }

    @Command(name = "sweep", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Sweep one or two parameters, R replicates per point.")
    static final class Sweep extends ExperimentCommand {
        @Override
        ExperimentKind kind() {
            return ExperimentKind.SWEEP;
        }
    }

    @Command(name = "sensitivity", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Run a Morris or Sobol design, R replicates per point (per-point outcomes for the estimators).")
    static final class Sensitivity extends ExperimentCommand {
        @Override
        ExperimentKind kind() {
            return ExperimentKind.SENSITIVITY;
        }
    }
}
