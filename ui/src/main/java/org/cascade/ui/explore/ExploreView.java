package org.cascade.ui.explore;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.cascade.params.ParameterException;
import org.cascade.params.ParameterSet;
import org.cascade.region.Pair;
import org.cascade.region.StateCode;
import org.cascade.results.LoggedEvent;
import org.cascade.results.Metrics;
import org.cascade.results.RunResult;
import org.cascade.scenario.Scenario;
import org.cascade.ui.MainLayout;
import org.cascade.ui.charts.ChartCard;
import org.cascade.ui.map.MapRenderer;
import org.cascade.ui.run.RunExports;
import org.cascade.ui.run.RunHandle;
import org.cascade.ui.run.RunListener;
import org.cascade.ui.run.RunRequest;
import org.cascade.ui.run.RunSettings;
import org.cascade.ui.run.ScenarioCatalog;
import org.cascade.ui.run.ShareLink;
import org.cascade.ui.run.SimulationService;
import org.jfree.chart.JFreeChart;

/**
 * Home page: pick a scenario, change parameters, run month by month on a background thread and watch the map,
 * charts, event log and headline figures update through server push.
 */
@Route(value = "", layout = MainLayout.class)
@PageTitle("CASCADE explorer")
public class ExploreView extends Div implements BeforeEnterObserver {
    static final List<Integer> SPEEDS = List.of(RunSettings.FULL_SPEED, 1, 3, 6, 12, 24, 60);

    private final SimulationService service;
    private final ScenarioCatalog catalog;
    private RunSettings settings;

    private final Select<Scenario> scenarioPicker = new Select<>();
    private final Paragraph scenarioDescription = new Paragraph();
    private final Paragraph scenarioLookFor = new Paragraph();
    private final ParameterPanel params = new ParameterPanel();
    private final IntegerField seedField = new IntegerField("Seed");
    private final IntegerField yearsField = new IntegerField("Horizon (years)");
    private final Select<Integer> speedPicker = new Select<>();
    private final Button runButton = new Button("Run");
    private final Button pauseButton = new Button("Pause");
    private final Button stepButton = new Button("Step");
    private final Button resetButton = new Button("Reset");
    private final Span status = new Span("Ready.");
    private final Div headlines = new Div();
    private final Div map = new Div();
    private final Div mapBox = new Div();
    private final Select<StateCode> inspectPicker = new Select<>();
    private final MultiSelectComboBox<String> pairPicker = new MultiSelectComboBox<>("Pairs in the trade chart");
    private final ChartsPanel charts = new ChartsPanel();
    private final Grid<LoggedEvent> eventGrid = new Grid<>();
    private final Div downloads = new Div();

    private RunHandle handle;
    private boolean loadingSettings;
    private volatile RunResult shown;
    private volatile long lastRenderNanos;
    private String mapMarkup = MapRenderer.render(null, 0);

    public ExploreView(SimulationService service, ScenarioCatalog catalog) {
        this.service = service;
        this.catalog = catalog;
        this.settings = SessionSettings.get();
        setId("explore");
        addClassName("explore");
        add(sidePanel(), mainPanel());
        loadSettings();
    }

    // --- layout builders ---------------------------------------------------------------------------------------

