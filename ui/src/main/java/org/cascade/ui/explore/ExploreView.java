package org.cascade.ui.explore;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.cascade.scenario.Scenario;
import org.cascade.ui.MainLayout;
import org.cascade.ui.i18n.Language;
import org.cascade.ui.i18n.Texts;
import org.cascade.ui.run.RunListener;
import org.cascade.ui.run.RunRequest;
import org.cascade.ui.run.RunSettings;
import org.cascade.ui.run.ScenarioCatalog;
import org.cascade.ui.run.SeatDecision;
import org.cascade.ui.run.SimulationService;

/**
 * Home page: pick a scenario, change parameters, run month by month on a background thread and watch the map,
 * charts, event log and headline figures update through server push. The components fire events; the
 * {@link ExploreSession}, kept in the browser session, holds the settings and the run, so both survive a visit to
 * another view or a reload.
 */
@Route(value = "", layout = MainLayout.class)
public class ExploreView extends Div implements BeforeEnterObserver, HasDynamicTitle {
    private final Texts t;
    private final ExploreSession session;
    private final ScenarioPicker scenarios;
    private final RunFields runFields;
    private final ParameterPanel params;
    private final RunControls controls;
    private final Headlines headlines;
    private final MapPanel map = new MapPanel();
    private final PairPicker pairs;
    private final ChartsPanel charts;
    private final EventLog events;
    private final DecisionPanel decision;
    private final com.vaadin.flow.component.checkbox.Checkbox showDecisions;
    private final Function<RunRequest, RunListener> listenerFor;

    public ExploreView(SimulationService service, ScenarioCatalog catalog) {
        Locale locale = Language.current();
        t = Texts.of(locale);
        session = SessionSettings.session(() -> new ExploreSession(service, catalog, SessionSettings.get(),
            SessionSettings::put));
        session.texts(t);
        scenarios = new ScenarioPicker(catalog.all(), t);
        runFields = new RunFields(t);
        params = new ParameterPanel(locale);
        charts = new ChartsPanel(t);
        controls = new RunControls(t);
        headlines = new Headlines(t);
        pairs = new PairPicker(t);
        events = new EventLog(t);
        decision = new DecisionPanel(t);
        showDecisions = new com.vaadin.flow.component.checkbox.Checkbox(t.get("charts.showDecisions"), true);
        showDecisions.setId("show-decisions");
        showDecisions.addClassName("show-decisions");
        Div side = new Div(new H2(t.get("explore.scenario")), scenarios, runFields, new H3(t.get("explore.parameters")),
            params);
        side.addClassName("side");
        Div main = new Div(controls, decision.hint(), decision, headlines,
            new Downloads(session::shown, catalog::find, session::provenanceNote, t), new H3(t.get("explore.map")),
            map, new H3(t.get("explore.charts")), pairs, showDecisions, charts, new H3(t.get("explore.events")), events);
        main.addClassName("main");
        // text alternatives for the drawn parts: each is a named region (the SVGs inside carry their own titles)
        map.getElement().setAttribute("role", "region");
        map.getElement().setAttribute("aria-label", t.get("a11y.map"));
        charts.getElement().setAttribute("role", "region");
        charts.getElement().setAttribute("aria-label", t.get("a11y.charts"));
        setId("explore");
        addClassName("explore");
        add(side, main);
        UI ui = UI.getCurrent();
        listenerFor = r -> listener(ui, r);
        listen();
        load();
    }

