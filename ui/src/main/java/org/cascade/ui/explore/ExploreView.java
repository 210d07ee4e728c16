package org.cascade.ui.explore;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.cascade.results.RunResult;
import org.cascade.scenario.Scenario;
import org.cascade.ui.MainLayout;
import org.cascade.ui.run.RunListener;
import org.cascade.ui.run.RunRequest;
import org.cascade.ui.run.RunSettings;
import org.cascade.ui.run.ScenarioCatalog;
import org.cascade.ui.run.SimulationService;

/**
 * Home page: pick a scenario, change parameters, run month by month on a background thread and watch the map,
 * charts, event log and headline figures update through server push. The components fire events; the
 * {@link ExploreSession} holds the settings and the run.
 */
@Route(value = "", layout = MainLayout.class)
@PageTitle("CASCADE explorer")
public class ExploreView extends Div implements BeforeEnterObserver {
    private final ExploreSession session;
    private final ScenarioPicker scenarios;
    private final RunFields runFields = new RunFields();
    private final ParameterPanel params = new ParameterPanel();
    private final RunControls controls = new RunControls();
    private final Headlines headlines = new Headlines();
    private final MapPanel map = new MapPanel();
    private final PairPicker pairs = new PairPicker();
    private final ChartsPanel charts = new ChartsPanel();
    private final EventLog events = new EventLog();

    public ExploreView(SimulationService service, ScenarioCatalog catalog) {
        session = new ExploreSession(service, catalog, SessionSettings.get(), SessionSettings::put);
        scenarios = new ScenarioPicker(catalog.all());
        Div side = new Div(new H2("Scenario"), scenarios, runFields, new H3("Parameters"), params);
        side.addClassName("side");
        Div main = new Div(controls, headlines, new Downloads(session::shown, catalog::find, session::provenanceNote), new H3("Map"), map,
            new H3("Charts"), pairs, charts, new H3("Event log"), events);
        main.addClassName("main");
        setId("explore");
        addClassName("explore");
        add(side, main);
        listen();
        load();
    }

    private void listen() {
        scenarios.addPickListener(e -> {
            if (session.pick(e.scenario())) {
                load();
                clearRun();
            }
        });
        runFields.addSeedListener(e -> session.seed(e.seed()));
        runFields.addHorizonListener(e -> session.years(e.years()));
        params.addChangeListener(e -> session.overrides(e.overrides()));
        controls.addRunListener(e -> run(false));
        controls.addPauseListener(e -> {
            session.togglePause();
            controls.show(session.report());
        });
        controls.addStepListener(e -> run(true));
        controls.addResetListener(e -> {
            session.reset();
            clearRun();
        });
        controls.addSpeedListener(e -> session.speed(e.monthsPerSecond()));
        map.addInspectListener(e -> new InspectorDialog(e.state(), session.inspect(e.state()), params).open());
        pairs.addPairsListener(e -> {
            session.pairs(e.pairs());
            session.request().ifPresent(r -> session.shown()
                .ifPresent(shown -> show(Frame.of(shown, session.finished(), charts, e.pairs(), r))));
        });
    }

    /** Shows the session's settings in the fields without firing their events. */
    private void load() {
        RunSettings s = session.settings();
        Scenario sc = session.scenario();
        scenarios.show(sc);
        params.load(sc.parameters(), s.overrides());
        runFields.show(s.seed(), s.years());
        controls.showSpeed(s.speed());
        pairs.show(s.pairs());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var query = event.getLocation().getQueryParameters().getParameters();
        if (query.isEmpty()) {
            return;
        }
        List<String> ignored = session.applyLink(LinkQuery.ordered(query, VaadinRequest.getCurrent()));
        load();
        if (!ignored.isEmpty()) {
            Notices.show("Some of the link was ignored: " + LinkQuery.capped(ignored), NotificationVariant.WARNING,
                Notification.Position.TOP_CENTER, "link-warning");
        }
    }

    /** Run (a new run) or Step (the current run, or a new paused one); the address bar then reopens it. */
    private void run(boolean step) {
        if (step && session.hasRunToStep() || !refused()) {
            UI ui = UI.getCurrent();
            Function<RunRequest, RunListener> listener = r -> {
                // a new run of a scenario whose timeline goes past the horizon: say which events it leaves out
                r.notReachedNotice().ifPresent(text -> Notices.show(text, NotificationVariant.WARNING,
                    Notification.Position.TOP_CENTER, "events-not-reached"));
                return listener(ui, r);
            };
            if (step) {
                session.step(listener);
            } else {
                session.start(false, listener);
            }
            controls.show(session.report());
            String link = QueryParameters.simple(session.shareQuery()).getQueryString();
            ui.getPage().getHistory().replaceState(null, "?" + link);
        }
    }

    /** True, with the reasons on the page, when some field holds a value a run cannot use. */
    private boolean refused() {
        List<String> problems = new ArrayList<>(params.problems());
        problems.addAll(runFields.problems());
        if (problems.isEmpty()) {
            return false;
        }
        session.refused(problems.size());
        controls.show(session.report());
        Notices.show("Not run: fix " + problems.size() + " field(s) first: " + String.join("; ", problems),
            NotificationVariant.ERROR, Notification.Position.MIDDLE, "refused");
        return true;
    }

    /** Hears a run on its thread; builds each frame there and shows it under the UI lock if still current. */
    private RunListener listener(UI ui, RunRequest r) {
        List<String> chosenPairs = session.settings().pairs();
        return RunListener.of((snapshot, finished) -> {
            Frame f = Frame.of(snapshot, finished, charts, chosenPairs, r);
            ui.access(() -> {
                if (session.isCurrent(r)) {
                    show(f);
                }
            });
        }, message -> ui.access(() -> {
            if (session.isCurrent(r)) {
                session.failed(message);
                controls.show(session.report());
                Notices.show(message, NotificationVariant.ERROR, Notification.Position.MIDDLE, "run-failed");
            }
        }));
    }

    private void show(Frame f) {
        session.showing(f.result(), f.finished());
        charts.show(f.charts(), f.svgs());
        map.show(f.map());
        events.setItems(f.result().events());
        headlines.show(f.result());
        controls.show(session.report());
    }

    private void clearRun() {
        charts.clear();
        map.clear();
        events.setItems(List.of());
        headlines.clear();
        controls.show(session.report());
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        session.leave(); // leaving or closing the page stops its run
        super.onDetach(detachEvent);
    }
}
