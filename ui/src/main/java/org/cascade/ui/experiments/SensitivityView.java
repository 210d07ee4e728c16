package org.cascade.ui.experiments;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.cascade.experiment.ExperimentKind;
import org.cascade.experiment.SensitivitySettings;
import org.cascade.params.Parameter;
import org.cascade.params.ParameterGroup;
import org.cascade.params.ParameterRegistry;
import org.cascade.ui.MainLayout;
import org.cascade.ui.run.ScenarioCatalog;

/**
 * Which parameters drive an outcome: Morris screening (parameters one by one or whole registry groups; trajectories
 * r, design points r(k+1)) or Sobol indices for a short list (base samples N, design points N(k+2)); each design
 * point runs the replicates given. The finished page ranks the parameters per outcome.
 */
@Route(value = "sensitivity", layout = MainLayout.class)
@PageTitle("CASCADE sensitivity")
public class SensitivityView extends StudyForm {
    /** Sobol's cost grows with every parameter; a longer list is screened with Morris first. */
    static final int SOBOL_MAX_PARAMETERS = 12;
    /** The first choice: the trade and route assumptions of scenarios/experiments/morris.yaml. */
    static final List<String> MORRIS_EXAMPLE = List.of("trade.elasticity", "trade.diversion", "trade.income_elasticity",
        "trade.adjustment_rate", "trade.trust_semi_elasticity", "trade.transport_share", "route.value_of_time",
        "route.logit_scale", "route.risk_premium", "route.congestion_cost");
    private final Select<String> method = new Select<>();
    private final MultiSelectComboBox<Parameter> parameters;
    private final MultiSelectComboBox<ParameterGroup> groups = new MultiSelectComboBox<>();
    private final IntegerField trajectories = new IntegerField();
    private final IntegerField levels = new IntegerField();
    private final IntegerField samples = new IntegerField();
    private final com.vaadin.flow.component.html.Span count = new com.vaadin.flow.component.html.Span();

    public SensitivityView(ExperimentService service, ScenarioCatalog catalog) {
        super("sensitivity", service, catalog, "", 10);
        title.setValue(t.get("sensitivity.defaultTitle"));
        method.setLabel(t.get("sensitivity.method"));
        method.setItems(SensitivitySettings.MORRIS, SensitivitySettings.SOBOL);
        method.setItemLabelGenerator(m -> t.get("sensitivity.method." + m));
        method.setValue(SensitivitySettings.MORRIS);
        method.setId("sensitivity-method");
        method.addClassName("sensitivity-method");
        parameters = ParameterChoices.many(t.get("sensitivity.parameters"), t.locale());
        parameters.setId("sensitivity-parameters");
        parameters.setWidthFull();
        parameters.setAutoExpand(MultiSelectComboBox.AutoExpandMode.VERTICAL);
        groups.setLabel(t.get("sensitivity.groups"));
        groups.setItems(ParameterGroup.values());
        groups.setItemLabelGenerator(g -> t.get("group." + g.name().toLowerCase(Locale.ROOT)) + " ("
            + ParameterRegistry.get().inGroup(g).size() + ")");
        groups.setId("sensitivity-groups");
        whole(trajectories, "sensitivity.trajectories", 2, 10_000, 20);
        trajectories.setId("sensitivity-trajectories");
        whole(levels, "sensitivity.levels", 2, 100, 4);
        levels.setId("sensitivity-levels");
        whole(samples, "sensitivity.n", 2, 1 << 20, 64);
        samples.setId("sensitivity-n");
        count.setId("sensitivity-count");
        count.addClassName("study-note");
        method.addValueChangeListener(e -> showMethod());
        addDesign(method, parameters, groups, trajectories, levels, samples, count);
        watch(method, parameters, groups, trajectories, levels, samples);
        parameters.setValue(new LinkedHashSet<>(ParameterChoices.all().stream()
            .filter(p -> MORRIS_EXAMPLE.contains(p.name())).toList()));
        showMethod();
        refresh();
    }

    private boolean morris() {
        return SensitivitySettings.MORRIS.equals(method.getValue());
    }

    private void showMethod() {
        groups.setVisible(morris());
        trajectories.setVisible(morris());
        levels.setVisible(morris());
        samples.setVisible(!morris());
    }

    /**
     * The parameters studied, as the loader expands them: those chosen one by one, then the members of the groups
     * that the scenario does not set.
     */
    List<String> studied() {
        Set<String> out = new LinkedHashSet<>();
        chosen().forEach(p -> out.add(p.name()));
        if (morris()) {
            var fixed = catalog.orFirst(scenario.getValue()).parameters().overrides().keySet();
            chosenGroups().forEach(g -> ParameterRegistry.get().inGroup(g).stream().filter(p -> !fixed.contains(p.name()))
                .forEach(p -> out.add(p.name())));
        }
        return List.copyOf(out);
    }

    private List<Parameter> chosen() {
        return ParameterChoices.all().stream().filter(parameters.getValue()::contains).toList();
    }

    private List<ParameterGroup> chosenGroups() {
        return Arrays.stream(ParameterGroup.values()).filter(groups.getValue()::contains).toList();
    }

    @Override
    String kind() {
        return ExperimentKind.SENSITIVITY.id();
    }

    @Override
    long points() {
        int k = studied().size();
        count.setText(t.get("sensitivity.count", k));
        if (k < 2) {
            throw new IllegalArgumentException(t.get("sensitivity.tooFew", k));
        }
        if (morris()) {
            required(levels, "sensitivity.levels");
            return (long) required(trajectories, "sensitivity.trajectories") * (k + 1);
        }
        if (k > SOBOL_MAX_PARAMETERS) {
            throw new IllegalArgumentException(t.get("sensitivity.sobolTooMany", SOBOL_MAX_PARAMETERS, k));
        }
        return (long) required(samples, "sensitivity.n") * (k + 2);
    }

    @Override
    void appendDesign(StringBuilder y) {
        points();
        y.append("sensitivity:\n  method: ").append(method.getValue()).append('\n');
        List<String> names = new java.util.ArrayList<>(chosen().stream().map(Parameter::name).toList());
        if (morris()) {
            chosenGroups().forEach(g -> names.add("group:" + g.name().toLowerCase(Locale.ROOT)));
        }
        y.append("  parameters: [").append(String.join(", ", names)).append("]\n");
        if (morris()) {
            y.append("  trajectories: ").append(trajectories.getValue()).append('\n');
            y.append("  levels: ").append(levels.getValue()).append('\n');
        } else {
            y.append("  n: ").append(samples.getValue()).append('\n');
        }
    }
}
