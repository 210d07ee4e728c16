package org.cascade.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.cascade.experiment.Aggregator;
import org.cascade.experiment.ChunkResult;
import org.cascade.experiment.ExperimentCancelledException;
import org.cascade.experiment.ExperimentEngine;
import org.cascade.experiment.ExperimentException;
import org.cascade.experiment.ExperimentFiles;
import org.cascade.experiment.ExperimentResult;
import org.cascade.experiment.ExperimentSpec;
import org.cascade.experiment.RunPlan;

/**
 * Runs an experiment on Apache Spark: the run plan's chunks become the elements of an RDD, each task runs its chunks
 * with the same engine as one machine ({@link ExperimentEngine#runChunks}, one thread per task: Spark gives each task
 * a core) and returns their serialised results; the driver merges them strictly in chunk index order with the same
 * {@link Aggregator} the in-process engine uses and writes the same files ({@link ExperimentFiles#writeResult}). So
 * the CSVs are byte-identical to one machine's whatever the number of partitions, executors or task retries: a chunk
 * is a pure function of the plan and its index, and Spark re-runs a lost task from scratch.
 *
 * <p>The driver collects the partitions in waves of a few at a time, so its memory holds a bounded number of chunk
 * results however large the experiment. Spark does the scheduling, retries and data movement; nothing here is a
 * worker protocol of its own.
 */
public final class SparkExperiment {
    /** The name in the provenance's {@code engine} field. */
    public static final String ENGINE = "spark";

    private SparkExperiment() {
    }

    /** What the driver reports as it goes: tasks done of total and runs per second. */
    public record Progress(int tasksDone, int tasks, long runsDone, long runs, double runsPerSecond, Duration elapsed) {
        public String line() {
            return String.format("tasks %d/%d, runs %d/%d, %.0f runs/s, %ds", tasksDone, tasks, runsDone, runs,
                runsPerSecond, elapsed.toSeconds());
        }
    }

    /**
     * Runs the experiment and writes its files into {@code out}.
     *
     * @param master     the Spark master URL ({@code local[2]}, {@code spark://host:7077}, ...), or null to take
     *                   it from the configuration spark-submit sets
     * @param partitions RDD partitions (tasks); 0 for the context's default parallelism
     * @param command    the command line, for the provenance
     * @param progress   told after every finished task (on a Spark listener thread)
     * @return the result, as written
     */
    public static ExperimentResult run(ExperimentSpec spec, String master, int partitions, Path out, List<String> command,
                                       Map<String, String> conf, Consumer<Progress> progress)
        throws ExperimentException, IOException {
        RunPlan plan = RunPlan.of(spec);
        SparkConf sc = new SparkConf().setAppName("CASCADE " + spec.kind().id() + ": " + spec.title());
        if (master != null) {
            sc.setMaster(master);
        }
        conf.forEach(sc::set);
        Instant start = Instant.now();
        try (JavaSparkContext jsc = new JavaSparkContext(sc)) {
            int n = partitions > 0 ? partitions : jsc.defaultParallelism();
            n = Math.max(1, Math.min(n, plan.chunks().size()));
            List<Integer> indices = plan.chunks().stream().map(RunPlan.Chunk::index).toList();
            long runsPerChunk = plan.runs() / Math.max(1, plan.chunks().size());
            AtomicInteger tasksDone = new AtomicInteger();
            long t0 = System.nanoTime();
            int tasks = n;
            jsc.sc().addSparkListener(new SparkListener() {
                @Override
                public void onTaskEnd(SparkListenerTaskEnd end) {
                    if (end.taskInfo().successful()) {
                        int done = tasksDone.incrementAndGet();
                        double secs = Math.max(1e-9, (System.nanoTime() - t0) / 1e9);
                        long runs = Math.min(plan.runs(), Math.round((double) done / tasks * plan.runs()));
                        progress.accept(new Progress(done, tasks, runs, plan.runs(), runs / secs,
                            Duration.ofNanos(System.nanoTime() - t0)));
                    }
                }
            });
            Broadcast<ExperimentSpec> shared = jsc.broadcast(spec);
            JavaRDD<byte[]> results = jsc.parallelize(indices, n).mapPartitions(it -> runChunks(shared.value(), it));
            Aggregator agg = new Aggregator(plan);
            int wave = Math.max(1, 2 * jsc.defaultParallelism());
            int expected = 0;
            for (int first = 0; first < n; first += wave) {
                int[] ids = new int[Math.min(wave, n - first)];
                for (int i = 0; i < ids.length; i++) {
                    ids[i] = first + i;
                }
                List<byte[]>[] parts = results.collectPartitions(ids);
                for (List<byte[]> part : parts) {
                    for (byte[] bytes : part) {
                        ChunkResult c = ChunkResult.fromBytes(bytes);
                        if (c.chunk() != indices.get(expected)) {
                            throw new IllegalStateException("chunk " + c.chunk() + " arrived where chunk "
                                + indices.get(expected) + " was expected");
                        }
                        agg.add(c);
                        expected++;
                    }
                }
            }
            if (!agg.complete()) {
                throw new IllegalStateException("the cluster returned " + expected + " of " + indices.size() + " chunks");
            }
            Map<String, String> details = new LinkedHashMap<>();
            details.put("master", jsc.master());
            details.put("partitions", Integer.toString(n));
            details.put("spark_version", jsc.version());
            details.put("application_id", jsc.sc().applicationId());
            ExperimentResult r = ExperimentResult.of(plan, agg.finished(), new ExperimentResult.Run(ENGINE, start,
                Instant.now(), jsc.defaultParallelism(), List.of("1/1"), details));
            ExperimentFiles.writeResult(r, out, command);
            return r;
        }
    }

    /** On an executor: the chunks of one partition, run in order on this task's core. */
    private static Iterator<byte[]> runChunks(ExperimentSpec spec, Iterator<Integer> indices) throws Exception {
        RunPlan plan = RunPlan.of(spec);
        List<RunPlan.Chunk> mine = new ArrayList<>();
        indices.forEachRemaining(i -> mine.add(plan.chunks().get(i)));
        List<byte[]> out = new ArrayList<>(mine.size());
        try {
            new ExperimentEngine(plan, 1).runChunks(mine, null, null, c -> out.add(c.toBytes()));
        } catch (ExperimentCancelledException e) {
            throw new IllegalStateException("a task was cancelled", e);
        }
        return out.iterator();
    }

    /** Writes {@code progress.json} atomically (for the web app to show a cluster experiment's progress). */
    static void writeProgress(Path file, String status, Progress p, String message) {
        String json = "{\n  \"status\": \"" + status + "\",\n  \"tasks_done\": " + (p == null ? 0 : p.tasksDone())
            + ",\n  \"tasks\": " + (p == null ? 0 : p.tasks()) + ",\n  \"runs_done\": " + (p == null ? 0 : p.runsDone())
            + ",\n  \"runs\": " + (p == null ? 0 : p.runs()) + ",\n  \"runs_per_second\": "
            + (p == null ? 0 : Math.round(p.runsPerSecond())) + ",\n  \"updated\": \"" + Instant.now() + "\""
            + (message == null ? "" : ",\n  \"message\": \"" + message.replace("\\", "\\\\").replace("\"", "\\\"")
            .replace("\n", " ") + "\"") + "\n}\n";
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(tmp, json, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
