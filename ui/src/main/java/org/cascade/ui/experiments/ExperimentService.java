package org.cascade.ui.experiments;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Runs saved experiments on a bounded pool, fairly: at most {@code workers} experiments run at once (on threads of
 * low priority, so that explorer pages stay fast), each session at most {@code perSession} of them; further ones
 * wait in a queue in order of submission, and each knows its position. Every state change is written to the
 * database before anyone is told of it, so that a kill at any moment leaves a record that the next start marks
 * interrupted rather than complete.
 */
@Service
public class ExperimentService {
    private static final Logger LOG = LoggerFactory.getLogger(ExperimentService.class);
    /** How often running experiments write their progress to the database (ms). */
    private static final long PERSIST_EVERY_MS = 2000;
    /** How often listeners hear of a running experiment's progress (ms). */
    private static final long NOTIFY_EVERY_MS = 250;

    private final ExperimentRepository repository;
    private final ExperimentRunner engine;
    private final Clock clock;
    private final Path dataDir;
    private final int workers;
    private final int perSession;
    private final long runLimit;
    private final ExecutorService pool;

    private final Object lock = new Object();
    /** Waiting jobs in order of submission. */
    private final List<Job> queue = new ArrayList<>();
    private final Map<String, Job> running = new LinkedHashMap<>();
    private final Map<String, AtomicLong> progress = new ConcurrentHashMap<>();
    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();

    private Path importRoot = Path.of("runs");

