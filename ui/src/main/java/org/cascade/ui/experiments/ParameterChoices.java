package org.cascade.ui.experiments;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.cascade.params.Parameter;
import org.cascade.params.ParameterLabels;
import org.cascade.params.ParameterRegistry;

/**
 * Registry parameters to pick from, shown by their plain-language label with the code id beside it; typing filters
 * on either, so "elasticity" and "trade.el" both find {@code trade.elasticity}.
 */
final class ParameterChoices {
    private ParameterChoices() {
    }

    static List<Parameter> all() {
        return ParameterRegistry.get().all().stream().sorted(Comparator.comparing(Parameter::name)).toList();
    }

    static String caption(ParameterLabels labels, Parameter p) {
        String label = labels.label(p.name());
        return label.equals(p.name()) ? p.name() : label + " (" + p.name() + ")";
    }

    static ComboBox<Parameter> one(String label, Locale locale) {
        ParameterLabels labels = ParameterLabels.of(locale);
        ComboBox<Parameter> box = new ComboBox<>(label);
        box.setItems(all());
        box.setItemLabelGenerator(p -> caption(labels, p));
        box.addClassName("parameter-choice");
        return box;
    }

    static MultiSelectComboBox<Parameter> many(String label, Locale locale) {
        ParameterLabels labels = ParameterLabels.of(locale);
        MultiSelectComboBox<Parameter> box = new MultiSelectComboBox<>(label);
        box.setItems(all());
        box.setItemLabelGenerator(p -> caption(labels, p));
        box.addClassName("parameter-choice");
        return box;
    }
}
