package org.cascade.ui.explore;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.cascade.params.ParameterSet;
import org.cascade.region.StateCode;
import org.cascade.results.InspectedVariable;
import org.cascade.results.LoggedEvent;
import org.cascade.results.RunResult;
import org.cascade.scenario.Scenario;
import org.cascade.scenario.ScenarioEvent;
import org.cascade.ui.i18n.Texts;
import org.cascade.ui.run.RunHandle;
import org.cascade.ui.run.RunListener;
import org.cascade.ui.run.RunRequest;
import org.cascade.ui.run.RunSettings;
import org.cascade.ui.run.ScenarioCatalog;
import org.cascade.ui.run.SeatDecision;
import org.cascade.ui.run.ShareLink;
import org.cascade.ui.run.SimulationService;

/**
 * What one person's explore page holds, without Vaadin: the settings, the current run and the result on show.
 * The page turns clicks into calls and shows {@link #report()}. It outlives the page (it is kept in the browser
 * session), so a run goes on while the person looks at another view and is shown again when they come back: the
 * run reports to whichever page is {@link #attach attached}. Call from one thread at a time (the page's, under
 * the session lock); only {@link #shown()} may be read from others.
 */
final class ExploreSession {
    static final String READY = "Ready.";
    static final String RUNNING = "Running…";

    /** How far the run on show has come: a fraction of its horizon and the month it has reached (empty before). */
    record Progress(double fraction, String date) {
    }

    /** What the run controls show: a status sentence, whether Pause applies and whether the run is paused. */
    record Report(String status, boolean pausable, boolean paused) {
    }

    private final SimulationService service;
    private final ScenarioCatalog catalog;
    private final Consumer<RunSettings> keep;
    private RunSettings settings;
    private RunHandle handle;
    private volatile RunResult shown;
    private boolean failed;
    private Texts texts = Texts.of(java.util.Locale.ENGLISH);
    /** The status as a text key and its arguments, rendered in the page's language when reported. */
    private String statusKey = "status.ready";
    private Object[] statusArgs = {};
    private String failure;
    /** The attached page's listener for the current run; null while no page shows it. */
    private volatile RunListener page;
    private Function<RunRequest, RunListener> pageFor;

    /**
     * @param settings where to start (the browser session's)
     * @param keep     called with the settings after every change, so the browser session keeps them
     */
    ExploreSession(SimulationService service, ScenarioCatalog catalog, RunSettings settings,
                   Consumer<RunSettings> keep) {
        this.service = service;
        this.catalog = catalog;
        this.keep = keep;
        this.settings = settings.copy();
        this.settings.scenarioId(catalog.orFirst(settings.scenarioId()).id());
    }

    /** A copy of the current settings. */
    RunSettings settings() {
        return settings.copy();
    }

    Scenario scenario() {
        return catalog.orFirst(settings.scenarioId());
    }

    /** Picks a scenario with its own values and horizon and no changes, and drops the run; false if already picked. */
    boolean pick(Scenario s) {
        if (s.id().equals(settings.scenarioId())) {
            return false;
        }
        settings.scenarioId(s.id());
        settings.overrides(ParameterSet.defaults());
        settings.years(s.years());
        kept();
        reset();
        return true;
    }

    void overrides(ParameterSet changes) {
        settings.overrides(changes);
        kept();
    }

    void seed(long seed) {
        settings.seed(seed);
        kept();
    }

    void years(int years) {
        settings.years(years);
        kept();
    }

    /** Months per second (0 for full speed); applies to the current run at once. */
    void speed(int monthsPerSecond) {
        settings.speed(monthsPerSecond);
        kept();
        if (handle != null) {
            handle.speed(monthsPerSecond);
        }
    }

    void pairs(List<String> pairs) {
        settings.pairs(pairs);
        kept();
    }

    /** Takes the settings a shared link states (first value of each parameter); returns what it ignored and why. */
    List<String> applyLink(Map<String, List<String>> query) {
        Map<String, String> first = new LinkedHashMap<>();
        query.forEach((k, v) -> first.put(k, v.isEmpty() ? "" : v.get(0)));
        ShareLink.Parsed parsed = ShareLink.parse(first, settings, catalog::exists);
        settings = parsed.settings();
        kept();
        return parsed.ignored();
    }

    /** The address-bar query that reopens these settings. */
    Map<String, String> shareQuery() {
        return ShareLink.toQuery(settings);
    }

