package org.cascade.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.cascade.params.ParameterSet;
import org.cascade.results.RunResult;
import org.cascade.scenario.Scenario;

/**
 * Runs R replicates of a scenario and keeps only per-step statistics across them, so memory stays flat as R grows.
 * <p>
 * <b>Seeds and draws.</b> An {@link EnsembleDesign} says what replicate r (1..R) runs with. Varying the shocks, its
 * seed is {@link #replicateSeed(long, int)}: the low 32 bits (as a non-negative number) of the SplitMix64 finaliser
 * applied to {@code master + r * 0x9E3779B97F4A7C15} (MASON uses only the low 32 bits of a seed, so nothing is lost);
 * drawing parameters, it also takes row r of the design's Latin hypercube, under the caller's own values.
 * <p>
 * <b>Determinism.</b> Replicates run in parallel on {@code threads} workers in fixed batches of
 * {@link #batchSize()}; each batch's results are fed to the estimators in replicate order while the next batch runs
 * (on many cores the cell updates are split across threads by cell; every cell sees its observations in replicate
 * order). The output therefore does not depend on the thread count or on scheduling. Memory: the statistics
 * (~52 bytes per cell) plus at most two batches of results.
 * <p>
 * <b>Statistics.</b> For every (step, series) cell: n, the running mean, and the 5th, 50th and 95th percentiles,
 * each from its own P-square estimator ({@link P2Quantiles}; exact while n &le; 5).
 * <p>
 * <b>CSV.</b> {@link org.cascade.run.output.EnsembleCsvWriter} writes the result with the header
 * {@code scenario,step,date,metric,subject,n,mean,p05,p50,p95}, one row per series per step (steps in order,
 * series in the model's key order); see simulation/OUTPUTS.md.
 */
public final class EnsembleRunner {
    public static final double[] QUANTILES = {0.05, 0.5, 0.95};
    public static final String SEED_RULE = "seed_r = low 32 bits of splitmix64(master + r * 0x9E3779B97F4A7C15), r = 1..R";

    /** One replicate: the model run with a seed and the parameter values drawn for it (none when only shocks vary). */
    @FunctionalInterface
    public interface Replicate {
        RunResult run(long seed, ParameterSet draws);
    }

    /** Told after each batch how many replicates are done. */
    @FunctionalInterface
    public interface Progress {
        void done(int replicatesDone, int replicates);
    }

    private final Replicate replicate;
    private final int threads;

    /**
     * @param replicate runs one replicate with the given seed and draws (must be thread-safe: called concurrently)
     * @param threads   worker threads (1 or more)
     */
    public EnsembleRunner(Replicate replicate, int threads) {
        this.replicate = Objects.requireNonNull(replicate);
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        this.threads = threads;
    }

    /**
     * Replicates of the model: each runs {@code scenario} with its draws, and {@code overrides} over both the draws
     * and the scenario's values, for {@code years}.
     */
    public static EnsembleRunner of(Scenario scenario, ParameterSet overrides, int years, int threads) {
        return new EnsembleRunner((seed, draws) -> ModelRun.run(scenario, draws.withAll(overrides.overrides()), seed,
            years), threads);
    }

    /** Threads to use by default: all available processors. */
    public static int defaultThreads() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    /** The seed of replicate {@code r} (1-based) of an ensemble with master seed {@code master}. */
    public static long replicateSeed(long master, int r) {
        long z = master + r * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z = z ^ (z >>> 31);
        return z & 0xFFFF_FFFFL;
    }

    /** Replicates that vary only the shocks. */
    public EnsembleResult run(long masterSeed, int replicates, Progress progress) throws InterruptedException {
        if (replicates < 1) {
            throw new IllegalArgumentException("replicates must be >= 1, got " + replicates);
        }
        return run(EnsembleDesign.shocksOnly(masterSeed, replicates), progress);
    }

