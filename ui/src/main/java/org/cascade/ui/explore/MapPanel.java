package org.cascade.ui.explore;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.shared.Registration;
import java.util.Arrays;
import java.util.Optional;
import org.cascade.region.StateCode;
import org.cascade.ui.map.MapIndicator;
import org.cascade.ui.map.MapRenderer;

/** The map of the region, the indicator that colours the states (switched in the browser, no redraw) and a state picker; a click on a state or a pick fires {@link InspectEvent}. */
class MapPanel extends Div {
    private static final String STATE_EXPR = "event.target.getAttribute('data-state')";
    static final String INDICATOR_LABEL = "Colour the states by";
    static final String INSPECT_LABEL = "Inspect a state";
    private final Div map = new Div();

    MapPanel() {
        Div box = new Div(map);
        box.setId("map");
        box.addClassName("map-box");
        box.getElement().addEventListener("click", e -> {
            var data = e.getEventData();
            String code = data.has(STATE_EXPR) && !data.get(STATE_EXPR).isNull()
                ? data.get(STATE_EXPR).asString() : "";
            state(code).ifPresent(s -> fireEvent(new InspectEvent(this, s)));
        }).addEventData(STATE_EXPR);
        Select<StateCode> picker = new Select<>();
        picker.setId("inspect");
        picker.setLabel(INSPECT_LABEL);
        picker.setItems(StateCode.values());
        picker.setItemLabelGenerator(s -> s.displayName() + " (" + s + ")");
        picker.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                fireEvent(new InspectEvent(this, e.getValue()));
                picker.clear();
            }
        });
        Select<MapIndicator> indicator = new Select<>();
        indicator.setId("map-indicator");
        indicator.setLabel(INDICATOR_LABEL);
        indicator.setItems(MapIndicator.values());
        indicator.setItemLabelGenerator(MapIndicator::label);
        indicator.setValue(MapIndicator.GDP);
        indicator.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                box.getElement().setAttribute("data-indicator", e.getValue().key());
            }
        });
        box.getElement().setAttribute("data-indicator", MapIndicator.GDP.key());
        Div tools = new Div(indicator, picker);
        tools.addClassName("map-tools");
        add(box, tools);
        clear();
    }

    /** The state a clicked map element stands for; clicks between states carry no code or another one. */
    static Optional<StateCode> state(String code) {
        return Arrays.stream(StateCode.values()).filter(s -> s.name().equals(code)).findFirst();
    }

    void show(String svg) {
        map.getElement().setProperty("innerHTML", svg);
    }

    /** The map without a run. */
    void clear() {
        show(MapRenderer.render(null, 0));
    }

    Registration addInspectListener(ComponentEventListener<InspectEvent> listener) {
        return addListener(InspectEvent.class, listener);
    }

    /** A person asked to inspect a state. */
    static final class InspectEvent extends ComponentEvent<MapPanel> {
        private final StateCode state;

        InspectEvent(MapPanel source, StateCode state) {
            super(source, false);
            this.state = state;
        }

        StateCode state() {
            return state;
        }
    }
}