    @Override
    public String getPageTitle() {
        return t.get("explore.title");
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
        params.addChangeListener(e -> {
            session.overrides(e.overrides());
            showSeatHint();
        });
        params.addKeepListener(e -> session.keep(e.parameter(), e.keep()));
        controls.addRunListener(e -> {
            if (session.pausedPartWay()) {
                askRestartOrResume();
            } else {
                run(false);
            }
        });
        controls.addPauseListener(e -> {
            session.togglePause();
            report();
        });
        controls.addStepListener(e -> run(true));
        controls.addResetListener(e -> {
            session.reset();
            clearRun();
        });
        controls.addSpeedListener(e -> session.speed(e.monthsPerSecond()));
        decision.addChooseListener(e -> {
            session.answer(e.decision(), e.option());
            report();
        });
        map.addInspectListener(e -> new InspectorDialog(e.state(), session.inspect(e.state()), params, t).open());
        pairs.addPairsListener(e -> {
            session.pairs(e.pairs());
            redraw();
        });
        showDecisions.addValueChangeListener(e -> {
            charts.showDecisions(Boolean.TRUE.equals(e.getValue()));
            redraw();
        });
    }

    /** Draws the result on show again (after a change of what the charts show). */
    private void redraw() {
        session.request().ifPresent(r -> session.shown()
            .ifPresent(shown -> show(Frame.of(shown, session.finished(), charts, session.settings().pairs(), r))));
    }

    /** Run pressed while a run is paused part-way: the person may mean Resume, so ask. */
    private void askRestartOrResume() {
        Dialog d = new Dialog();
        d.setId("restart-dialog");
        d.setHeaderTitle(t.get("explore.restart.title"));
        d.add(new Paragraph(t.get("explore.restart.text", session.progress().date())));
        Button restart = new Button(t.get("explore.restart.restart"), e -> {
            d.close();
            run(false);
        });
        restart.setId("restart-run");
        restart.addThemeVariants(ButtonVariant.PRIMARY);
        Button resume = new Button(t.get("explore.restart.resume"), e -> {
            d.close();
            session.togglePause();
            report();
        });
        resume.setId("resume-run");
        Button cancel = new Button(t.get("explore.restart.cancel"), e -> d.close());
        cancel.setId("cancel-run-dialog");
        d.getFooter().add(cancel, resume, restart);
        d.open();
    }

    /** Shows the session's settings in the fields without firing their events. */
    private void load() {
        RunSettings s = session.settings();
        Scenario sc = session.scenario();
        scenarios.show(sc);
        params.load(sc, s.overrides(), s.kept());
        runFields.show(s.seed(), s.years());
        controls.showSpeed(s.speed());
        pairs.show(s.pairs());
        showSeatHint();
    }

    private void showSeatHint() {
        decision.showHint(RunRequest.humanStates(session.scenarioToRun(), session.settings().overrides()),
            session.settings().decisionSeconds());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var query = event.getLocation().getQueryParameters().getParameters();
        if (query.isEmpty()) {
            return;
        }
        List<String> ignored = session.applyLink(LinkQuery.ordered(query, VaadinRequest.getCurrent()));
        String lang = session.settings().language();
        if (!lang.isEmpty() && !lang.equals(t.locale().getLanguage())) {
            // the link asks for another language: the page is built in it on reload (the link stays as it is)
            Language.choose(Locale.forLanguageTag(lang));
            UI.getCurrent().getPage().reload();
            return;
        }
        load();
        if (!ignored.isEmpty()) {
            String shown = String.join("; ", ignored.subList(0, Math.min(LinkQuery.SHOWN, ignored.size())));
            if (ignored.size() > LinkQuery.SHOWN) {
                shown += "; " + t.get("explore.andMore", Integer.toString(ignored.size() - LinkQuery.SHOWN));
            }
            Notices.show(t.get("explore.linkIgnored", shown), NotificationVariant.WARNING,
                Notification.Position.TOP_CENTER, "link-warning");
        }
    }

    /** Run (a new run) or Step (the current run, or a new paused one); the address bar then reopens it. */
    private void run(boolean step) {
        if (step && session.hasRunToStep() || !refused()) {
            UI ui = UI.getCurrent();
            Function<RunRequest, RunListener> first = r -> {
                // a new run of a scenario whose timeline goes past the horizon: say which events it leaves out
                r.notReachedNotice().ifPresent(text -> Notices.show(notReached(r), NotificationVariant.WARNING,
                    Notification.Position.TOP_CENTER, "events-not-reached"));
                return listenerFor.apply(r);
            };
            if (step) {
                session.step(first);
            } else {
                session.start(false, first);
            }
            session.attach(listenerFor);
            report();
            Map<String, String> q = session.shareQuery();
            q.put("lang", t.locale().getLanguage());
            ui.getPage().getHistory().replaceState(null, "?" + QueryParameters.simple(q).getQueryString());
        }
    }

