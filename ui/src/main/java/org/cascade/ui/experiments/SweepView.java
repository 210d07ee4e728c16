package org.cascade.ui.experiments;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.util.List;
import org.cascade.experiment.ExperimentKind;
import org.cascade.experiment.ExperimentLoader;
import org.cascade.params.Parameter;
import org.cascade.ui.MainLayout;
import org.cascade.ui.run.ScenarioCatalog;

/**
 * A sweep of one or two parameters over a grid (from, to, steps each), every point run as an ensemble with the same
 * replicates; the finished page charts each outcome against the parameter (a heat map for two), and each point opens
 * as its own ensemble.
 */
@Route(value = "sweep", layout = MainLayout.class)
@PageTitle("CASCADE sweep")
public class SweepView extends StudyForm {
    private final Axis first;
    private final Axis second;
    private final Checkbox twoAxes = new Checkbox();

    /** One swept parameter's fields. */
    final class Axis extends Div {
        final int index;
        final ComboBox<Parameter> parameter;
        final NumberField from = new NumberField();
        final NumberField to = new NumberField();
        final IntegerField steps = new IntegerField();

        Axis(int index) {
            this.index = index;
            addClassName("sweep-axis");
            parameter = ParameterChoices.one(t.get("sweep.parameter", index), t.locale());
            parameter.setId("sweep-parameter-" + index);
            from.setLabel(t.get("sweep.from"));
            from.setId("sweep-from-" + index);
            to.setLabel(t.get("sweep.to"));
            to.setId("sweep-to-" + index);
            whole(steps, "sweep.steps", 2, ExperimentLoader.MAX_AXIS_VALUES, 5);
            steps.setId("sweep-steps-" + index);
            parameter.addValueChangeListener(e -> {
                Parameter p = e.getValue();
                if (p != null) {
                    from.setValue(p.min());
                    to.setValue(p.max());
                    String range = t.get("sweep.range", (p.range() + " " + p.unit()).strip(),
                        Parameter.format(p.defaultValue()));
                    from.setHelperText(range);
                    parameter.setHelperText(p.description());
                }
            });
            add(parameter, from, to, steps);
            watch(parameter, from, to, steps);
        }

        /** Values along this axis, or an error naming the field. */
        int points() {
            Parameter p = parameter.getValue();
            if (p == null) {
                throw new IllegalArgumentException(t.get("sweep.choose", index));
            }
            check(p, from, "sweep.from");
            check(p, to, "sweep.to");
            if (from.getValue().equals(to.getValue())) {
                throw new IllegalArgumentException(t.get("sweep.same", index));
            }
            return required(steps, "sweep.steps");
        }

        private void check(Parameter p, NumberField f, String key) {
            String where = t.get("sweep.where", index, t.get(key));
            if (f.getValue() == null || f.isInvalid()) {
                throw new IllegalArgumentException(t.get("sweep.needNumber", where, p.range()));
            }
            double v = f.getValue();
            if (v < p.min() || v > p.max()) {
                throw new IllegalArgumentException(t.get("sweep.outOfRange", where, Parameter.format(v), p.range(),
                    p.unit()).strip());
            }
            if (p.integer() && v != Math.rint(v)) {
                throw new IllegalArgumentException(t.get("sweep.notWhole", where, Parameter.format(v), p.range()));
            }
        }

        void append(StringBuilder y) {
            y.append("  - parameter: ").append(parameter.getValue().name()).append('\n')
                .append("    from: ").append(number(from.getValue())).append('\n')
                .append("    to: ").append(number(to.getValue())).append('\n')
                .append("    steps: ").append(steps.getValue()).append('\n');
        }
    }

    public SweepView(ExperimentService service, ScenarioCatalog catalog) {
        super("sweep", service, catalog, "", 20);
        title.setValue(t.get("sweep.defaultTitle"));
        first = new Axis(1);
        second = new Axis(2);
        second.setVisible(false);
        twoAxes.setLabel(t.get("sweep.second"));
        twoAxes.setId("sweep-two");
        twoAxes.addValueChangeListener(e -> second.setVisible(e.getValue()));
        addDesign(first, twoAxes, second);
        watch(twoAxes);
        first.parameter.setValue(ParameterChoices.all().stream().filter(p -> p.name().equals("trade.elasticity"))
            .findFirst().orElse(ParameterChoices.all().getFirst()));
        refresh();
    }

    List<Axis> axes() {
        return twoAxes.getValue() ? List.of(first, second) : List.of(first);
    }

    @Override
    String kind() {
        return ExperimentKind.SWEEP.id();
    }

    @Override
    long points() {
        long n = 1;
        for (Axis a : axes()) {
            n *= a.points();
        }
        if (twoAxes.getValue() && first.parameter.getValue().equals(second.parameter.getValue())) {
            throw new IllegalArgumentException(t.get("sweep.twice"));
        }
        return n;
    }

    @Override
    void appendDesign(StringBuilder y) {
        points();
        y.append("sweep:\n");
        for (Axis a : axes()) {
            a.append(y);
        }
    }
}
