package org.cascade.ui.explore;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cascade.params.Parameter;
import org.cascade.params.ParameterGroup;
import org.cascade.params.ParameterRegistry;
import org.cascade.params.ParameterSet;

/**
 * One NumberField per registry parameter, in one collapsible section per group, each refusing values outside
 * its range at the field. The panel shows the scenario's value with the person's changes on top, and fires a
 * {@link ChangeEvent} with the changes whenever a person's edit leaves every field valid.
 */
class ParameterPanel extends Div {
    private final Map<String, NumberField> fields = new LinkedHashMap<>();
    private final Map<String, String> problems = new LinkedHashMap<>();
    private ParameterSet scenarioValues = ParameterSet.defaults();
    private boolean loading;

    ParameterPanel() {
        addClassName("parameter-panel");
        Button resetAll = new Button("Reset all parameters", e -> resetGroup(null));
        resetAll.setId("reset-all-params");
        add(resetAll);
        for (ParameterGroup g : ParameterGroup.values()) {
            Div content = new Div();
            content.addClassName("param-group");
            Button reset = new Button("Reset " + g.label().toLowerCase(), e -> resetGroup(g));
            reset.setId("reset-" + g.name().toLowerCase());
            reset.addClassName("small");
            content.add(reset);
            for (Parameter p : ParameterRegistry.get().all()) {
                if (p.group() == g) {
                    content.add(field(p));
                }
            }
            Details d = new Details(g.label() + " (" + content.getChildren().count() + ")", content);
            d.setId("group-" + g.name().toLowerCase());
            add(d);
        }
    }

    private NumberField field(Parameter p) {
        NumberField f = new NumberField(p.name());
        f.setId("param-" + p.name());
        f.setMin(p.min());
        f.setMax(p.max());
        f.setStep(p.integer() ? 1 : step(p));
        f.setManualValidation(true);
        if (!p.unit().isEmpty()) {
            f.setSuffixComponent(new Span(p.unit()));
        }
        f.setHelperText("default " + Parameter.format(p.defaultValue()) + ", allowed " + p.range());
        f.setTooltipText(p.description() + ". Source: " + p.source());
        f.setValue(p.defaultValue());
        f.setWidthFull();
        f.addValueChangeListener(e -> {
            check(p, f);
            if (!loading) {
                changed();
            }
        });
        // the same number typed in another form ("1" then "1e9") changes no value, but is checked all the same
        f.getElement().addPropertyChangeListener("value", e -> check(p, f));
        fields.put(p.name(), f);
        return f;
    }

    private static double step(Parameter p) {
        double span = p.max() - p.min();
        double s = Math.pow(10, Math.floor(Math.log10(span / 100)));
        return s > 0 && Double.isFinite(s) ? s : 0.01;
    }

    private void check(Parameter p, NumberField f) {
        Double v = typed(f);
        if (v != null && !v.equals(f.getValue())) {
            f.setValue(v); // the field shows and hands on what was typed, not the parser's reading of it
            return;
        }
        String problem;
        if (v == null) {
            problem = "'" + p.name() + "' needs a number; allowed " + p.range();
        } else {
            problem = p.problemWith(v);
        }
        if (problem.isEmpty()) {
            problems.remove(p.name());
            f.setInvalid(false);
            f.setErrorMessage(null);
        } else {
            problems.put(p.name(), problem);
            f.setErrorMessage(problem);
            f.setInvalid(true);
        }
    }

    /**
     * The number as typed: the field's own parser reads "1e9" as 1 (it stops at the "e"), so the text the browser
     * sent is read in full when it is a number.
     */
    private static Double typed(NumberField f) {
        String raw = f.getElement().getProperty("value", "").trim();
        if (!raw.isEmpty()) {
            try {
                return Double.parseDouble(raw);
            } catch (NumberFormatException e) {
                return f.getValue(); // a form the parser knows and Java does not, e.g. a grouping separator
            }
        }
        return f.getValue();
    }

    Registration addChangeListener(ComponentEventListener<ChangeEvent> listener) {
        return addListener(ChangeEvent.class, listener);
    }

    private void changed() {
        if (problems.isEmpty()) {
            fireEvent(new ChangeEvent(this, overrides()));
        }
    }

    /** Shows the scenario's values with the given changes on top. */
    void load(ParameterSet scenario, ParameterSet overrides) {
        loading = true;
        try {
            this.scenarioValues = scenario;
            for (Map.Entry<String, NumberField> e : fields.entrySet()) {
                String name = e.getKey();
                double v = overrides.overrides().containsKey(name) ? overrides.get(name) : scenario.get(name);
                e.getValue().setValue(v);
            }
        } finally {
            loading = false;
        }
    }

    private void resetGroup(ParameterGroup g) {
        loading = true;
        try {
            for (Parameter p : ParameterRegistry.get().all()) {
                if (g == null || p.group() == g) {
                    fields.get(p.name()).setValue(scenarioValues.get(p.name()));
                }
            }
        } finally {
            loading = false;
        }
        changed();
    }

    /** Sentences for each refused field, empty when all are valid. */
    List<String> problems() {
        return new ArrayList<>(problems.values());
    }

    /** The person's changes against the scenario, validated through ParameterSet.with. Call when problems() is empty. */
    private ParameterSet overrides() {
        ParameterSet s = ParameterSet.defaults();
        for (Map.Entry<String, NumberField> e : fields.entrySet()) {
            Double v = e.getValue().getValue();
            if (v != null && !v.equals(scenarioValues.get(e.getKey()))) {
                s = s.with(e.getKey(), v);
            }
        }
        return s;
    }

    /** Current value of a parameter as shown (null when the field is empty). */
    Double value(String name) {
        return fields.get(name).getValue();
    }

    /** Every field is valid after a person's edit: the changes against the scenario. */
    static final class ChangeEvent extends ComponentEvent<ParameterPanel> {
        private final ParameterSet overrides;

        ChangeEvent(ParameterPanel source, ParameterSet overrides) {
            super(source, false);
            this.overrides = overrides;
        }

        ParameterSet overrides() {
            return overrides;
        }
    }
}