    private Div sidePanel() {
        scenarioPicker.setLabel("Scenario");
        scenarioPicker.setId("scenario");
        scenarioPicker.setItems(catalog.all());
        scenarioPicker.setItemLabelGenerator(Scenario::title);
        scenarioPicker.setWidthFull();
        scenarioPicker.addValueChangeListener(e -> {
            if (!loadingSettings && e.getValue() != null && !e.getValue().id().equals(settings.scenarioId())) {
                settings.scenarioId(e.getValue().id());
                settings.overrides(ParameterSet.defaults());
                settings.years(e.getValue().years());
                loadSettings();
                resetRun();
            }
        });
        scenarioDescription.addClassName("scenario-description");
        scenarioLookFor.addClassName("scenario-lookfor");
        scenarioLookFor.setId("scenario-lookfor");

        seedField.setId("seed");
        seedField.setMin(0);
        seedField.setMax(Integer.MAX_VALUE);
        seedField.setStepButtonsVisible(true);
        seedField.setHelperText("any whole number from 0");
        seedField.setManualValidation(true);
        seedField.addValueChangeListener(e -> checkInt(seedField, 0, Integer.MAX_VALUE, "Seed"));
        yearsField.setId("years");
        yearsField.setMin(Scenario.MIN_YEARS);
        yearsField.setMax(Scenario.MAX_YEARS);
        yearsField.setStepButtonsVisible(true);
        yearsField.setHelperText("allowed [1, 50]");
        yearsField.setManualValidation(true);
        yearsField.addValueChangeListener(e -> checkInt(yearsField, Scenario.MIN_YEARS, Scenario.MAX_YEARS, "Horizon"));
        Div runFields = new Div(seedField, yearsField);
        runFields.addClassName("run-fields");

        params.onChange(this::rememberSettings);
        Div side = new Div(new H2("Scenario"), scenarioPicker, scenarioDescription, scenarioLookFor, runFields,
            new H3("Parameters"), params);
        side.addClassName("side");
        return side;
    }

