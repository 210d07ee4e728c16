package org.cascade.ui.experiments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Queueing, fair sharing, cancel, limits and failure handling of the service, with an engine that waits on demand. */
class ExperimentServiceTest {
    @TempDir
    Path data;
    private ExperimentRepository repo;
    private final GateEngine engine = new GateEngine();

    /** Plans "runs: N" and runs until released (or cancelled), reporting progress one run at a time. */
    static final class GateEngine implements ExperimentRunner {
        final ConcurrentHashMap<String, CountDownLatch> gates = new ConcurrentHashMap<>();
        final ConcurrentHashMap<String, CountDownLatch> started = new ConcurrentHashMap<>();

        @Override
        public Planned plan(String yaml, String source) {
            if (!yaml.startsWith("name: ")) {
                throw new IllegalArgumentException(source + ":1: name: missing");
            }
            String name = yaml.substring(6, yaml.indexOf('\n'));
            long runs = Long.parseLong(yaml.substring(yaml.indexOf("runs: ") + 6).trim());
            gates.put(name, new CountDownLatch(1));
            started.put(name, new CountDownLatch(1));
            return new Planned(name, "ensemble", runs, name);
        }

        @Override
        public String run(Planned p, Path out, LongConsumer progress, BooleanSupplier cancelled) throws Exception {
            started.get(p.name()).countDown();
            for (long i = 1; i <= p.runs(); i++) {
                while (i == p.runs() && !gates.get(p.name()).await(10, TimeUnit.MILLISECONDS)) {
                    if (cancelled.getAsBoolean()) {
                        throw new CancellationException();
                    }
                }
                if (p.name().startsWith("fail")) {
                    throw new IllegalStateException("model diverged in run " + i);
                }
                progress.accept(i);
            }
            Files.createDirectories(out);
            Files.writeString(out.resolve("result.csv"), "x\n");
            return "{\"name\":\"" + p.name() + "\"}";
        }

        void release(String name) {
            gates.get(name).countDown();
        }

        void awaitStart(String name) throws InterruptedException {
            assertThat(started.get(name).await(10, TimeUnit.SECONDS)).as(name + " started").isTrue();
        }
    }

