package org.cascade.ui.explore;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import org.cascade.scenario.Scenario;
import org.cascade.ui.i18n.Texts;

/** The scenario select with the picked scenario's description and what to look for; fires {@link PickEvent}. */
class ScenarioPicker extends Div {
    private final Select<Scenario> select = new Select<>();
    private final Paragraph description = new Paragraph();
    private final Paragraph lookFor = new Paragraph();
    private final Texts t;
    private boolean loading;

    ScenarioPicker(List<Scenario> scenarios, Texts t) {
        this.t = t;
        select.setLabel(t.get("explore.scenario"));
        select.setId("scenario");
        select.setItems(scenarios);
        select.setItemLabelGenerator(this::title);
        select.setWidthFull();
        select.addValueChangeListener(e -> {
            if (!loading && e.getValue() != null) {
                fireEvent(new PickEvent(this, e.getValue()));
            }
        });
        description.addClassName("scenario-description");
        lookFor.addClassName("scenario-lookfor");
        lookFor.setId("scenario-lookfor");
        add(select, description, lookFor);
    }

    /** Shows a scenario without firing a {@link PickEvent}. */
    void show(Scenario s) {
        loading = true;
        try {
            select.setValue(s);
        } finally {
            loading = false;
        }
        description.setText(text(s, "description", s.description()));
        String look = text(s, "lookFor", s.lookFor());
        lookFor.setText(look.isBlank() ? "" : t.get("scenario.lookFor", look));
    }

    /** The scenario's title in the page's language where one is written, else its own. */
    private String title(Scenario s) {
        return text(s, "title", s.title());
    }

    /** A scenario's text ({@code scenario.<id>.<part>}) in the page's language where one is written, else its own. */
    private String text(Scenario s, String part, String own) {
        String key = "scenario." + s.id() + "." + part;
        return t.has(key) ? t.get(key) : own;
    }

    Registration addPickListener(ComponentEventListener<PickEvent> listener) {
        return addListener(PickEvent.class, listener);
    }

    /** A person picked a scenario. */
    static final class PickEvent extends ComponentEvent<ScenarioPicker> {
        private final Scenario scenario;

        PickEvent(ScenarioPicker source, Scenario scenario) {
            super(source, false);
            this.scenario = scenario;
        }

        Scenario scenario() {
            return scenario;
        }
    }
}
