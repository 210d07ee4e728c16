package org.cascade.ui.experiments;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import org.cascade.ui.MainLayout;

/**
 * The saved-experiment library: every ensemble, comparison, sweep and sensitivity study with its status, filtered
 * and searched; each opens, re-runs, exports and deletes from its own page. New experiments come from the comparison
 * form or from a description (the YAML the command line takes) pasted here.
 */
@Route(value = "experiments", layout = MainLayout.class)
@com.vaadin.flow.component.dependency.StyleSheet("styles/studies.css")
@PageTitle("CASCADE experiments")
public class ExperimentsView extends Div {
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);
    static final String EXAMPLE = """
        title: Corridor tariff halved against the baseline
        kind: compare
        replicates: 200
        master_seed: 1
        years: 20
        uncertainty: both
        horizons: [2030, 2035, 2044]
        arms:
          - name: baseline
            scenario: baseline
          - name: halved
            scenario: baseline
            set:
              route.middle-corridor.tariff: 80
        outcomes:
          - metric: middle_corridor_mt
          - metric: regional_trade_usd
          - metric: gdp_usd
            subjects: [KZ, AZ]
        """;

    private final ExperimentService service;
    private final Grid<ExperimentRecord> grid = new Grid<>();
    private final TextField search = new TextField();
    private final Select<String> status = new Select<>();
    private final Paragraph error = new Paragraph();
    private final TextArea yaml = new TextArea("Experiment description (YAML, as for the command line)");
    private Consumer<String> listener;

    public ExperimentsView(ExperimentService service) {
        this.service = service;
        addClassName("experiments-view");
        H2 title = new H2("Experiments");
        Paragraph intro = new Paragraph("Policy comparisons, ensembles, sweeps and sensitivity studies over many "
            + "replicate runs, saved with their full provenance. Arms are paired: replicate r of every arm runs with "
            + "the same seed and parameter draws, so differences show the policy, not the noise.");
        Anchor compare = new Anchor("compare", "New comparison of policies");
        compare.setId("new-comparison");
        compare.addClassName("primary-link");
        org.cascade.ui.i18n.Texts t = org.cascade.ui.i18n.Texts.of(org.cascade.ui.i18n.Language.current());
        Anchor sweep = new Anchor("sweep", t.get("experiments.newSweep"));
        sweep.setId("new-sweep");
        sweep.addClassName("primary-link");
        Anchor sensitivity = new Anchor("sensitivity", t.get("experiments.newSensitivity"));
        sensitivity.setId("new-sensitivity");
        sensitivity.addClassName("primary-link");
        Div forms = new Div(compare, sweep, sensitivity);
        forms.addClassName("experiment-forms");

        search.setPlaceholder("Search name, kind or id");
        search.setId("experiment-search");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        status.setLabel("Status");
        status.setItems(statusChoices());
        status.setValue("all");
        status.addValueChangeListener(e -> refresh());
        Div filters = new Div(search, status);
        filters.addClassName("experiment-filters");

        grid.setId("experiment-grid");
        grid.addComponentColumn(r -> {
            Anchor a = new Anchor("experiments/" + r.id(), r.name());
            a.addClassName("experiment-link");
            return a;
        }).setHeader("Experiment").setFlexGrow(3);
        grid.addColumn(ExperimentRecord::kind).setHeader("Kind");
        grid.addColumn(this::statusText).setHeader("Status").setFlexGrow(2);
        grid.addColumn(r -> r.runsTotal()).setHeader("Runs");
        grid.addColumn(r -> TIME.format(r.createdAt()) + " UTC").setHeader("Started");
        grid.setAllRowsVisible(true);

        yaml.setId("experiment-yaml");
        yaml.setValue(EXAMPLE);
        yaml.setWidthFull();
        Button run = new Button("Run this description", e -> submit());
        run.setId("run-yaml");
        error.setId("experiment-error");
        error.addClassName("error-text");
        Div fromYaml = new Div(new H2("From a description"), new Paragraph("Any kind: ensemble, compare, sweep or "
            + "sensitivity (see scenarios/experiments/ in the repository for examples). The server refuses designs of "
            + "more than " + service.runLimit() + " runs; run larger ones with the command line or a cluster."), yaml,
            run, error);
        fromYaml.addClassName("experiment-yaml");
        TextField importDir = new TextField("Directory under " + service.importRoot().toAbsolutePath().normalize());
        importDir.setId("import-dir");
        importDir.setPlaceholder("compare");
        Paragraph importError = new Paragraph();
        importError.setId("import-error");
        importError.addClassName("error-text");
        Button importButton = new Button("Import", e -> {
            try {
                ExperimentRecord r = service.importResult(sessionId(), importDir.getValue());
                getUI().ifPresent(ui -> ui.navigate("experiments/" + r.id()));
            } catch (IllegalArgumentException ex) {
                importError.setText(ex.getMessage());
            }
        });
        importButton.setId("import-run");
        Div fromFiles = new Div(new H2("Import a finished result"), new Paragraph("A result written by the command line "
            + "(--out DIR of ensemble, compare, sweep, sensitivity or merge) or by a Spark cluster (cascade cluster submit)"
            + " joins the library after its files are checked against their checksums."), importDir, importButton,
            importError);
        fromFiles.addClassName("experiment-import");
        add(title, intro, forms, filters, grid, fromYaml, fromFiles);
        refresh();
    }

    static java.util.List<String> statusChoices() {
        java.util.List<String> out = new java.util.ArrayList<>();
        out.add("all");
        for (ExperimentStatus s : ExperimentStatus.values()) {
            out.add(s.name().toLowerCase());
        }
        return out;
    }

    String statusText(ExperimentRecord r) {
        if (r.status() == ExperimentStatus.QUEUED) {
            var pos = service.queuePosition(r.id());
            return pos.isPresent() ? "queued, position " + pos.getAsInt() : "queued";
        }
        if (r.status() == ExperimentStatus.RUNNING) {
            long done = service.runsDone(r.id());
            return "running, " + Math.round(100.0 * done / Math.max(1, r.runsTotal())) + "%";
        }
        return r.status().name().toLowerCase();
    }

    private void submit() {
        try {
            ExperimentRecord r = service.submit(sessionId(), yaml.getValue(), "experiment.yaml");
            error.setText("");
            getUI().ifPresent(ui -> ui.navigate("experiments/" + r.id()));
        } catch (IllegalArgumentException e) {
            error.setText(e.getMessage());
        }
    }

    static String sessionId() {
        VaadinSession s = VaadinSession.getCurrent();
        return s == null || s.getSession() == null ? "unknown" : s.getSession().getId();
    }

    void refresh() {
        String st = status.getValue();
        ExperimentStatus filter = st == null || st.equals("all") ? null : ExperimentStatus.valueOf(st.toUpperCase());
        grid.setItems(service.list(search.getValue(), filter));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        listener = id -> ui.access(this::refresh);
        service.addListener(listener);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        service.removeListener(listener);
    }
}
