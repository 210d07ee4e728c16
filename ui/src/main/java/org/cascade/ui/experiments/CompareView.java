package org.cascade.ui.experiments;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.cascade.experiment.ExperimentLoader;
import org.cascade.params.ParameterRegistry;
import org.cascade.scenario.Scenario;
import org.cascade.ui.MainLayout;
import org.cascade.ui.run.ScenarioCatalog;

/**
 * A paired comparison of two to four policies: each arm a scenario plus changed parameters. The form writes the
 * same experiment description the command line takes (shown, and exportable, before it runs), so that a study
 * started in the browser can be repeated with {@code cascade compare FILE}.
 */
@Route(value = "compare", layout = MainLayout.class)
@PageTitle("CASCADE comparison")
public class CompareView extends Div {
    static final int MIN_ARMS = 2;
    static final int MAX_ARMS = 4;
    private final ExperimentService service;
    private final ScenarioCatalog catalog;
    private final TextField name = new TextField("Title");
    private final IntegerField replicates = new IntegerField("Replicates per arm");
    private final IntegerField seed = new IntegerField("Master seed");
    private final IntegerField years = new IntegerField("Years");
    private final Select<String> uncertainty = new Select<>();
    private final TextField horizons = new TextField("Horizons (years)");
    private final NumberField precision = new NumberField("Wanted precision (95% half-width, share)");
    private final CheckboxGroup<String> outcomes = new CheckboxGroup<>("Outcomes");
    private final Div arms = new Div();
    private final List<ArmFields> armFields = new ArrayList<>();
    private final TextArea description = new TextArea("Experiment description");
    private final Paragraph error = new Paragraph();
    private final Button add = new Button("Add an arm");

    /** One arm's fields. */
    final class ArmFields extends Div {
        final TextField armName = new TextField("Arm name");
        final Select<String> scenario = new Select<>();
        final TextArea changes = new TextArea("Changed parameters (one 'name = value' per line)");

        ArmFields(int index, String scenarioId) {
            addClassName("compare-arm");
            armName.setValue(index == 0 ? "A" : String.valueOf((char) ('A' + index)));
            armName.setId("arm-name-" + index);
            scenario.setLabel("Scenario");
            scenario.setItems(catalog.all().stream().map(Scenario::id).toList());
            scenario.setValue(scenarioId);
            scenario.setId("arm-scenario-" + index);
            changes.setId("arm-changes-" + index);
            changes.setPlaceholder("route.middle-corridor.tariff = 80");
            add(armName, scenario, changes);
        }
    }

    public CompareView(ExperimentService service, ScenarioCatalog catalog) {
        this.service = service;
        this.catalog = catalog;
        addClassName("compare-view");
        name.setId("compare-title");
        name.setValue("Policy comparison");
        replicates.setId("compare-replicates");
        replicates.setValue(200);
        replicates.setMin(2);
        replicates.setMax(100_000);
        seed.setId("compare-seed");
        seed.setValue(1);
        seed.setMin(0);
        years.setId("compare-years");
        years.setValue(20);
        years.setMin(Scenario.MIN_YEARS);
        years.setMax(Scenario.MAX_YEARS);
        uncertainty.setLabel("What replicates vary");
        uncertainty.setItems("both", "shocks", "parameters");
        uncertainty.setValue("both");
        uncertainty.setId("compare-uncertainty");
        horizons.setId("compare-horizons");
        horizons.setValue("2030, 2035, 2044");
        precision.setId("compare-precision");
        precision.setValue(0.1);
        outcomes.setId("compare-outcomes");
        outcomes.setItems(ExperimentLoader.DEFAULT_METRICS);
        outcomes.setValue(new LinkedHashSet<>(ExperimentLoader.DEFAULT_METRICS));
        arms.setId("compare-arms");
        for (int i = 0; i < MIN_ARMS; i++) {
            addArm();
        }
        add.setId("compare-add-arm");
        add.addClickListener(e -> addArm());
        Button show = new Button("Show the description", e -> describe());
        show.setId("compare-show");
        Button run = new Button("Run the comparison", e -> run());
        run.setId("compare-run");
        description.setId("compare-description");
        description.setReadOnly(true);
        description.setWidthFull();
        description.setVisible(false);
        error.setId("compare-error");
        error.addClassName("error-text");
        Div settings = new Div(name, replicates, seed, years, uncertainty, horizons, precision);
        settings.addClassName("compare-settings");
        add(new H2("Compare policies"), new Paragraph("Two to four arms, each a scenario with changed parameters, run "
            + "as paired ensembles: replicate r of every arm uses the same seed and parameter draws. The result gives "
            + "each arm's mean with its 5-95% band and, per outcome and year, the paired difference against the first "
            + "arm with its 95% interval and effect size."), settings, outcomes, arms, add, show, run, error, description);
    }