    private Div mainPanel() {
        runButton.setId("run");
        runButton.addThemeVariants(ButtonVariant.PRIMARY);
        runButton.addClickListener(e -> run(false));
        pauseButton.setId("pause");
        pauseButton.setEnabled(false);
        pauseButton.addClickListener(e -> togglePause());
        stepButton.setId("step");
        stepButton.addClickListener(e -> stepOnce());
        resetButton.setId("reset");
        resetButton.addClickListener(e -> resetRun());
        speedPicker.setId("speed");
        speedPicker.setLabel("Speed");
        speedPicker.setItems(SPEEDS);
        speedPicker.setItemLabelGenerator(s -> s == RunSettings.FULL_SPEED ? "full speed" : s + " months/s");
        speedPicker.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                settings.speed(e.getValue());
                if (handle != null) {
                    handle.speed(e.getValue());
                }
            }
        });
        status.setId("status");
        Div controls = new Div(runButton, pauseButton, stepButton, resetButton, speedPicker, status);
        controls.addClassName("controls");

        headlines.setId("headlines");
        headlines.addClassName("headlines");

        mapBox.setId("map");
        mapBox.addClassName("map-box");
        map.getElement().setProperty("innerHTML", mapMarkup);
        mapBox.add(map);
        mapBox.getElement().addEventListener("click", e -> {
            String code = e.getEventData().has(STATE_EXPR) && !e.getEventData().get(STATE_EXPR).isNull() ? e.getEventData().get(STATE_EXPR).asString() : null;
            if (code != null && !code.isEmpty()) {
                try {
                    openInspector(StateCode.valueOf(code));
                } catch (IllegalArgumentException ignored) {
                    // not a state
                }
            }
        }).addEventData(STATE_EXPR);
        inspectPicker.setId("inspect");
        inspectPicker.setLabel("Inspect a state");
        inspectPicker.setItems(StateCode.values());
        inspectPicker.setItemLabelGenerator(s -> s.displayName() + " (" + s + ")");
        inspectPicker.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                openInspector(e.getValue());
                inspectPicker.clear();
            }
        });

        pairPicker.setId("pairs");
        pairPicker.setItems(Pair.names());
        pairPicker.setWidth("420px");
        pairPicker.addValueChangeListener(e -> {
            if (!loadingSettings) {
                settings.pairs(new ArrayList<>(e.getValue()));
                redrawFromShown();
            }
        });

        eventGrid.setId("events");
        eventGrid.addColumn(ev -> ev.date().toString()).setHeader("Date").setWidth("105px").setFlexGrow(0);
        eventGrid.addColumn(LoggedEvent::kind).setHeader("Kind").setWidth("160px").setFlexGrow(0);
        eventGrid.addColumn(LoggedEvent::message).setHeader("What happened").setFlexGrow(1);
        eventGrid.addColumn(ev -> ev.scheduled() ? "scenario" : "model").setHeader("Cause").setWidth("100px")
            .setFlexGrow(0);
        eventGrid.setHeight("280px");

        downloads.setId("downloads");
        downloads.addClassName("downloads");
        Anchor csv = new Anchor(DownloadHandler.fromInputStream(e -> csvDownload()), "Run as tidy CSV");
        csv.setId("download-csv");
        csv.getElement().setAttribute("download", true);
        Anchor json = new Anchor(DownloadHandler.fromInputStream(e -> jsonDownload()), "Provenance JSON");
        json.setId("download-json");
        json.getElement().setAttribute("download", true);
        downloads.add(new Span("Download: "), csv, new Span(" · "), json);

        Div mapTools = new Div(inspectPicker);
        mapTools.addClassName("map-tools");
        Div main = new Div(controls, headlines, downloads, new H3("Map"), mapBox, mapTools, new H3("Charts"), pairPicker,
            charts, new H3("Event log"), eventGrid);
        main.addClassName("main");
        return main;
    }

    private static final String STATE_EXPR = "event.target.getAttribute('data-state')";

    // --- settings ----------------------------------------------------------------------------------------------

    private void loadSettings() {
        loadingSettings = true;
        try {
            loadSettingsNow();
        } finally {
            loadingSettings = false;
        }
    }

    private void loadSettingsNow() {
        Scenario sc = catalog.orFirst(settings.scenarioId());
        settings.scenarioId(sc.id());
        scenarioPicker.setValue(sc);
        scenarioDescription.setText(sc.description().isBlank() ? "" : sc.description());
        scenarioLookFor.setText(sc.lookFor().isBlank() ? "" : "What to look for: " + sc.lookFor());
        params.load(sc.parameters(), settings.overrides());
        seedField.setValue((int) Math.min(Integer.MAX_VALUE, settings.seed()));
        yearsField.setValue(settings.years());
        speedPicker.setValue(settings.speed());
        pairPicker.setValue(new LinkedHashSet<>(settings.pairs()));
    }

    private void rememberSettings() {
        if (params.problems().isEmpty()) {
            try {
                settings.overrides(params.overrides());
            } catch (ParameterException ignored) {
                // the field already shows why
            }
        }
        if (seedField.getValue() != null && !seedField.isInvalid()) {
            settings.seed(seedField.getValue());
        }
        if (yearsField.getValue() != null && !yearsField.isInvalid()) {
            settings.years(yearsField.getValue());
        }
        SessionSettings.put(settings);
    }

    private boolean checkInt(IntegerField f, int min, int max, String what) {
        Integer v = f.getValue();
        String problem = v == null ? what + " needs a whole number in [" + min + ", " + max + "]"
            : v < min || v > max ? what + " " + v + " is out of range; allowed [" + min + ", " + max + "]" : "";
        f.setInvalid(!problem.isEmpty());
        f.setErrorMessage(problem.isEmpty() ? null : problem);
        if (problem.isEmpty()) {
            rememberSettings();
        }
        return problem.isEmpty();
    }

    /** Sentences for every refused input on the page. */
    List<String> problems() {
        List<String> out = new ArrayList<>(params.problems());
        if (!checkInt(seedField, 0, Integer.MAX_VALUE, "Seed")) {
            out.add(seedField.getErrorMessage());
        }
        if (!checkInt(yearsField, Scenario.MIN_YEARS, Scenario.MAX_YEARS, "Horizon")) {
            out.add(yearsField.getErrorMessage());
        }
        return out;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> q = event.getLocation().getQueryParameters().getParameters();
        if (q.isEmpty()) {
            return;
        }
        Map<String, String> first = new LinkedHashMap<>();
        q.forEach((k, v) -> first.put(k, v.isEmpty() ? "" : v.get(0)));
        ShareLink.Parsed parsed = ShareLink.parse(first, settings, catalog::exists);
        settings = parsed.settings();
        SessionSettings.put(settings);
        loadSettings();
        if (!parsed.ignored().isEmpty()) {
            Notification n = Notification.show("Some of the link was ignored: " + String.join("; ", parsed.ignored()),
                10_000, Notification.Position.TOP_CENTER);
            n.addThemeVariants(NotificationVariant.WARNING);
            n.setId("link-warning");
        }
    }

    // --- running -----------------------------------------------------------------------------------------------

    private Optional<RunRequest> request() {
        List<String> problems = problems();
        if (!problems.isEmpty()) {
            Notification n = Notification.show("Not run: fix " + problems.size() + " field(s) first: "
                + String.join("; ", problems), 8000, Notification.Position.MIDDLE);
            n.addThemeVariants(NotificationVariant.ERROR);
            n.setId("refused");
            status.setText("Refused: " + problems.size() + " invalid field(s).");
            return Optional.empty();
        }
        rememberSettings();
        Scenario sc = catalog.orFirst(settings.scenarioId());
        return Optional.of(new RunRequest(sc, settings.overrides(), settings.seed(), settings.years(), settings.speed()));
    }

    void run(boolean paused) {
        Optional<RunRequest> req = request();
        if (req.isEmpty()) {
            return;
        }
        stop();
        UI ui = UI.getCurrent();
        RunRequest r = req.get();
        r.notReachedNotice().ifPresent(text -> Notification.show(text, 10_000, Notification.Position.TOP_CENTER)
            .setId("events-not-reached"));
        List<String> pairs = settings.pairs();
        handle = service.submit(r, listener(ui, r, pairs), paused);
        status.setText(paused ? "Paused at the start." : "Running…");
        pauseButton.setEnabled(true);
        pauseButton.setText(paused ? "Resume" : "Pause");
        updateAddress(ui);
    }

    private RunListener listener(UI ui, RunRequest r, List<String> pairs) {
        return new RunListener() {
            @Override
            public void progress(RunResult snapshot, boolean finished) {
                Frame f = frame(snapshot, finished, pairs, r);
                ui.access(() -> {
                    if (handle == null || handle.request() != r) {
                        return; // a newer run or a reset replaced this one
                    }
                    apply(f);
                });
            }

            @Override
            public void failed(String message) {
                ui.access(() -> {
                    status.setText(message);
                    pauseButton.setEnabled(false);
                    Notification n = Notification.show(message, 8000, Notification.Position.MIDDLE);
                    n.addThemeVariants(NotificationVariant.ERROR);
                });
            }
        };
    }

    Frame frame(RunResult snapshot, boolean finished, List<String> pairs, RunRequest r) {
        long t0 = System.nanoTime();
        List<JFreeChart> built = charts.build(snapshot, pairs, r.scenario().events());
        List<String> svgs = charts.render(built);
        String mapSvg = MapRenderer.render(snapshot, snapshot.lastStep());
        return new Frame(snapshot, finished, built, svgs, mapSvg, System.nanoTime() - t0);
    }

    private void apply(Frame f) {
        shown = f.result();
        lastRenderNanos = f.renderNanos();
        charts.show(f.charts(), f.svgs());
        map.getElement().setProperty("innerHTML", f.map());
        mapMarkup = f.map();
        eventGrid.setItems(f.result().events());
        headlines.removeAll();
        headlines.add(headline("Regional trade", f.result(), Metrics.REGIONAL_TRADE, Metrics.REGION, 1e9, "bn USD/yr"),
            headline("Middle Corridor", f.result(), Metrics.MIDDLE_CORRIDOR, Metrics.TITR, 1, "Mt/yr"),
            headline("Cooperation index", f.result(), Metrics.COOPERATION_INDEX, Metrics.REGION, 1, ""));
        RunResult r = f.result();
        status.setText((f.finished() ? "Finished: " : handle != null && handle.paused() ? "Paused at " : "At ")
            + r.date(r.lastStep()) + " (month " + r.lastStep() + " of " + r.years() * 12 + ")");
        if (f.finished()) {
            pauseButton.setEnabled(false);
            pauseButton.setText("Pause");
        }
    }

    private static Div headline(String label, RunResult r, String metric, String subject, double div, String unit) {
        Div d = new Div();
        d.addClassName("headline");
        d.add(new Span(label));
        if (!r.has(metric, subject)) {
            d.add(new Span("not recorded"));
            return d;
        }
        double start = r.value(0, metric, subject) / div;
        double end = r.last(metric, subject) / div;
        String change = start != 0 ? String.format(Locale.ROOT, " (%+.1f%%)", (end / start - 1) * 100) : "";
        Span big = new Span(String.format(Locale.ROOT, "%.2f %s", end, unit));
        big.addClassName("headline-value");
        d.add(big, new Span(String.format(Locale.ROOT, "from %.2f in %s%s", start, r.date(0), change)));
        return d;
    }

    private void redrawFromShown() {
        RunResult r = shown;
        if (r != null && handle != null) {
            apply(frame(r, handle.finished(), settings.pairs(), handle.request()));
        }
    }

    private void togglePause() {
        if (handle == null) {
            return;
        }
        if (handle.paused()) {
            handle.resume();
            pauseButton.setText("Pause");
            status.setText("Running…");
        } else {
            handle.pause();
            pauseButton.setText("Resume");
        }
    }

    private void stepOnce() {
        if (handle == null || handle.finished() || handle.cancelled()) {
            run(true);
        }
        if (handle != null) {
            handle.stepOnce();
            pauseButton.setText("Resume");
        }
    }

    private void stop() {
        if (handle != null) {
            handle.cancel();
            handle = null;
        }
    }

    void resetRun() {
        stop();
        shown = null;
        charts.clear();
        mapMarkup = MapRenderer.render(null, 0);
        map.getElement().setProperty("innerHTML", mapMarkup);
        eventGrid.setItems(List.of());
        headlines.removeAll();
        pauseButton.setEnabled(false);
        pauseButton.setText("Pause");
        status.setText("Ready.");
    }

    private void openInspector(StateCode s) {
        new InspectorDialog(s, handle == null ? List.of() : handle.inspect(s), params).open();
    }

    private void updateAddress(UI ui) {
        Map<String, String> q = ShareLink.toQuery(settings);
        ui.getPage().getHistory().replaceState(null, "?" + QueryParameters.simple(q).getQueryString());
    }

    // --- downloads ---------------------------------------------------------------------------------------------

    private DownloadResponse csvDownload() {
        RunResult r = shown;
        if (r == null) {
            return DownloadResponse.error(404, "no run yet");
        }
        StringWriter w = new StringWriter();
        RunExports.tidyCsv(r, w);
        byte[] b = w.toString().getBytes(StandardCharsets.UTF_8);
        return new DownloadResponse(new ByteArrayInputStream(b), "cascade-" + r.scenarioId() + "-seed" + r.seed()
            + ".csv", "text/csv", b.length);
    }

    private DownloadResponse jsonDownload() {
        RunResult r = shown;
        if (r == null) {
            return DownloadResponse.error(404, "no run yet");
        }
        StringWriter w = new StringWriter();
        RunExports.provenanceJson(r, catalog.find(r.scenarioId()).orElse(null), w);
        byte[] b = w.toString().getBytes(StandardCharsets.UTF_8);
        return new DownloadResponse(new ByteArrayInputStream(b), "cascade-" + r.scenarioId() + "-seed" + r.seed()
            + ".provenance.json", "application/json", b.length);
    }

    // --- life cycle --------------------------------------------------------------------------------------------

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        stop(); // leaving or closing the page stops its run
        super.onDetach(detachEvent);
    }

    // --- for tests ---------------------------------------------------------------------------------------------

    RunHandle handle() {
        return handle;
    }

    RunResult shown() {
        return shown;
    }

    long lastRenderNanos() {
        return lastRenderNanos;
    }

    ChartsPanel charts() {
        return charts;
    }

    String mapSvg() {
        return mapMarkup;
    }

    List<ChartCard> chartCards() {
        return charts.cards();
    }
}