    private String notReached(RunRequest r) {
        var left = r.scenario().eventsNotReached(r.years());
        return t.plural("explore.eventsNotReached", left.size(), Integer.toString(r.years()), String.join("; ",
            left.stream().map(e -> e.date() + " " + e.type().id() + (e.target().isEmpty() ? "" : " " + e.target()))
                .toList()));
    }

    /** True, with the reasons on the page, when some field holds a value a run cannot use. */
    private boolean refused() {
        List<String> problems = new ArrayList<>(params.problems());
        problems.addAll(runFields.problems());
        if (problems.isEmpty()) {
            return false;
        }
        session.refused(problems.size());
        report();
        Notices.show(t.plural("explore.notRun", problems.size(), String.join("; ", problems)),
            NotificationVariant.ERROR, Notification.Position.MIDDLE, "refused");
        return true;
    }

    /**
     * Hears a run on its thread; builds each frame there and shows it under the UI lock if still current. A decision
     * of a human lever is shown in the page's decision panel; the run's thread waits for it without any page lock.
     */
    private RunListener listener(UI ui, RunRequest r) {
        return new RunListener() {
            @Override
            public void progress(org.cascade.results.RunResult snapshot, boolean finished) {
                Frame f = Frame.of(snapshot, finished, charts, session.settings().pairs(), r);
                ui.access(() -> {
                    if (session.isCurrent(r)) {
                        show(f);
                    }
                });
            }

            @Override
            public void failed(String message) {
                ui.access(() -> {
                    if (session.isCurrent(r)) {
                        session.failed(message);
                        report();
                        Notices.show(message, NotificationVariant.ERROR, Notification.Position.MIDDLE, "run-failed");
                    }
                });
            }

            @Override
            public boolean decisionDue(SeatDecision d) {
                ui.access(() -> {
                    if (session.isCurrent(r)) {
                        decision.show(d);
                        report();
                    }
                });
                return true;
            }

            @Override
            public void decisionTick(SeatDecision d, long secondsLeft) {
                ui.access(() -> {
                    if (session.isCurrent(r)) {
                        decision.tick(d, secondsLeft);
                    }
                });
            }

            @Override
            public void decisionClosed(SeatDecision d, int chosen, SeatDecision.Outcome outcome) {
                ui.access(() -> {
                    if (session.isCurrent(r)) { // a reset or a new run has cleared the panel already
                        decision.closed(d, chosen, outcome);
                        events.show(session.shown().map(x -> x.events()).orElse(List.of()), session.seatLog());
                        report();
                    }
                });
            }
        };
    }

    private void show(Frame f) {
        session.showing(f.result(), f.finished());
        charts.show(f.charts(), f.svgs());
        map.show(f.map());
        events.show(f.result().events(), session.seatLog());
        headlines.show(f.result());
        report();
    }

    private void report() {
        controls.show(session.report(), session.progress());
    }

    private void clearRun() {
        decision.clear();
        charts.clear();
        map.clear();
        events.setItems(List.of());
        headlines.clear();
        report();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        // the run kept in the session (finished, paused or still running) is shown again and reports here
        session.attach(listenerFor).ifPresent(latest -> session.runRequest()
            .ifPresent(r -> show(Frame.of(latest, session.finished(), charts, session.settings().pairs(), r))));
        session.waitingDecision().ifPresent(decision::show); // a decision still waiting when this page opened
        report();
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        session.leave(listenerFor); // the run goes on; the next page to attach shows it
        super.onDetach(detachEvent);
    }
}
