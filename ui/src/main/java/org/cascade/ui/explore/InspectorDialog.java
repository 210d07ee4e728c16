package org.cascade.ui.explore;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.List;
import org.cascade.params.Parameter;
import org.cascade.params.ParameterNames.PolicyField;
import org.cascade.params.ParameterNames;
import org.cascade.params.ParameterRegistry;
import org.cascade.region.StateCode;
import org.cascade.results.InspectedVariable;
import org.cascade.ui.format.Numbers;

/** A state's current variables and policy levers. Before a run, its policy parameters as set on the page. */
class InspectorDialog extends Dialog {
    InspectorDialog(StateCode state, List<InspectedVariable> vars, ParameterPanel params,
                    org.cascade.ui.i18n.Texts t) {
        setHeaderTitle(state.displayName() + " (" + state + ")");
        setId("inspector");
        setWidth("780px");
        setMaxWidth("100vw");
        List<InspectedVariable> rows = new ArrayList<>(vars);
        if (rows.isEmpty()) {
            add(new Paragraph(t.get("inspector.none")));
            for (PolicyField field : PolicyField.values()) {
                ParameterRegistry.get().find(ParameterNames.policy(state, field)).ifPresent(p -> {
                    Double v = params.value(p.name());
                    rows.add(new InspectedVariable(p.name(), v == null ? Double.NaN : v, p.unit(), true));
                });
            }
        }
        Grid<InspectedVariable> grid = new Grid<>();
        grid.setId("inspector-grid");
        grid.addColumn(InspectedVariable::name).setHeader(t.get("inspector.variable")).setFlexGrow(4).setResizable(true);
        grid.addColumn(v -> Numbers.human(v.value())).setHeader(t.get("inspector.value")).setFlexGrow(1);
        grid.addColumn(InspectedVariable::unit).setHeader(t.get("inspector.unit")).setFlexGrow(1);
        grid.addColumn(v -> v.lever() ? t.get("inspector.isLever") : "").setHeader(t.get("inspector.lever")).setFlexGrow(1);
        grid.setItems(rows);
        grid.setAllRowsVisible(rows.size() <= 20);
        add(grid);
        getFooter().add(new Button(t.get("inspector.close"), e -> close()));
    }
}