    private void addArm() {
        if (armFields.size() >= MAX_ARMS) {
            return;
        }
        ArmFields f = new ArmFields(armFields.size(), catalog.orFirst("baseline").id());
        armFields.add(f);
        arms.add(f);
        add.setEnabled(armFields.size() < MAX_ARMS);
    }

    /** The description of the form's experiment, or an error naming the field. */
    String yaml() {
        StringBuilder y = new StringBuilder();
        y.append("title: ").append(quote(name.getValue().isBlank() ? "Policy comparison" : name.getValue())).append('\n');
        y.append("kind: compare\n");
        y.append("replicates: ").append(required(replicates, "Replicates per arm")).append('\n');
        y.append("master_seed: ").append(required(seed, "Master seed")).append('\n');
        y.append("years: ").append(required(years, "Years")).append('\n');
        y.append("uncertainty: ").append(uncertainty.getValue()).append('\n');
        y.append("horizons: [").append(horizons.getValue().trim().replaceAll("[\\s,;]+", ", ")).append("]\n");
        if (precision.getValue() != null) {
            y.append("precision: ").append(precision.getValue()).append('\n');
        }
        y.append("arms:\n");
        for (ArmFields a : armFields) {
            String armName = a.armName.getValue().isBlank() ? "arm" : a.armName.getValue();
            y.append("  - name: ").append(quote(armName)).append('\n');
            y.append("    scenario: ").append(a.scenario.getValue()).append('\n');
            List<String> sets = new ArrayList<>();
            int line = 0;
            for (String raw : a.changes.getValue().split("\n")) {
                line++;
                String l = raw.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                int eq = l.indexOf('=');
                if (eq <= 0) {
                    throw new IllegalArgumentException("Arm " + armName + ", line " + line + ": expected 'name = value', got '" + l + "'");
                }
                String p = l.substring(0, eq).strip();
                String v = l.substring(eq + 1).strip();
                if (ParameterRegistry.get().find(p).isEmpty()) {
                    throw new IllegalArgumentException("Arm " + armName + ", line " + line + ": unknown parameter '" + p + "'");
                }
                try {
                    Double.parseDouble(v);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("Arm " + armName + ", line " + line + ": '" + v + "' is not a number");
                }
                sets.add("      " + p + ": " + v);
            }
            if (!sets.isEmpty()) {
                y.append("    set:\n");
                sets.forEach(s -> y.append(s).append('\n'));
            }
        }
        y.append("outcomes:\n");
        for (String m : outcomes.getValue().stream().sorted().toList()) {
            y.append("  - metric: ").append(m).append('\n');
        }
        return y.toString();
    }

    private static int required(IntegerField f, String label) {
        if (f.getValue() == null || f.isInvalid()) {
            throw new IllegalArgumentException(label + ": enter a whole number"
                + (f.getMin() > Integer.MIN_VALUE ? " from " + f.getMin() : "") + (f.getMax() < Integer.MAX_VALUE ? " to " + f.getMax() : ""));
        }
        return f.getValue();
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
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

    private void run() {
        try {
            String y = yaml();
            ExperimentRecord r = service.submit(ExperimentsView.sessionId(), y, "experiment.yaml");
            error.setText("");
            getUI().ifPresent(ui -> ui.navigate("experiments/" + r.id()));
        } catch (IllegalArgumentException e) {
            error.setText(e.getMessage());
        }
    }
}
