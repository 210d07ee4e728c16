package org.cascade.ui.explore;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.shared.Registration;
import java.util.LinkedHashSet;
import java.util.List;
import org.cascade.region.Pair;

/** Which pairs of states the trade chart shows; fires {@link PairsEvent} when a person changes them. */
class PairPicker extends MultiSelectComboBox<String> {
    private boolean loading;

    PairPicker(org.cascade.ui.i18n.Texts t) {
        super(t.get("pairs.label"));
        setId("pairs");
        setItems(Pair.names());
        setWidth("420px");
        setMaxWidth("100%");
        addValueChangeListener(e -> {
            if (!loading) {
                fireEvent(new PairsEvent(this, List.copyOf(e.getValue())));
            }
        });
    }

    /** Shows pairs without firing a {@link PairsEvent}. */
    void show(List<String> pairs) {
        loading = true;
        try {
            setValue(new LinkedHashSet<>(pairs));
        } finally {
            loading = false;
        }
    }

    Registration addPairsListener(ComponentEventListener<PairsEvent> listener) {
        return addListener(PairsEvent.class, listener);
    }

    /** The pairs now chosen. */
    static final class PairsEvent extends ComponentEvent<PairPicker> {
        private final List<String> pairs;

        PairsEvent(PairPicker source, List<String> pairs) {
            super(source, false);
            this.pairs = pairs;
        }

        List<String> pairs() {
            return pairs;
        }
    }
}
