package org.cascade.ui.experiments;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.cascade.experiment.ExperimentLoader;
import org.cascade.experiment.ExperimentSpec;
import org.cascade.region.Calendar;
import org.cascade.scenario.Scenario;
import org.cascade.ui.i18n.Language;
import org.cascade.ui.i18n.Texts;
import org.cascade.ui.run.ScenarioCatalog;

/**
 * What the sweep and sensitivity forms share: the scenario, replicates, seed, years, what replicates vary, horizons
 * and outcomes; the planned run count against this server's limit, kept current as fields change; and Show, Export
 * YAML and Run. Each form writes the experiment description the command line takes (the format of
 * scenarios/experiments/), so a study started here repeats with {@code cascade sweep|sensitivity FILE}.
 */
@StyleSheet("styles/studies.css")
abstract class StudyForm extends Div {
    final ExperimentService service;
    final ScenarioCatalog catalog;
    final Texts t;
    final String prefix;
    final TextField title = new TextField();
    final Select<String> scenario = new Select<>();
    final IntegerField replicates = new IntegerField();
    final IntegerField seed = new IntegerField();
    final IntegerField years = new IntegerField();
    final Select<String> uncertainty = new Select<>();
    final TextField horizons = new TextField();
    final CheckboxGroup<String> outcomes = new CheckboxGroup<>();
    final Paragraph runs = new Paragraph();
    final Paragraph error = new Paragraph();
    final TextArea description = new TextArea();
    final Button run = new Button();
    final Anchor export;
    private final Div design = new Div();

