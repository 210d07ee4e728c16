package org.cascade.experiment;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.cascade.run.output.AtomicOutputs;
import org.cascade.scenario.ScenarioException;

/**
 * Where an experiment's files go.
 * <p>
 * <b>Result</b> ({@link #writeResult}): in the output directory {@code experiment.csv} (not for sensitivity
 * studies, which keep only the horizon values), {@code horizons.csv},
 * {@code differences.csv} (compare), {@code points.csv} (sweep, sensitivity), {@code provenance.json},
 * {@code report.html} and the manifest {@code experiment.sha256}, all committed as one set by {@link AtomicOutputs}.
 * <p>
 * <b>Shard</b> ({@link #writeShard}): a directory {@code shard-I-of-N} holding {@code experiment.yaml} (the
 * experiment file's text), {@code shard.properties} and {@code chunk-NNNNNN.bin} per chunk. It is written in a hidden
 * staging directory and renamed into place only when whole, so a directory of that name is always complete.
 */
public final class ExperimentFiles {
    public static final String MANIFEST = "experiment.sha256";
    static final String SHARD_PROPERTIES = "shard.properties";
    /** The experiment's text, in a shard directory and (for experiments that had no file) beside the results. */
    public static final String EXPERIMENT_FILE = "experiment.yaml";
    static final String SHARD_YAML = EXPERIMENT_FILE;
    private static final SecureRandom RANDOM = new SecureRandom();

    private ExperimentFiles() {
    }

    /** Writes the result's files into {@code dir} (created if missing); returns the files written. */
    public static List<Path> writeResult(ExperimentResult r, Path dir, List<String> command) throws IOException {
        return writeResult(r, dir, command, false);
    }

