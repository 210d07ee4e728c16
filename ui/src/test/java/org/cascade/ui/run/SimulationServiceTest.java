package org.cascade.ui.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.cascade.params.ParameterSet;
import org.cascade.region.StateCode;
import org.cascade.results.Metrics;
import org.cascade.results.RunResult;
import org.cascade.run.ModelRun;
import org.cascade.scenario.Scenario;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The service layer: a run finishes with the library's figures, pauses and steps, stops when cancelled. */
class SimulationServiceTest {
    private final SimulationService service = new SimulationService();
    private final Scenario scenario = new ScenarioCatalog().all().get(0);

    @AfterEach
    void stop() {
        service.shutdown();
    }

    private static final class Collector implements RunListener {
        final CompletableFuture<RunResult> done = new CompletableFuture<>();
        private final List<Integer> seen = new ArrayList<>();

        @Override
        public synchronized void progress(RunResult snapshot, boolean finished) {
            seen.add(snapshot.lastStep());
            if (finished) {
                done.complete(snapshot);
            }
        }

        @Override
        public void failed(String message) {
            done.completeExceptionally(new IllegalStateException(message));
        }

        synchronized List<Integer> seen() {
            return List.copyOf(seen);
        }
    }

    /** Waits for a condition that another thread makes true; fails with the reason after ten seconds. */
    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("still waiting: " + what);
            }
            Thread.sleep(10);
        }
    }

    @Test
    void aFullSpeedTwentyYearRunMatchesTheLibraryRun() throws Exception {
        RunResult direct = ModelRun.run(scenario, ParameterSet.defaults(), 7, 20);
        Collector c = new Collector();
        service.submit(new RunRequest(scenario, ParameterSet.defaults(), 7, 20, RunSettings.FULL_SPEED), c, false);
        RunResult r = c.done.get(60, TimeUnit.SECONDS);
        assertThat(r.lastStep()).isEqualTo(240);
        assertThat(r.last(Metrics.GDP, "KZ")).isEqualTo(direct.last(Metrics.GDP, "KZ"));
        assertThat(r.last(Metrics.REGIONAL_TRADE, Metrics.REGION))
            .isEqualTo(direct.last(Metrics.REGIONAL_TRADE, Metrics.REGION));
        assertThat(r.events()).isEqualTo(direct.events());
    }

    @Test
    void pausedRunsMoveOneMonthPerStep() throws Exception {
        Collector c = new Collector();
        RunHandle h = service.submit(new RunRequest(scenario, ParameterSet.defaults(), 1, 1, 0), c, true);
        for (int i = 0; i < 3; i++) {
            h.stepOnce();
        }
        await("three months stepped", () -> h.latest() != null && h.latest().lastStep() >= 3);
        Thread.sleep(100);
        assertThat(h.latest().lastStep()).isEqualTo(3);
        assertThat(c.seen()).containsExactly(0, 1, 2, 3);
        assertThat(h.inspect(StateCode.KZ)).isNotEmpty();
        h.resume();
        assertThat(c.done.get(10, TimeUnit.SECONDS).lastStep()).isEqualTo(12);
    }

    @Test
    void cancelStopsARunningRunEarlyAndNoStepFollows() throws Exception {
        Collector c = new Collector();
        // 600 months at 24 a second would take 25 s: only a working cancel ends its thread within the wait below
        RunHandle h = service.submit(new RunRequest(scenario, ParameterSet.defaults(), 1, 50, 24), c, false);
        await("the run to publish a month after the start", () -> c.seen().stream().anyMatch(s -> s > 0));
        h.cancel();
        await("the run's thread to end", () -> service.activeRuns() == 0);
        List<Integer> seenAtCancel = c.seen();
        h.resume();
        h.stepOnce();
        Thread.sleep(300);
        assertThat(c.seen()).as("progress after cancel").isEqualTo(seenAtCancel);
        assertThat(c.done).as("a cancelled run never reports finished").isNotDone();
        assertThat(h.cancelled()).isTrue();
        assertThat(h.finished()).isFalse();
        assertThat(h.latest().lastStep()).isLessThan(600);
    }

    @Test
    void aCancelledPausedRunIgnoresStepAndResume() throws Exception {
        Collector c = new Collector();
        RunHandle h = service.submit(new RunRequest(scenario, ParameterSet.defaults(), 1, 1, 0), c, true);
        h.stepOnce();
        await("one month stepped", () -> c.seen().contains(1));
        h.cancel();
        await("the run's thread to end", () -> service.activeRuns() == 0);
        h.stepOnce();
        h.resume();
        Thread.sleep(300);
        assertThat(c.seen()).containsExactly(0, 1);
        assertThat(h.latest().lastStep()).isEqualTo(1);
        assertThat(c.done).isNotDone();
    }

    @Test
    void tenRunsAtOnceGiveTheSameResultAsOneAlone() throws Exception {
        RunRequest req = new RunRequest(scenario, ParameterSet.defaults(), 7, 20, RunSettings.FULL_SPEED);
        Collector single = new Collector();
        service.submit(req, single, false);
        RunResult one = single.done.get(60, TimeUnit.SECONDS);

        List<Collector> many = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Collector c = new Collector();
            many.add(c);
            service.submit(req, c, false);
        }
        for (Collector c : many) {
            RunResult r = c.done.get(120, TimeUnit.SECONDS);
            assertThat(r.last(Metrics.GDP, "UZ")).isEqualTo(one.last(Metrics.GDP, "UZ"));
            assertThat(r.last(Metrics.COOPERATION_INDEX, Metrics.REGION))
                .isEqualTo(one.last(Metrics.COOPERATION_INDEX, Metrics.REGION));
            assertThat(r.events()).isEqualTo(one.events());
        }
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"24, 3", "60, 10", "120, 20"})
    void aChosenSpeedIsKeptWithinTenPercent(int monthsPerSecond, int years) throws Exception {
        List<Long> times = new ArrayList<>();
        CompletableFuture<RunResult> done = new CompletableFuture<>();
        RunListener timer = RunListener.of((snapshot, finished) -> {
            synchronized (times) {
                if (snapshot.lastStep() == 0) {
                    times.add(System.nanoTime()); // month 0, published before the first step
                }
            }
            if (finished) {
                times.add(System.nanoTime());
                done.complete(snapshot);
            }
        }, message -> done.completeExceptionally(new AssertionError(message)));
        service.submit(new RunRequest(scenario, ParameterSet.defaults(), 7, years, monthsPerSecond), timer, false);
        RunResult r = done.get(120, java.util.concurrent.TimeUnit.SECONDS);
        double seconds = (times.get(times.size() - 1) - times.get(0)) / 1e9;
        double expected = (double) r.lastStep() / monthsPerSecond;
        System.out.printf("speed %d months/s: %d months in %.3f s (expected %.3f s)%n", monthsPerSecond,
            r.lastStep(), seconds, expected);
        assertThat(seconds).as(monthsPerSecond + " months/s").isBetween(expected * 0.9, expected * 1.1);
    }

    /** Issue 9, item 4: a run waiting for a person holds no lock (the page may inspect, pause) and a cancel ends it. */
    @Test
    void aWaitingDecisionHoldsNoLockAndCancelEndsTheRun() throws Exception {
        CompletableFuture<SeatDecision> due = new CompletableFuture<>();
        RunListener page = new RunListener() {
            @Override
            public void progress(RunResult snapshot, boolean finished) {
            }

            @Override
            public void failed(String message) {
                due.completeExceptionally(new IllegalStateException(message));
            }

            @Override
            public boolean decisionDue(SeatDecision decision) {
                due.complete(decision);
                return true;
            }
        };
        RunRequest req = new RunRequest(scenario, ParameterSet.defaults().with("government.KG.mode", 2), 1, 1, 0,
            java.time.Duration.ofMinutes(10));
        RunHandle h = service.submit(req, page, false);
        SeatDecision d = due.get(30, TimeUnit.SECONDS);
        assertThat(h.waitingDecision()).containsSame(d);
        long t0 = System.nanoTime();
        assertThat(h.inspect(StateCode.KG)).isNotEmpty();
        h.pause();
        h.resume();
        assertThat((System.nanoTime() - t0) / 1e6).as("ms to inspect and pause while the model waits").isLessThan(1000);
        assertThat(h.answer(d, 99)).as("no such option").isFalse();
        assertThat(service.activeRuns()).isEqualTo(1);
        h.cancel();
        await("the waiting run's thread to end", () -> service.activeRuns() == 0);
        assertThat(h.waitingDecision()).isEmpty();
        assertThat(h.answer(d, d.pending().defaultChoice())).as("an answer after the run stopped").isFalse();
        assertThat(h.seatLog()).as("a stopped decision is nobody's").isEmpty();
    }
}
