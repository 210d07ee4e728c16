package org.cascade.experiment;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.cascade.region.Calendar;
import org.cascade.run.ModelRun;
import org.cascade.run.Pools;
import org.cascade.experiment.ExperimentResult.Run;

/**
 * Runs a plan's chunks on a pool of threads and hands their results on strictly in chunk index order. At most
 * {@code 2 x threads} chunks are in flight and each run records only its outcomes' metrics and is reduced to its
 * outcome cells as soon as it ends, so memory does not grow with the number of replicates. The cancel flag is checked between runs; a cancelled run throws
 * {@link ExperimentCancelledException} and returns nothing.
 */
public final class ExperimentEngine {
    public static final String NAME = "in-process";

    /** Told, from worker threads, after every run. */
    @FunctionalInterface
    public interface ProgressListener {
        void progress(long runsDone, long runsTotal);
    }

    /** Receives chunk results in chunk index order (on the calling thread). */
    @FunctionalInterface
    public interface ChunkSink {
        void accept(ChunkResult chunk) throws java.io.IOException;
    }

    private final RunPlan plan;
    private final int threads;
    private final java.util.Set<String> metrics;

    public ExperimentEngine(RunPlan plan, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        this.plan = plan;
        this.threads = threads;
        this.metrics = plan.spec().outcomes().stream().map(org.cascade.results.SeriesKey::metric)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** The whole plan on this machine: aggregated chunk by chunk in chunk order. */
    public ExperimentResult run(ProgressListener progress, AtomicBoolean cancel)
        throws InterruptedException, ExperimentCancelledException {
        Instant start = Instant.now();
        Aggregator agg = new Aggregator(plan);
        try {
            // the serialised form holds the exact bits of every double, so adding the chunk directly is what a merge
            // of shards does (ExperimentEngineTest and ExperimentCommandTest compare the bytes)
            runChunks(plan.chunks(), progress, cancel, agg::add);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return new ExperimentResult(plan, agg.finished(), new Run(NAME, start, Instant.now(),
            threads, List.of("1/1")));
    }

    /**
     * The result of a plan from chunk results produced anywhere (shards, other machines), merged in chunk index
     * order; refuses a set with chunks missing, repeated or of another plan.
     */
    public static ExperimentResult merge(RunPlan plan, List<ChunkResult> chunks, Run run) {
        List<ChunkResult> sorted = new ArrayList<>(chunks);
        sorted.sort(java.util.Comparator.comparingInt(ChunkResult::chunk));
        for (int i = 0; i < sorted.size(); i++) {
            if (i > 0 && sorted.get(i).chunk() == sorted.get(i - 1).chunk()) {
                throw new IllegalArgumentException("chunk " + sorted.get(i).chunk() + " is given twice");
            }
        }
        if (sorted.size() != plan.chunks().size()) {
            java.util.Set<Integer> have = new java.util.HashSet<>();
            sorted.forEach(c -> have.add(c.chunk()));
            List<Integer> missing = plan.chunks().stream().map(RunPlan.Chunk::index).filter(i -> !have.contains(i))
                .limit(10).toList();
            throw new IllegalArgumentException("the partial results hold " + sorted.size() + " of " + plan.chunks().size()
                + " chunks" + (missing.isEmpty() ? "" : "; missing e.g. chunk(s) " + missing
                + " (give every shard's directory)"));
        }
        Aggregator agg = new Aggregator(plan);
        sorted.forEach(agg::add);
        return new ExperimentResult(plan, agg.finished(), run);
    }

    /** Runs {@code chunks} (in index order) and hands each result to {@code sink} in that order. */
    public void runChunks(List<RunPlan.Chunk> chunks, ProgressListener progress, AtomicBoolean cancel, ChunkSink sink)
        throws InterruptedException, ExperimentCancelledException, java.io.IOException {
        ProgressListener p = progress == null ? (d, t) -> { } : progress;
        AtomicBoolean stop = cancel == null ? new AtomicBoolean() : cancel;
        long total = chunks.stream().mapToLong(RunPlan.Chunk::count).sum();
        AtomicLong done = new AtomicLong();
        int[] horizonSteps = horizonSteps(plan.spec());
        EngineWarmUp.end();
        ExecutorService pool = Executors.newFixedThreadPool(threads, Pools.daemonThreads("cascade-experiment-"));
        try {
            Deque<Future<ChunkResult>> inFlight = new ArrayDeque<>();
            int nextToSubmit = 0;
            int window = 2 * threads;
            while (nextToSubmit < chunks.size() || !inFlight.isEmpty()) {
                while (nextToSubmit < chunks.size() && inFlight.size() < window) {
                    RunPlan.Chunk c = chunks.get(nextToSubmit++);
                    inFlight.add(pool.submit(() -> runChunk(c, horizonSteps, stop, done, total, p)));
                }
                ChunkResult r = Pools.get(inFlight.removeFirst());
                if (r == null || stop.get()) {
                    throw new ExperimentCancelledException(done.get(), total);
                }
                sink.accept(r);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private ChunkResult runChunk(RunPlan.Chunk c, int[] horizonSteps, AtomicBoolean stop, AtomicLong done, long total,
                                 ProgressListener p) {
        ChunkResult.Builder b = new ChunkResult.Builder(plan, c, horizonSteps);
        var arm = plan.spec().arms().get(c.arm());
        for (RunPlan.Task t : plan.tasks(c)) {
            if (stop.get()) {
                return null;
            }
            // only the outcomes' metrics are recorded: the other series would be filled every month for nothing
            b.add(ModelRun.run(arm.scenario(), t.overrides(), t.seed(), plan.spec().years(), metrics));
            p.progress(done.incrementAndGet(), total);
        }
        return b.build();
    }

    /** The step of December of each horizon year. */
    static int[] horizonSteps(ExperimentSpec spec) {
        return spec.horizons().stream()
            .mapToInt(y -> Calendar.stepOf(java.time.YearMonth.of(y, 12))).toArray();
    }
}