    StudyForm(String prefix, ExperimentService service, ScenarioCatalog catalog, String defaultTitle, int defaultReplicates) {
        this.service = service;
        this.catalog = catalog;
        this.prefix = prefix;
        this.t = Texts.of(Language.current());
        addClassName("study-form");
        addClassName(prefix + "-view");
        title.setLabel(t.get("study.title"));
        title.setValue(defaultTitle);
        scenario.setLabel(t.get("study.scenario"));
        scenario.setItems(catalog.all().stream().map(Scenario::id).toList());
        scenario.setValue(catalog.orFirst("baseline").id());
        whole(replicates, "study.replicates", 1, ExperimentSpec.MAX_REPLICATES, defaultReplicates);
        whole(seed, "study.seed", 0, Integer.MAX_VALUE, 1);
        whole(years, "study.years", Scenario.MIN_YEARS, Scenario.MAX_YEARS, 20);
        uncertainty.setLabel(t.get("study.uncertainty"));
        uncertainty.setItems("shocks", "parameters", "both");
        uncertainty.setItemLabelGenerator(u -> t.get("study.uncertainty." + u));
        uncertainty.setValue("shocks");
        horizons.setLabel(t.get("study.horizons"));
        horizons.setValue("2030, 2044");
        outcomes.setLabel(t.get("study.outcomes"));
        outcomes.setItems(ExperimentLoader.DEFAULT_METRICS);
        outcomes.setValue(Set.of("regional_trade_usd"));
        description.setLabel(t.get("study.description"));
        description.setReadOnly(true);
        description.setWidthFull();
        description.setVisible(false);
        error.addClassName("error-text");
        run.setText(t.get("study.run"));
        run.addClickListener(e -> start());
        run.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_PRIMARY);
        Button show = new Button(t.get("study.show"), e -> describe());
        export = new Anchor(DownloadHandler.fromInputStream(e -> exported()), t.get("study.export"));
        export.getElement().setAttribute("download", true);
        export.addClassName("study-export");
        String[] ids = {"title", "scenario", "replicates", "seed", "years", "uncertainty", "horizons", "outcomes",
            "runs", "error", "description", "run", "show", "export"};
        com.vaadin.flow.component.Component[] named = {title, scenario, replicates, seed, years, uncertainty, horizons,
            outcomes, runs, error, description, run, show, export};
        for (int i = 0; i < ids.length; i++) {
            named[i].setId(prefix + "-" + ids[i]);
        }
        Div settings = new Div(title, scenario, replicates, seed, years, uncertainty, horizons);
        settings.addClassName("study-settings");
        design.addClassName("study-design");
        Div actions = new Div(show, export, run);
        actions.addClassName("study-actions");
        add(new H2(t.get(prefix + ".heading")), new Paragraph(t.get(prefix + ".intro", service.runLimit())), settings,
            design, outcomes, runs, actions, error, description);
        for (HasValue<?, ?> f : List.<HasValue<?, ?>>of(scenario, replicates, seed, years, uncertainty, horizons,
            outcomes)) {
            f.addValueChangeListener(e -> refresh());
        }
    }

    /** The form's own fields go between the settings and the outcomes. */
    void addDesign(com.vaadin.flow.component.Component... fields) {
        design.add(fields);
    }

    /** Keeps the run count and the message current when a field of the subclass changes. */
    void watch(HasValue<?, ?>... fields) {
        for (HasValue<?, ?> f : fields) {
            f.addValueChangeListener(e -> refresh());
        }
    }

    void whole(IntegerField f, String key, int min, int max, Integer value) {
        f.setLabel(t.get(key));
        f.setMin(min);
        f.setMax(max);
        f.setStepButtonsVisible(false);
        f.setValue(value);
    }

    /** "sweep" or "sensitivity". */
    abstract String kind();

    /** Design points, or an {@link IllegalArgumentException} naming the field to fix. */
    abstract long points();

    /** Appends the design block (sweep: or sensitivity:) of the description. */
    abstract void appendDesign(StringBuilder y);

    /** Runs the form asks for, or an {@link IllegalArgumentException} naming the field to fix. */
    long runCount() {
        return points() * required(replicates, "study.replicates");
    }

    /** The experiment description (YAML, the command line's format), or an error naming the field to fix. */
    String yaml() {
        long total = runCount();
        if (total > service.runLimit()) {
            throw new IllegalArgumentException(t.get("study.overLimit", total, service.runLimit()));
        }
        StringBuilder y = new StringBuilder();
        y.append("title: ").append(quote(title.getValue().isBlank() ? t.get(prefix + ".heading") : title.getValue()))
            .append('\n');
        y.append("kind: ").append(kind()).append('\n');
        y.append("replicates: ").append(required(replicates, "study.replicates")).append('\n');
        y.append("master_seed: ").append(required(seed, "study.seed")).append('\n');
        y.append("years: ").append(required(years, "study.years")).append('\n');
        y.append("uncertainty: ").append(uncertainty.getValue()).append('\n');
        y.append("horizons: ").append(horizonYears()).append('\n');
        if (total > ExperimentSpec.DEFAULT_RUN_LIMIT) {
            y.append("run_limit: ").append(total).append('\n');
        }
        y.append("arms:\n  - name: ").append(scenario.getValue()).append("\n    scenario: ").append(scenario.getValue())
            .append('\n');
        appendDesign(y);
        if (outcomes.getValue().isEmpty()) {
            throw new IllegalArgumentException(t.get("study.noOutcome"));
        }
        y.append("outcomes:\n");
        for (String m : ExperimentLoader.DEFAULT_METRICS) {
            if (outcomes.getValue().contains(m)) {
                y.append("  - metric: ").append(m).append('\n');
            }
        }
        return y.toString();
    }

    /** The horizons as a YAML list, checked against the years the runs cover. */
    List<Integer> horizonList() {
        int first = Calendar.dateOf(0).getYear();
        int last = Calendar.dateOf(required(years, "study.years") * 12 - 1).getYear();
        Set<Integer> out = new TreeSet<>();
        for (String part : horizons.getValue().trim().split("[\\s,;]+")) {
            try {
                int year = Integer.parseInt(part);
                if (year < first || year > last || !out.add(year)) {
                    throw new NumberFormatException(part);
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(t.get("study.horizonsBad", Integer.toString(first),
                    Integer.toString(last)));
            }
        }
        return List.copyOf(out);
    }

    private String horizonYears() {
        return horizonList().toString();
    }

    int required(IntegerField f, String key) {
        if (f.getValue() == null || f.isInvalid() || f.getValue() < f.getMin() || f.getValue() > f.getMax()) {
            throw new IllegalArgumentException(t.get("study.needWhole", f.getLabel(), Integer.toString((int) f.getMin()),
                Integer.toString((int) f.getMax())));
        }
        return f.getValue();
    }

    static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** A number as YAML writes it: plain digits, no exponent, no trailing zeros. */
    static String number(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    /** Shows the planned runs, or what to fix first; Run is off while the form cannot run. */
    void refresh() {
        String problem = "";
        try {
            long points = points();
            runs.setText(t.get("study.runs", points, replicates.getValue(), runCount(), service.runLimit()));
        } catch (IllegalArgumentException e) {
            runs.setText(t.get("study.runsUnknown"));
            problem = e.getMessage();
        }
        if (problem.isEmpty()) {
            try {
                yaml();
            } catch (IllegalArgumentException e) {
                problem = e.getMessage();
            }
        }
        error.setText(problem);
        run.setEnabled(problem.isEmpty());
    }

    private void describe() {
        try {
            description.setValue(yaml());
            description.setVisible(true);
            error.setText("");
        } catch (IllegalArgumentException e) {
            error.setText(e.getMessage());
        }
    }

    private DownloadResponse exported() {
        try {
            byte[] b = yaml().getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(b), kind() + ".yaml", "application/yaml", b.length);
        } catch (IllegalArgumentException e) {
            return DownloadResponse.error(400, e.getMessage());
        }
    }

    private void start() {
        try {
            ExperimentRecord r = service.submit(ExperimentsView.sessionId(), yaml(), kind() + ".yaml");
            error.setText("");
            getUI().ifPresent(ui -> ui.navigate("experiments/" + r.id()));
        } catch (IllegalArgumentException e) {
            error.setText(e.getMessage());
        }
    }
}