    @BeforeEach
    void setUp() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:svc-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        repo = RepositoryContract.migrated(ds);
    }

    private ExperimentService service(int workers, int perSession, long limit) {
        return new ExperimentService(repo, engine, Clock.systemUTC(), data.toString(), workers, perSession, limit);
    }

    private static String spec(String name, long runs) {
        return "name: " + name + "\nruns: " + runs;
    }

    private ExperimentStatus await(ExperimentService s, String id, ExperimentStatus want) throws InterruptedException {
        long end = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < end) {
            ExperimentStatus now = s.find(id).orElseThrow().status();
            if (now == want) {
                return now;
            }
            Thread.sleep(10);
        }
        return s.find(id).orElseThrow().status();
    }

    @Test
    void aSessionOverItsLimitQueuesWhileAnotherSessionRuns() throws Exception {
        ExperimentService s = service(2, 1, 1000);
        ExperimentRecord a1 = s.submit("alice", spec("a1", 3), "a1.yaml");
        engine.awaitStart("a1");
        ExperimentRecord a2 = s.submit("alice", spec("a2", 3), "a2.yaml");
        ExperimentRecord b1 = s.submit("bob", spec("b1", 3), "b1.yaml");
        engine.awaitStart("b1");
        // both workers are busy (a1, b1): a2 is first in the queue
        assertThat(s.queuePosition(a2.id())).hasValue(1);
        assertThat(s.find(a2.id()).orElseThrow().status()).isEqualTo(ExperimentStatus.QUEUED);
        engine.release("b1");
        assertThat(await(s, b1.id(), ExperimentStatus.DONE)).isEqualTo(ExperimentStatus.DONE);
        // a worker is free, but alice is at her limit: a2 still waits
        Thread.sleep(100);
        assertThat(s.find(a2.id()).orElseThrow().status()).isEqualTo(ExperimentStatus.QUEUED);
        engine.release("a1");
        assertThat(await(s, a1.id(), ExperimentStatus.DONE)).isEqualTo(ExperimentStatus.DONE);
        engine.awaitStart("a2");
        engine.release("a2");
        assertThat(await(s, a2.id(), ExperimentStatus.DONE)).isEqualTo(ExperimentStatus.DONE);
        ExperimentRecord done = s.find(a2.id()).orElseThrow();
        assertThat(done.runsDone()).isEqualTo(3);
        assertThat(done.provenance()).contains("a2");
        assertThat(Path.of(done.resultDir()).resolve("result.csv")).exists();
    }

    @Test
    void cancelStopsARunningExperimentWithinASecondAndAQueuedOneAtOnce() throws Exception {
        ExperimentService s = service(1, 5, 1000);
        ExperimentRecord a = s.submit("alice", spec("c1", 5), "c1.yaml");
        engine.awaitStart("c1");
        ExperimentRecord b = s.submit("alice", spec("c2", 5), "c2.yaml");
        assertThat(s.cancel(b.id())).isTrue();
        assertThat(s.find(b.id()).orElseThrow().status()).isEqualTo(ExperimentStatus.CANCELLED);
        long t0 = System.nanoTime();
        assertThat(s.cancel(a.id())).isTrue();
        assertThat(await(s, a.id(), ExperimentStatus.CANCELLED)).isEqualTo(ExperimentStatus.CANCELLED);
        assertThat((System.nanoTime() - t0) / 1e9).isLessThan(1.0);
        ExperimentRecord cancelled = s.find(a.id()).orElseThrow();
        assertThat(cancelled.runsDone()).isEqualTo(4);
        assertThat(cancelled.resultDir()).as("no result kept as complete").isNull();
    }

    @Test
    void overTheRunLimitIsRefusedUpFrontWithBothNumbers() {
        ExperimentService s = service(1, 1, 100);
        assertThatThrownBy(() -> s.submit("alice", spec("big", 101), "big.yaml"))
            .hasMessageContaining("101").hasMessageContaining("100").hasMessageContaining("big.yaml");
        assertThat(s.list("", null)).isEmpty();
    }

    @Test
    void anInvalidDescriptionIsRefusedWithItsLine() {
        ExperimentService s = service(1, 1, 100);
        assertThatThrownBy(() -> s.submit("alice", "kind: x", "bad.yaml")).hasMessage("bad.yaml:1: name: missing");
    }

    @Test
    void aFailureIsRecordedWithItsMessageAndTheNextExperimentRuns() throws Exception {
        ExperimentService s = service(1, 1, 100);
        ExperimentRecord f = s.submit("alice", spec("fail1", 2), "f.yaml");
        ExperimentRecord ok = s.submit("alice", spec("ok1", 2), "ok.yaml");
        engine.release("fail1");
        assertThat(await(s, f.id(), ExperimentStatus.FAILED)).isEqualTo(ExperimentStatus.FAILED);
        assertThat(s.find(f.id()).orElseThrow().message()).contains("model diverged");
        engine.awaitStart("ok1");
        engine.release("ok1");
        assertThat(await(s, ok.id(), ExperimentStatus.DONE)).isEqualTo(ExperimentStatus.DONE);
        assertThat(s.delete(ok.id())).isTrue();
    }

    @Test
    void deleteRemovesTheRecordAndItsFilesButNotARunningOne() throws Exception {
        ExperimentService s = service(1, 1, 100);
        ExperimentRecord a = s.submit("alice", spec("d1", 2), "d.yaml");
        engine.awaitStart("d1");
        assertThatThrownBy(() -> s.delete(a.id())).hasMessageContaining("cancel");
        engine.release("d1");
        await(s, a.id(), ExperimentStatus.DONE);
        Path dir = Path.of(s.find(a.id()).orElseThrow().resultDir());
        assertThat(dir).exists();
        assertThat(s.delete(a.id())).isTrue();
        assertThat(dir).doesNotExist();
        assertThat(s.find(a.id())).isEmpty();
    }
    @Test
    void aFinishedResultFromTheCommandLineOrAClusterIsImportedAfterItsChecksums() throws Exception {
        ExperimentService s = service(1, 1, 100);
        Path runs = data.resolve("runs");
        s.setImportRoot(runs.toString());
        org.cascade.experiment.ExperimentSpec spec = org.cascade.experiment.ExperimentLoader.parse("x.yaml",
            ExperimentsView.EXAMPLE.replace("replicates: 200", "replicates: 3").replace("years: 20", "years: 2")
                .replace("horizons: [2030, 2035, 2044]", "horizons: [2026]"), null);
        var result = new org.cascade.experiment.ExperimentEngine(org.cascade.experiment.RunPlan.of(spec), 1)
            .run(null, new java.util.concurrent.atomic.AtomicBoolean());
        org.cascade.experiment.ExperimentFiles.writeResult(result, runs.resolve("cmp"), java.util.List.of("test"));

        ExperimentRecord r = s.importResult("alice", "cmp");
        assertThat(r.status()).isEqualTo(ExperimentStatus.DONE);
        assertThat(r.name()).isEqualTo("Corridor tariff halved against the baseline");
        assertThat(r.kind()).isEqualTo("compare");
        assertThat(r.runsTotal()).isEqualTo(6);
        assertThat(Path.of(r.resultDir()).resolve("differences.csv")).hasSameTextualContentAs(runs.resolve("cmp/differences.csv"));

        assertThatThrownBy(() -> s.importResult("alice", "../..")).hasMessageContaining("under");
        assertThatThrownBy(() -> s.importResult("alice", "nothing-here")).hasMessageContaining("no finished experiment");
        Files.writeString(runs.resolve("cmp/horizons.csv"), "tampered\n");
        assertThatThrownBy(() -> s.importResult("alice", "cmp")).hasMessageContaining("horizons.csv")
            .hasMessageContaining("checksum");
    }
}
