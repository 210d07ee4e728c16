package org.cascade.ui.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.cascade.params.ParameterSet;
import org.cascade.results.RunResult;
import org.cascade.scenario.Scenario;
import org.cascade.ui.run.RunListener;
import org.cascade.ui.run.RunRequest;
import org.cascade.ui.run.RunSettings;
import org.cascade.ui.run.ScenarioCatalog;
import org.cascade.ui.run.SimulationService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The explore page's state without Vaadin: settings, start, pause, step, reset and what it reports. */
class ExploreSessionTest {
    private final SimulationService service = new SimulationService();
    private final ScenarioCatalog catalog = new ScenarioCatalog();
    private final List<RunSettings> kept = new ArrayList<>();
    private final ExploreSession session = new ExploreSession(service, catalog, new RunSettings(), kept::add);
    /** Snapshots the runs reported, in order, as the page would receive them. */
    private final List<RunResult> snapshots = new ArrayList<>();
    private final List<Boolean> finishedFlags = new ArrayList<>();

    @AfterEach
    void stop() {
        service.shutdown();
    }

    private RunListener record(RunRequest r) {
        return RunListener.of((snapshot, finished) -> {
            synchronized (snapshots) {
                snapshots.add(snapshot);
                finishedFlags.add(finished);
            }
        }, message -> {
            throw new AssertionError(message);
        });
    }

    private RunResult lastSnapshot() {
        synchronized (snapshots) {
            return snapshots.isEmpty() ? null : snapshots.get(snapshots.size() - 1);
        }
    }