    /**
     * As above; with {@code withFile} the set also holds {@code experiment.yaml}, the experiment's text (for an
     * experiment that had no file, such as {@code run --replicates}, so that its report's command reproduces it).
     */
    public static List<Path> writeResult(ExperimentResult r, Path dir, List<String> command, boolean withFile)
        throws IOException {
        Files.createDirectories(dir);
        AtomicOutputs.recover(dir);
        // The report (charts as SVG) is drawn on a second thread while the CSV files are written: the last step of
        // every experiment, when the workers are done and a core is free.
        CompletableFuture<String> report = CompletableFuture.supplyAsync(() -> {
            StringWriter w = new StringWriter(1 << 16);
            try {
                ExperimentReport.write(r, command, w);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return w.toString();
        }, ExperimentFiles::startDaemon);
        try (AtomicOutputs out = new AtomicOutputs(dir.resolve(MANIFEST))) {
            if (withFile) {
                out.write(dir.resolve(SHARD_YAML), w -> w.write(r.spec().yaml()));
            }
            if (r.plan().perStep()) {
                out.write(dir.resolve("experiment.csv"), r::writeCsv);
            }
            out.write(dir.resolve("horizons.csv"), r::writeHorizonsCsv);
            if (r.spec().arms().size() > 1) {
                out.write(dir.resolve("differences.csv"), r::writeDifferencesCsv);
            }
            if (r.plan().points().size() > 1) {
                out.write(dir.resolve("points.csv"), r::writePointsCsv);
            }
            if (r.spec().kind() == ExperimentKind.SENSITIVITY) {
                List<SensitivityIndices.Row> indices = SensitivityIndices.of(r);
                out.write(dir.resolve("sensitivity.csv"), w -> SensitivityIndices.writeCsv(indices, w));
            }
            out.write(dir.resolve("provenance.json"), w -> ExperimentProvenance.write(r, command, w));
            out.write(dir.resolve("report.html"), w -> w.write(joined(report)));
            return out.commit();
        }
    }

    private static void startDaemon(Runnable task) {
        Thread t = new Thread(task, "cascade-report");
        t.setDaemon(true);
        t.start();
    }

    private static String joined(CompletableFuture<String> report) throws IOException {
        try {
            return report.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw e;
        }
    }

    /** The directory name of shard i of n. */
    public static String shardName(int i, int n) {
        return "shard-" + i + "-of-" + n;
    }

    /** Starts a shard: returns a writer that takes chunk results and commits the directory when told. */
    public static ShardWriter shard(ExperimentSpec spec, Path sourceDir, RunPlan plan, Path outDir, int i, int n)
        throws IOException {
        return new ShardWriter(spec, sourceDir, plan, outDir, i, n);
    }

    /** Writes one shard's chunks in a staging directory; {@link #commit} renames it into place. */
    public static final class ShardWriter implements AutoCloseable {
        private final Path staging;
        private final Path target;
        private final Properties props = new Properties();
        private boolean committed;

        ShardWriter(ExperimentSpec spec, Path sourceDir, RunPlan plan, Path outDir, int i, int n) throws IOException {
            Files.createDirectories(outDir);
            this.target = outDir.resolve(shardName(i, n));
            if (Files.exists(target)) {
                throw new IOException(target + " exists; remove it or choose another --out");
            }
            this.staging = outDir.resolve("." + shardName(i, n) + ".staging-" + ProcessHandle.current().pid() + "-"
                + Long.toHexString(RANDOM.nextLong()));
            Files.createDirectory(staging);
            Files.writeString(staging.resolve(SHARD_YAML), spec.yaml());
            props.setProperty("experiment_file", spec.file());
            props.setProperty("experiment_dir", sourceDir == null ? "" : sourceDir.toString());
            props.setProperty("run_limit", Long.toString(spec.runLimit()));
            props.setProperty("fingerprint", plan.fingerprint());
            props.setProperty("shard", i + "/" + n);
            props.setProperty("chunks", Integer.toString(plan.shard(i, n).size()));
            props.setProperty("started", Instant.now().toString());
        }

        public void add(ChunkResult c) throws IOException {
            try (OutputStream out = Files.newOutputStream(staging.resolve(String.format("chunk-%06d.bin", c.chunk())))) {
                c.write(out);
            }
        }

        /** Renames the staging directory into place; returns the shard directory. */
        public Path commit(int threads) throws IOException {
            props.setProperty("ended", Instant.now().toString());
            props.setProperty("threads", Integer.toString(threads));
            try (OutputStream out = Files.newOutputStream(staging.resolve(SHARD_PROPERTIES))) {
                props.store(out, "CASCADE experiment shard (complete)");
            }
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            committed = true;
            return target;
        }

        @Override
        public void close() throws IOException {
            if (!committed && Files.exists(staging)) {
                try (var files = Files.list(staging)) {
                    for (Path p : files.toList()) {
                        Files.deleteIfExists(p);
                    }
                }
                Files.deleteIfExists(staging);
            }
        }
    }

    /** Shard directories given directly or found one level below the paths given. */
    static List<Path> shardDirs(List<Path> paths) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isRegularFile(p.resolve(SHARD_PROPERTIES))) {
                out.add(p);
            } else if (Files.isDirectory(p)) {
                try (DirectoryStream<Path> ds = Files.newDirectoryStream(p, "shard-*-of-*")) {
                    for (Path d : ds) {
                        if (Files.isRegularFile(d.resolve(SHARD_PROPERTIES))) {
                            out.add(d);
                        }
                    }
                }
            } else {
                throw new IOException(p + ": no such directory");
            }
        }
        if (out.isEmpty()) {
            throw new IOException("no complete shard directory (shard-I-of-N with " + SHARD_PROPERTIES + ") in "
                + paths);
        }
        out.sort(null);
        return out;
    }

    /**
     * Merges shard directories into one result, exactly as one machine would produce it (the experiment is rebuilt
     * from the text the shards carry; its scenario files must still be where the shards found them).
     */
    public static ExperimentResult merge(List<Path> paths) throws IOException, ScenarioException {
        List<Path> dirs = shardDirs(paths);
        Properties first = properties(dirs.get(0));
        String yaml = Files.readString(dirs.get(0).resolve(SHARD_YAML), StandardCharsets.UTF_8);
        String dirText = first.getProperty("experiment_dir", "");
        ExperimentSpec spec = ExperimentLoader.parse(first.getProperty("experiment_file"), yaml,
            dirText.isEmpty() ? null : Path.of(dirText)).withRunLimit(Long.parseLong(first.getProperty("run_limit")));
        RunPlan plan = RunPlan.of(spec);
        java.util.Map<Integer, Path> chunks = new java.util.TreeMap<>();
        List<String> shards = new ArrayList<>();
        Instant start = null;
        Instant end = null;
        int threads = 0;
        for (Path d : dirs) {
            Properties p = properties(d);
            if (!plan.fingerprint().equals(p.getProperty("fingerprint"))) {
                throw new IOException(d + " belongs to another experiment (plan " + p.getProperty("fingerprint")
                    + ", not " + plan.fingerprint() + ")");
            }
            if (shards.contains(p.getProperty("shard"))) {
                throw new IOException(d + ": shard " + p.getProperty("shard") + " is given twice");
            }
            shards.add(p.getProperty("shard"));
            Instant s = Instant.parse(p.getProperty("started"));
            Instant e = Instant.parse(p.getProperty("ended"));
            start = start == null || s.isBefore(start) ? s : start;
            end = end == null || e.isAfter(end) ? e : end;
            threads = Math.max(threads, Integer.parseInt(p.getProperty("threads")));
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(d, "chunk-*.bin")) {
                for (Path c : ds) {
                    String name = c.getFileName().toString();
                    int index = Integer.parseInt(name.substring(6, name.length() - 4));
                    Path before = chunks.put(index, c);
                    if (before != null) {
                        throw new IOException("chunk " + index + " is in both " + before.getParent() + " and " + d);
                    }
                }
            }
        }
        List<Integer> missing = plan.chunks().stream().map(RunPlan.Chunk::index).filter(i -> !chunks.containsKey(i))
            .toList();
        if (!missing.isEmpty() || chunks.size() != plan.chunks().size()) {
            throw new IOException("the shards hold " + chunks.size() + " of " + plan.chunks().size() + " chunks"
                + (missing.isEmpty() ? "" : "; missing e.g. chunk(s) " + missing.subList(0, Math.min(10, missing.size()))
                + ", shards given: " + shards + " (give every shard's directory)"));
        }
        // one chunk at a time, in chunk order: memory holds the open arms, not the whole experiment
        Aggregator agg = new Aggregator(plan);
        for (Path c : chunks.values()) {
            try (InputStream in = Files.newInputStream(c)) {
                agg.add(ChunkResult.read(in));
            } catch (RuntimeException e) {
                throw new IOException(c + ": " + e.getMessage(), e);
            }
        }
        return new ExperimentResult(plan, agg.finished(),
            new ExperimentResult.Run("merge of shards", start, end, threads, shards));
    }

    private static Properties properties(Path dir) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(dir.resolve(SHARD_PROPERTIES))) {
            p.load(r);
        }
        return p;
    }
}