    public ExperimentService(ExperimentRepository repository, ExperimentRunner engine, Clock clock,
        @Value("${cascade.data-dir}") String dataDir,
        @Value("${cascade.experiments.workers:1}") int workers,
        @Value("${cascade.experiments.per-session:1}") int perSession,
        @Value("${cascade.experiments.run-limit:2000000}") long runLimit) {
        this.repository = repository;
        this.engine = engine;
        this.clock = clock;
        this.dataDir = Path.of(dataDir);
        this.workers = Math.max(1, workers);
        this.perSession = Math.max(1, perSession);
        this.runLimit = runLimit;
        this.pool = Executors.newFixedThreadPool(this.workers, r -> {
            Thread t = new Thread(r, "experiment");
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY);
            return t;
        });
    }

    private record Job(String id, String session, ExperimentRunner.Planned planned, AtomicBoolean cancel) { }

    /** Called with an experiment's id whenever its status or progress changes (from worker threads). */
    public void addListener(Consumer<String> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<String> listener) {
        listeners.remove(listener);
    }

    public long runLimit() {
        return runLimit;
    }

    /**
     * Checks, saves and queues an experiment.
     *
     * @throws IllegalArgumentException for an invalid description, or one over the run limit (both named)
     */
    public ExperimentRecord submit(String session, String yaml, String source) {
        ExperimentRunner.Planned planned = engine.plan(yaml, source);
        if (planned.runs() > runLimit) {
            throw new IllegalArgumentException(source + ": this experiment needs " + planned.runs()
                + " model runs; the limit of this server is " + runLimit + " (cascade.experiments.run-limit). "
                + "Use fewer replicates or design points, or run it with the command line and --shard.");
        }
        ExperimentRecord record = ExperimentRecord.queued(UUID.randomUUID().toString(), planned.name(), planned.kind(),
            yaml, session, planned.runs(), clock.instant());
        repository.insert(record);
        synchronized (lock) {
            queue.add(new Job(record.id(), session, planned, new AtomicBoolean()));
            dispatch();
        }
        notify(record.id());
        return record;
    }

    /** Where finished results (from the command line or a cluster) may be imported from. */
    @org.springframework.beans.factory.annotation.Autowired(required = false)
    public void setImportRoot(@Value("${cascade.experiments.import-dir:runs}") String dir) {
        this.importRoot = Path.of(dir);
    }

    public Path importRoot() {
        return importRoot;
    }

    /**
     * Adds a finished result written elsewhere (by {@code cascade compare ... --out DIR}, {@code merge}, or
     * {@code cascade cluster submit}) to the library: its files are checked against their manifest and copied.
     *
     * @param relative a directory under {@link #importRoot()}
     * @throws IllegalArgumentException when it is outside the import directory, incomplete or modified
     */
    public ExperimentRecord importResult(String session, String relative) {
        Path root = importRoot.toAbsolutePath().normalize();
        Path dir = root.resolve(relative.strip()).normalize();
        if (!dir.startsWith(root) || relative.isBlank()) {
            throw new IllegalArgumentException("'" + relative + "': give a directory under " + root);
        }
        Path manifest = dir.resolve(org.cascade.experiment.ExperimentFiles.MANIFEST);
        if (!Files.isRegularFile(manifest) || !Files.isRegularFile(dir.resolve("provenance.json"))) {
            throw new IllegalArgumentException(dir + " holds no finished experiment (no experiment.sha256 and "
                + "provenance.json): give the --out directory of a finished ensemble, compare, sweep, sensitivity, "
                + "merge or cluster run");
        }
        try {
            List<String> names;
            try {
                names = org.cascade.run.output.AtomicOutputs.verify(manifest);
            } catch (IOException e) {
                throw new IllegalArgumentException(dir + ": " + e.getMessage(), e);
            }
            String provenance = Files.readString(dir.resolve("provenance.json"));
            String title = field(provenance, "title", dir.getFileName().toString());
            String kind = field(provenance, "kind", "experiment");
            long runs = Long.parseLong(field(provenance, "runs", "0"));
            String id = UUID.randomUUID().toString();
            Path out = dataDir.resolve("experiments").resolve(id);
            Files.createDirectories(out);
            for (String name : names) {
                Files.copy(dir.resolve(name), out.resolve(name));
            }
            Files.copy(manifest, out.resolve(org.cascade.experiment.ExperimentFiles.MANIFEST));
            String spec = Files.isRegularFile(dir.resolve("experiment.yaml")) ? Files.readString(dir.resolve("experiment.yaml"))
                : "# imported from " + dir + "; the description itself is named in provenance.json (experiment_file)\n";
            java.time.Instant now = clock.instant();
            repository.insert(new ExperimentRecord(id, title, kind, ExperimentStatus.DONE, spec, provenance, session, now,
                now, now, runs, runs, out.toString(), "Imported from " + dir));
            notify(id);
            return repository.find(id).orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String field(String json, String name, String otherwise) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"" + name + "\": \"?([^\",\n]*)").matcher(json);
        return m.find() ? m.group(1) : otherwise;
    }


    /** Position in the queue (1 = next), or empty when not waiting. */
    public OptionalInt queuePosition(String id) {
        synchronized (lock) {
            for (int i = 0; i < queue.size(); i++) {
                if (queue.get(i).id.equals(id)) {
                    return OptionalInt.of(i + 1);
                }
            }
        }
        return OptionalInt.empty();
    }

    /** Runs finished so far: live while running, else as saved. */
    public long runsDone(String id) {
        AtomicLong live = progress.get(id);
        return live != null ? live.get() : repository.find(id).map(ExperimentRecord::runsDone).orElse(0L);
    }

    /** Stops an experiment: a queued one at once, a running one within about a second (what finished is kept). */
    public boolean cancel(String id) {
        synchronized (lock) {
            for (Job j : queue) {
                if (j.id.equals(id)) {
                    queue.remove(j);
                    repository.finished(id, ExperimentStatus.CANCELLED, clock.instant(), 0, null, null,
                        "Cancelled before it started.");
                    notify(id);
                    return true;
                }
            }
            Job j = running.get(id);
            if (j != null) {
                j.cancel.set(true);
                return true;
            }
        }
        return false;
    }

    public Optional<ExperimentRecord> find(String id) {
        return repository.find(id);
    }

    public List<ExperimentRecord> list(String text, ExperimentStatus status) {
        return repository.list(text, status);
    }

    /** Deletes a finished experiment and its files; refuses one still queued or running. */
    public boolean delete(String id) {
        synchronized (lock) {
            if (running.containsKey(id) || queue.stream().anyMatch(j -> j.id.equals(id))) {
                throw new IllegalStateException("cancel the experiment before deleting it");
            }
        }
        Optional<ExperimentRecord> r = repository.find(id);
        boolean deleted = repository.delete(id);
        r.map(ExperimentRecord::resultDir).filter(d -> d != null).map(Path::of).ifPresent(ExperimentService::deleteTree);
        notify(id);
        return deleted;
    }

    /** Where an experiment's result files are, if it finished with some. */
    public Optional<Path> resultDir(String id) {
        return repository.find(id).map(ExperimentRecord::resultDir).filter(d -> d != null).map(Path::of)
            .filter(Files::isDirectory);
    }

    /** Starts waiting jobs while there are free workers, skipping sessions at their limit. Holds {@link #lock}. */
    private void dispatch() {
        while (running.size() < workers) {
            Job next = null;
            for (Job j : queue) {
                long mine = running.values().stream().filter(r -> r.session.equals(j.session)).count();
                if (mine < perSession) {
                    next = j;
                    break;
                }
            }
            if (next == null) {
                return;
            }
            queue.remove(next);
            running.put(next.id, next);
            Job job = next;
            pool.execute(() -> execute(job));
        }
    }

    private void execute(Job job) {
        AtomicLong done = new AtomicLong();
        progress.put(job.id, done);
        Path out = dataDir.resolve("experiments").resolve(job.id);
        ExperimentStatus status = ExperimentStatus.FAILED;
        String provenance = null;
        String message = null;
        try {
            repository.started(job.id, clock.instant());
            notify(job.id);
            long[] last = {System.currentTimeMillis(), 0};
            provenance = engine.run(job.planned, out, n -> {
                done.set(n);
                long now = System.currentTimeMillis();
                if (now - last[0] >= PERSIST_EVERY_MS) {
                    last[0] = now;
                    repository.progress(job.id, n);
                }
                if (now - last[1] >= NOTIFY_EVERY_MS) {
                    last[1] = now;
                    notify(job.id);
                }
            }, job.cancel::get);
            status = ExperimentStatus.DONE;
        } catch (CancellationException e) {
            status = ExperimentStatus.CANCELLED;
            message = "Cancelled after " + done.get() + " runs; the partial result is not kept as complete.";
        } catch (Exception | Error e) {
            LOG.warn("experiment {} failed", job.id, e);
            message = e.getMessage() == null ? e.toString() : e.getMessage();
        } finally {
            try {
                repository.finished(job.id, status, clock.instant(), done.get(), provenance,
                    status == ExperimentStatus.DONE ? out.toString() : null, message);
            } finally {
                progress.remove(job.id);
                synchronized (lock) {
                    running.remove(job.id);
                    dispatch();
                }
                notify(job.id);
            }
        }
    }

    private void notify(String id) {
        for (Consumer<String> l : listeners) {
            try {
                l.accept(id);
            } catch (RuntimeException e) {
                LOG.debug("experiment listener failed", e);
            }
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete " + dir, e);
        }
    }
}
