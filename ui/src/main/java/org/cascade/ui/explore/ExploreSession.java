package org.cascade.ui.explore;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.cascade.params.ParameterSet;
import org.cascade.region.StateCode;
import org.cascade.results.InspectedVariable;
import org.cascade.results.RunResult;
import org.cascade.scenario.Scenario;
import org.cascade.ui.run.RunHandle;
import org.cascade.ui.run.RunListener;
import org.cascade.ui.run.RunRequest;
import org.cascade.ui.run.RunSettings;
import org.cascade.ui.run.ScenarioCatalog;
import org.cascade.ui.run.ShareLink;
import org.cascade.ui.run.SimulationService;

/**
 * What one person's explore page holds, without Vaadin: the settings, the current run and the result on show.
 * The page turns clicks into calls and shows {@link #report()}. Call from one thread at a time (the page's, under
 * the UI lock); only {@link #shown()} may be read from others.
 */
final class ExploreSession {
    static final String READY = "Ready.";
    static final String RUNNING = "Running…";

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
    private String status = READY;

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
        RunRequest r = new RunRequest(scenario(), settings.overrides(), settings.seed(), settings.years(),
            settings.speed());
        handle = service.submit(r, listenerFor.apply(r), paused);
        failed = false;
        status = paused ? "Paused at the start." : RUNNING;
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
            status = RUNNING;
        } else {
            handle.pause();
            status = shown == null ? "Paused." : position("Paused at ", shown);
        }
    }

    /** Whether the run of that request is still the one on show (not replaced by a newer run or a reset). */
    boolean isCurrent(RunRequest r) {
        return handle != null && handle.request() == r;
    }

    /** The page now shows this snapshot of the current run. */
    void showing(RunResult snapshot, boolean finished) {
        shown = snapshot;
        String prefix = finished ? "Finished: " : handle != null && handle.paused() ? "Paused at " : "At ";
        status = position(prefix, snapshot);
    }

    /** The current run stopped with an error; the message is for people. */
    void failed(String message) {
        failed = true;
        status = message;
    }

    /** A run was asked for but some fields hold values that cannot be used. */
    void refused(int invalidFields) {
        status = "Refused: " + invalidFields + " invalid field(s).";
    }

    /** Stops the run and forgets its result. */
    void reset() {
        stop();
        shown = null;
        failed = false;
        status = READY;
    }

    /** The page is closed or left: its run stops. */
    void leave() {
        stop();
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
        return "";
    }

    boolean finished() {
        return handle != null && handle.finished();
    }

    /** A state's variables in the current run; empty without one. */
    List<InspectedVariable> inspect(StateCode state) {
        return handle == null ? List.of() : handle.inspect(state);
    }

    Report report() {
        boolean pausable = handle != null && !handle.finished() && !failed;
        return new Report(status, pausable, pausable && handle.paused());
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

    private static String position(String prefix, RunResult r) {
        return prefix + r.date(r.lastStep()) + " (month " + r.lastStep() + " of " + r.years() * 12 + ")";
    }
}