    /** The replicates of {@code design}. */
    public EnsembleResult run(EnsembleDesign design, Progress progress) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads, Pools.daemonThreads("cascade-replicate-"));
        // the statistics cost more than the runs (about 3 quantile updates per cell and replicate): use every core
        int accThreads = threads;
        ExecutorService accPool = accThreads > 1
            ? Executors.newFixedThreadPool(accThreads, Pools.daemonThreads("cascade-statistics-")) : null;
        try {
            return run(pool, accPool, accThreads, design, progress == null ? (d, t) -> { } : progress);
        } finally {
            pool.shutdownNow();
            if (accPool != null) {
                accPool.shutdownNow();
            }
        }
    }

    /** Replicates per batch: {@code max(16, 2 * threads)}. */
    public int batchSize() {
        return Math.max(16, 2 * threads);
    }

    /**
     * Pipelined: while the pool runs batch k+1, the calling thread (helped by {@code accPool} on many cores) feeds
     * batch k to the estimators. At most two batches of results are held at once.
     */
    private EnsembleResult run(ExecutorService pool, ExecutorService accPool, int accThreads, EnsembleDesign design,
                               Progress progress) throws InterruptedException {
        int replicates = design.replicates();
        int batch = batchSize();
        P2Quantiles stats = null;
        RunResult first = null;
        List<Future<RunResult>> running = submit(pool, design, 1, Math.min(batch, replicates));
        int done = 0;
        while (!running.isEmpty()) {
            RunResult[] results = new RunResult[running.size()];
            for (int j = 0; j < results.length; j++) {
                results[j] = Pools.get(running.get(j));
            }
            int next = done + results.length + 1;
            running = next <= replicates ? submit(pool, design, next, Math.min(batch, replicates - next + 1))
                : List.of();
            if (stats == null) {
                first = results[0];
                stats = new P2Quantiles(Math.multiplyExact(first.steps(), first.keys().size()), QUANTILES);
            }
            for (RunResult r : results) {
                if (r.steps() != first.steps() || !r.keys().equals(first.keys())) {
                    throw new IllegalStateException("replicates recorded different series or steps (seed " + r.seed()
                        + ": " + r.keys().size() + " series x " + r.steps() + " steps, expected " + first.keys().size()
                        + " x " + first.steps() + ")");
                }
            }
            accumulate(accPool, accThreads, stats, results, first.keys().size());
            done += results.length;
            progress.done(done, replicates);
        }
        return new EnsembleResult(first.scenarioId(), design.masterSeed(), replicates, first.years(), first.keys(),
            first.steps(), stats);
    }

    private List<Future<RunResult>> submit(ExecutorService pool, EnsembleDesign design, int from, int size) {
        List<Future<RunResult>> futures = new ArrayList<>(size);
        for (int j = 0; j < size; j++) {
            int r = from + j;
            futures.add(pool.submit(() -> replicate.run(design.seed(r), design.draws(r))));
        }
        return futures;
    }

    /** Feeds one batch, in replicate order per cell; cells may be split across threads. */
    private static void accumulate(ExecutorService accPool, int accThreads, P2Quantiles stats, RunResult[] results,
                                   int series) throws InterruptedException {
        int cells = stats.cells();
        int chunks = accPool == null ? 1 : Math.min(accThreads, Math.max(1, cells / 4096));
        List<Future<?>> futures = new ArrayList<>(chunks);
        for (int c = 0; c < chunks; c++) {
            int from = (int) ((long) cells * c / chunks);
            int to = (int) ((long) cells * (c + 1) / chunks);
            Runnable task = () -> {
                double[] xs = new double[results.length];
                for (int cell = from; cell < to; cell++) {
                    int step = cell / series;
                    int s = cell - step * series;
                    for (int j = 0; j < results.length; j++) {
                        xs[j] = results[j].value(step, s);
                    }
                    stats.addAll(cell, xs, results.length);
                }
            };
            if (chunks == 1) {
                task.run();
            } else {
                futures.add(accPool.submit(task));
            }
        }
        for (Future<?> f : futures) {
            Pools.get(f);
        }
        stats.advance(results.length);
    }
}
