package org.cascade.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongFunction;
import org.cascade.params.ParameterSet;
import org.cascade.scenario.Scenario;

/**
 * Runs R replicates of a scenario and keeps only per-step statistics across them, so memory stays flat as R grows.
 * <p>
 * <b>Seeds.</b> Replicate r (1..R) runs with seed {@link #replicateSeed(long, int)}: the low 32 bits (as a
 * non-negative number) of the SplitMix64 finaliser applied to {@code master + r * 0x9E3779B97F4A7C15}. MASON uses
 * only the low 32 bits of a seed, so nothing is lost.
 * <p>
 * <b>Determinism.</b> Replicates run in parallel in batches of {@code 2 * threads}; each batch's results are then
 * fed to the estimators in replicate order (the cell updates are split across threads by cell, and every cell sees
 * its observations in replicate order). The output therefore does not depend on the thread count or scheduling.
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

    /** Told after each batch how many replicates are done. */
    @FunctionalInterface
    public interface Progress {
        void done(int replicatesDone, int replicates);
    }

    private final LongFunction<RunResult> replicate;
    private final int threads;

    /**
     * @param replicate runs one replicate with the given seed (must be thread-safe: called concurrently)
     * @param threads   worker threads (1 or more)
     */
    public EnsembleRunner(LongFunction<RunResult> replicate, int threads) {
        this.replicate = Objects.requireNonNull(replicate);
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        this.threads = threads;
    }

    /**
     * Replicates of the model: each runs {@code scenario} (with its own parameters, which should already include
     * any command-line values) for {@code years}.
     */
    public static EnsembleRunner of(Scenario scenario, int years, int threads) {
        return new EnsembleRunner(seed -> ModelRun.run(scenario, ParameterSet.defaults(), seed, years), threads);
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

    public EnsembleResult run(long masterSeed, int replicates, Progress progress) throws InterruptedException {
        if (replicates < 1) {
            throw new IllegalArgumentException("replicates must be >= 1, got " + replicates);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
        try {
            return run(pool, masterSeed, replicates, progress == null ? (d, t) -> { } : progress);
        } finally {
            pool.shutdownNow();
        }
    }

    private EnsembleResult run(ExecutorService pool, long masterSeed, int replicates, Progress progress)
        throws InterruptedException {
        int batch = 2 * threads;
        P2Quantiles stats = null;
        RunResult first = null;
        for (int start = 1; start <= replicates; start += batch) {
            int size = Math.min(batch, replicates - start + 1);
            List<Future<RunResult>> futures = new ArrayList<>(size);
            for (int j = 0; j < size; j++) {
                long seed = replicateSeed(masterSeed, start + j);
                futures.add(pool.submit(() -> replicate.apply(seed)));
            }
            RunResult[] results = new RunResult[size];
            for (int j = 0; j < size; j++) {
                results[j] = get(futures.get(j));
            }
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
            accumulate(pool, stats, results, first.keys().size());
            progress.done(start + size - 1, replicates);
        }
        return new EnsembleResult(first.scenarioId(), masterSeed, replicates, first.years(), first.keys(),
            first.steps(), stats);
    }

    /** Feeds one batch, in replicate order per cell; cells are split across the threads. */
    private void accumulate(ExecutorService pool, P2Quantiles stats, RunResult[] results, int series)
        throws InterruptedException {
        int cells = stats.cells();
        int base = stats.count();
        int chunks = Math.min(threads, Math.max(1, cells / 1024));
        List<Future<?>> futures = new ArrayList<>(chunks);
        for (int c = 0; c < chunks; c++) {
            int from = (int) ((long) cells * c / chunks);
            int to = (int) ((long) cells * (c + 1) / chunks);
            Runnable task = () -> {
                for (int cell = from; cell < to; cell++) {
                    int step = cell / series;
                    int s = cell - step * series;
                    for (int j = 0; j < results.length; j++) {
                        stats.add(cell, base + j + 1, results[j].value(step, s));
                    }
                }
            };
            if (chunks == 1) {
                task.run();
            } else {
                futures.add(pool.submit(task));
            }
        }
        for (Future<?> f : futures) {
            get(f);
        }
        stats.advance(results.length);
    }

    private static <T> T get(Future<T> f) throws InterruptedException {
        try {
            return f.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "cascade-replicate-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