    /** Starts a run of the current settings in place of any other; the listener hears it on the run's thread. */
    RunRequest start(boolean paused, Function<RunRequest, RunListener> listenerFor) {
        stop();
        RunRequest r = new RunRequest(scenarioToRun(), settings.overrides(), settings.seed(), settings.years(),
            settings.speed(), java.time.Duration.ofSeconds(settings.decisionSeconds()));
        pageFor = listenerFor;
        page = listenerFor.apply(r);
        handle = service.submit(r, relay(r), paused);
        failed = false;
        status(paused ? "status.pausedStart" : "status.running");
        return r;
    }

    /** Whether {@link #step} moves the current run on; if not, it starts a new one. */
    boolean hasRunToStep() {
        return handle != null && !handle.finished() && !handle.cancelled() && !failed;
    }

    /** One more month of the current run, or the first month of a new paused run. */
    void step(Function<RunRequest, RunListener> listenerFor) {
        if (!hasRunToStep()) {
            start(true, listenerFor);
        }
        handle.stepOnce();
    }

    void togglePause() {
        if (handle == null) {
            return;
        }
        if (handle.paused()) {
            handle.resume();
            status("status.running");
        } else {
            handle.pause();
            if (shown == null) {
                status("status.paused");
            } else {
                position("status.pausedAt", shown);
            }
        }
    }

    /** Whether the run of that request is still the one on show (not replaced by a newer run or a reset). */
    boolean isCurrent(RunRequest r) {
        return handle != null && handle.request() == r;
    }

    /** The page now shows this snapshot of the current run. */
    void showing(RunResult snapshot, boolean finished) {
        shown = snapshot;
        position(finished ? "status.finished" : handle != null && handle.paused() ? "status.pausedAt" : "status.at",
            snapshot);
    }

    /** The current run stopped with an error; the message is for people. */
    void failed(String message) {
        failed = true;
        failure = message;
    }

    /** A run was asked for but some fields hold values that cannot be used. */
    void refused(int invalidFields) {
        statusKey = "status.refused";
        statusArgs = new Object[] {invalidFields};
    }

    /** Stops the run and forgets its result. */
    void reset() {
        stop();
        shown = null;
        failed = false;
        status("status.ready");
    }

    /**
     * A page shows this session from now on: the current run reports to it. Returns the run's latest snapshot and
     * whether the run has finished, for the page to show at once (empty without a run).
     *
     * @param listenerFor the page's listener for a run (the same as {@link #start} takes)
     */
    Optional<RunResult> attach(Function<RunRequest, RunListener> listenerFor) {
        pageFor = listenerFor;
        if (handle == null) {
            page = null;
            return Optional.empty();
        }
        page = listenerFor.apply(handle.request());
        return Optional.ofNullable(handle.latest()).or(() -> Optional.ofNullable(shown));
    }

    /**
     * The page that attached with this listener factory is closed or left: the run goes on and is shown again when
     * a page attaches. A page left after another attached changes nothing.
     */
    void leave(Function<RunRequest, RunListener> listenerFor) {
        if (pageFor == listenerFor) {
            page = null;
            pageFor = null;
            if (handle != null) {
                handle.releaseSeat(); // nobody is at the seat now: the default rule decides, the run goes on
            }
        }
    }

    /** The browser session ends: its run stops. */
    void close() {
        stop();
    }

    /** The page's language for the status and the notices. */
    void texts(Texts t) {
        this.texts = t;
    }

    /** Whether Run should ask first: a run is paused part-way, so the person may mean Resume. */
    boolean pausedPartWay() {
        return handle != null && handle.paused() && !handle.finished() && !failed && shown != null
            && shown.lastStep() > 0;
    }

    /** Keeps (or stops keeping) the person's value of a parameter for the whole run, over the scenario's sets. */
    void keep(String parameter, boolean keep) {
        Set<String> k = new LinkedHashSet<>(settings.kept());
        if (keep) {
            k.add(parameter);
        } else {
            k.remove(parameter);
        }
        settings.kept(k);
        kept();
    }

    /** The scenario as this run will use it: without the dated sets of the parameters the person keeps. */
    Scenario scenarioToRun() {
        Scenario sc = scenario();
        Set<String> k = settings.kept();
        if (k.isEmpty()) {
            return sc;
        }
        return sc.withEvents(sc.events().stream()
            .filter(e -> !(e instanceof ScenarioEvent.SetParameter s && k.contains(s.parameter().name()))).toList());
    }