    private boolean lastFinished() {
        synchronized (snapshots) {
            return !finishedFlags.isEmpty() && finishedFlags.get(finishedFlags.size() - 1);
        }
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("still waiting: " + what);
            }
            Thread.sleep(10);
        }
    }

    @Test
    void beforeAnyRunItIsReadyWithNothingToShow() {
        assertThat(session.report()).isEqualTo(new ExploreSession.Report("Ready.", false, false));
        assertThat(session.shown()).isEmpty();
        assertThat(session.request()).isEmpty();
        assertThat(session.hasRunToStep()).isFalse();
        assertThat(session.scenario().id()).isEqualTo("baseline");
    }

    @Test
    void aStartedRunUsesTheSettingsAndReportsItsProgressToTheEnd() throws Exception {
        session.seed(3);
        session.years(1);
        session.overrides(ParameterSet.defaults().with("policy.KZ.tariff", 0.6));
        RunRequest r = session.start(false, this::record);
        assertThat(session.report()).isEqualTo(new ExploreSession.Report("Running…", true, false));
        assertThat(r.seed()).isEqualTo(3);
        assertThat(r.years()).isEqualTo(1);
        assertThat(r.overrides().get("policy.KZ.tariff")).isEqualTo(0.6);
        assertThat(session.isCurrent(r)).isTrue();

        await("the run to finish", this::lastFinished);
        RunResult last = lastSnapshot();
        session.showing(last, true);
        assertThat(last.parameters().get("policy.KZ.tariff")).isEqualTo(0.6);
        assertThat(last.seed()).isEqualTo(3);
        assertThat(session.shown()).containsSame(last);
        assertThat(session.request()).containsSame(r);
        assertThat(session.finished()).isTrue();
        assertThat(session.report().status()).isEqualTo("Finished: " + last.date(12) + " (month 12 of 12)");
        assertThat(session.report().pausable()).isFalse();
        assertThat(session.hasRunToStep()).as("a finished run cannot be stepped").isFalse();
    }

    @Test
    void stepStartsAPausedRunAndMovesItOneMonthAtATime() throws Exception {
        session.step(this::record);
        assertThat(session.report().paused()).isTrue();
        await("month 1", () -> lastSnapshot() != null && lastSnapshot().lastStep() == 1);
        session.showing(lastSnapshot(), false);
        assertThat(session.report()).isEqualTo(new ExploreSession.Report(
            "Paused at " + lastSnapshot().date(1) + " (month 1 of 240)", true, true));
        RunRequest first = session.request().orElseThrow();
        assertThat(session.hasRunToStep()).isTrue();

        session.step(this::record);
        await("month 2", () -> lastSnapshot().lastStep() == 2);
        assertThat(session.request()).as("the same run moved on").containsSame(first);
    }

    @Test
    void pauseAndResumeToggleTheRunAndSayWhereItStands() throws Exception {
        session.speed(1);
        session.step(this::record);
        await("month 1", () -> lastSnapshot() != null && lastSnapshot().lastStep() == 1);
        session.showing(lastSnapshot(), false);
        session.togglePause();
        assertThat(session.report()).isEqualTo(new ExploreSession.Report("Running…", true, false));
        await("month 2 without a step", () -> lastSnapshot().lastStep() >= 2);
        session.showing(lastSnapshot(), false);
        assertThat(session.report().status()).startsWith("At ");
        session.togglePause();
        assertThat(session.report().paused()).isTrue();
        assertThat(session.report().status()).startsWith("Paused at ").contains("of 240)");
    }

    @Test
    void resetStopsTheRunAndForgetsItsResult() throws Exception {
        RunRequest r = session.start(true, this::record);
        await("the first snapshot", () -> lastSnapshot() != null);
        session.showing(lastSnapshot(), false);
        session.reset();
        assertThat(session.report()).isEqualTo(new ExploreSession.Report("Ready.", false, false));
        assertThat(session.shown()).isEmpty();
        assertThat(session.isCurrent(r)).as("frames of the old run are no longer shown").isFalse();
        await("the run's thread to end", () -> service.activeRuns() == 0);
    }

    @Test
    void leavingThePageKeepsTheRunForTheNextPageAndClosingTheSessionStopsIt() throws Exception {
        java.util.function.Function<RunRequest, RunListener> first = this::record;
        session.start(false, first);
        session.attach(first);
        session.leave(first);
        await("the run to finish with no page attached", () -> session.finished());
        int heard = snapshots.size();
        List<RunResult> second = new ArrayList<>();
        java.util.function.Function<RunRequest, RunListener> page = r -> RunListener.of((x, f) -> second.add(x),
            m -> { });
        RunResult latest = session.attach(page).orElseThrow();
        assertThat(latest.lastStep()).as("the finished run, shown to the page that comes back").isEqualTo(240);
        assertThat(snapshots).as("nothing reported to the page that left").hasSize(heard);

        session.start(true, page);
        await("the run to start", () -> service.activeRuns() == 1);
        session.close();
        await("the run's thread to end", () -> service.activeRuns() == 0);
    }

    @Test
    void aFailedRunSaysWhyAndTheNextStepStartsAFreshOne() throws Exception {
        RunRequest r = session.start(true, this::record);
        session.failed("The run stopped: out of memory");
        assertThat(session.report()).isEqualTo(new ExploreSession.Report("The run stopped: out of memory", false,
            false));
        assertThat(session.hasRunToStep()).isFalse();
        session.step(this::record);
        assertThat(session.isCurrent(r)).isFalse();
        assertThat(session.report().pausable()).isTrue();
    }

    @Test
    void aRefusedRunSaysHowManyFieldsToFix() {
        session.refused(3);
        assertThat(session.report().status()).isEqualTo("Refused: 3 invalid fields.");
    }

    @Test
    void everySettingsChangeIsKeptForTheBrowserSession() {
        session.seed(42);
        session.years(7);
        session.speed(12);
        session.pairs(List.of("KZ-UZ"));
        session.overrides(ParameterSet.defaults().with("trust.decay", 0.1));
        RunSettings last = kept.get(kept.size() - 1);
        assertThat(kept).hasSize(5);
        assertThat(last.seed()).isEqualTo(42);
        assertThat(last.years()).isEqualTo(7);
        assertThat(last.speed()).isEqualTo(12);
        assertThat(last.pairs()).containsExactly("KZ-UZ");
        assertThat(last.overrides().get("trust.decay")).isEqualTo(0.1);
        assertThat(session.settings().seed()).isEqualTo(42);
    }

    @Test
    void pickingAScenarioTakesItsHorizonDropsChangesAndStopsTheRun() throws Exception {
        Scenario other = catalog.all().stream().filter(s -> !s.id().equals("baseline")).findFirst().orElseThrow();
        session.overrides(ParameterSet.defaults().with("trust.decay", 0.1));
        session.years(3);
        session.start(true, this::record);
        assertThat(session.pick(catalog.orFirst("baseline"))).as("picking the current scenario again").isFalse();
        assertThat(session.settings().years()).isEqualTo(3);

        assertThat(session.pick(other)).isTrue();
        assertThat(session.scenario()).isSameAs(other);
        assertThat(session.settings().years()).isEqualTo(other.years());
        assertThat(session.settings().overrides().overrides()).isEmpty();
        assertThat(session.report().status()).isEqualTo("Ready.");
        await("the run's thread to end", () -> service.activeRuns() == 0);
    }

    @Test
    void aLinkReplacesTheSettingsAndNamesWhatItIgnored() {
        List<String> ignored = session.applyLink(Map.of("seed", List.of("9", "10"), "years", List.of("abc")));
        assertThat(session.settings().seed()).isEqualTo(9);
        assertThat(ignored).singleElement().asString().contains("years 'abc'");
        assertThat(kept.get(kept.size() - 1).seed()).isEqualTo(9);
        assertThat(session.shareQuery()).containsEntry("seed", "9").containsEntry("scenario", "baseline");
    }

    @Test
    void anUnknownScenarioInTheSessionFallsBackToTheFirst() {
        RunSettings stale = new RunSettings();
        stale.scenarioId("no-such-scenario");
        ExploreSession s = new ExploreSession(service, catalog, stale, kept::add);
        assertThat(s.settings().scenarioId()).isEqualTo(catalog.all().get(0).id());
    }
}