    /** How far the run on show has come. */
    Progress progress() {
        RunResult r = shown;
        if (r == null) {
            return new Progress(0, "");
        }
        return new Progress((double) r.lastStep() / (r.years() * 12), r.date(r.lastStep()).toString());
    }

    /** The result on show; safe to read from any thread (downloads). */
    Optional<RunResult> shown() {
        return Optional.ofNullable(shown);
    }

    /** The current run's request once the page shows a result of it: what a redraw needs beside {@link #shown()}. */
    Optional<RunRequest> request() {
        return handle == null || shown == null ? Optional.empty() : Optional.of(handle.request());
    }

    /** What the run on show left out of its scenario at the person's wish, for the provenance; empty if nothing. */
    String provenanceNote() {
        if (handle == null) {
            return "";
        }
        Scenario ran = handle.request().scenario();
        List<String> left = scenario().events().stream()
            .filter(e -> e instanceof ScenarioEvent.SetParameter && !ran.events().contains(e))
            .map(e -> (ScenarioEvent.SetParameter) e)
            .map(e -> e.parameter().name() + " = " + org.cascade.params.Parameter.format(e.value()) + " from "
                + e.at().date())
            .collect(Collectors.toList());
        return left.isEmpty() ? "" : "the page kept its own values over the scenario's dated sets (left out: "
            + String.join(", ", left) + ")";
    }

    /** The current run's request, whether or not the page has shown any of it yet. */
    Optional<RunRequest> runRequest() {
        return handle == null ? Optional.empty() : Optional.of(handle.request());
    }

    boolean finished() {
        return handle != null && handle.finished();
    }

    /** The decision waiting for the person at this page, if any. */
    Optional<SeatDecision> waitingDecision() {
        return handle == null ? Optional.empty() : handle.waitingDecision();
    }

    /** The person's answer to a waiting decision; false when it no longer waits. */
    boolean answer(SeatDecision d, int option) {
        return handle != null && handle.answer(d, option);
    }

    /** Who decided the current run's human levers so far. */
    List<LoggedEvent> seatLog() {
        return handle == null ? List.of() : handle.seatLog();
    }

    /** A state's variables in the current run; empty without one. */
    List<InspectedVariable> inspect(StateCode state) {
        return handle == null ? List.of() : handle.inspect(state);
    }

    Report report() {
        boolean pausable = handle != null && !handle.finished() && !failed;
        Optional<SeatDecision> waiting = failed ? Optional.empty() : waitingDecision();
        String status = waiting.isPresent() ? texts.get("status.deciding", waiting.get().pending().state().name(),
            texts.get("lever." + waiting.get().pending().lever()))
            : failed && failure != null ? failure : texts.has(statusKey + ".other")
            ? texts.plural(statusKey, ((Number) statusArgs[0]).longValue()) : texts.get(statusKey, statusArgs);
        // statusArgs hold strings for positions (no digit grouping), a number only for a count
        return new Report(status, pausable, pausable && handle.paused());
    }

    private void status(String key) {
        statusKey = key;
        statusArgs = new Object[0];
    }

    /** Relays the run's reports to the page attached now, if any; with no page, nobody answers a decision. */
    private RunListener relay(RunRequest r) {
        return new RunListener() {
            @Override
            public void progress(RunResult snapshot, boolean finished) {
                RunListener p = page;
                if (p != null) {
                    p.progress(snapshot, finished);
                }
            }

            @Override
            public void failed(String message) {
                RunListener p = page;
                if (p != null) {
                    p.failed(message);
                }
            }

            @Override
            public boolean decisionDue(SeatDecision decision) {
                RunListener p = page;
                return p != null && p.decisionDue(decision);
            }

            @Override
            public void decisionTick(SeatDecision decision, long secondsLeft) {
                RunListener p = page;
                if (p != null) {
                    p.decisionTick(decision, secondsLeft);
                }
            }

            @Override
            public void decisionClosed(SeatDecision decision, int chosen, SeatDecision.Outcome outcome) {
                RunListener p = page;
                if (p != null) {
                    p.decisionClosed(decision, chosen, outcome);
                }
            }
        };
    }

    private void stop() {
        if (handle != null) {
            handle.cancel();
            handle = null;
        }
    }

    private void kept() {
        keep.accept(settings.copy());
    }

    private void position(String key, RunResult r) {
        statusKey = key;
        statusArgs = new Object[] {r.date(r.lastStep()).toString(), Integer.toString(r.lastStep()),
            Integer.toString(r.years() * 12)};
    }
}
