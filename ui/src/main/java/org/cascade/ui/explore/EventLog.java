package org.cascade.ui.explore;

import com.vaadin.flow.component.grid.Grid;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.cascade.results.LoggedEvent;
import org.cascade.ui.i18n.Texts;

/**
 * The run's dated events: what happened, and whether the scenario scheduled it or the model caused it; kinds and
 * sentences in the page's language ({@link EventMessages}).
 */
class EventLog extends Grid<LoggedEvent> {
    EventLog(Texts t) {
        setId("events");
        addColumn(ev -> ev.date().toString()).setHeader(t.get("events.date")).setWidth("105px").setFlexGrow(0);
        addColumn(ev -> EventMessages.kind(ev, t)).setHeader(t.get("events.kind")).setWidth("160px").setFlexGrow(0);
        addColumn(ev -> EventMessages.message(ev, t)).setHeader(t.get("events.what")).setFlexGrow(1);
        addColumn(ev -> ev.scheduled() ? t.get("events.cause.scenario") : t.get("events.cause.model"))
            .setHeader(t.get("events.cause")).setWidth("100px").setFlexGrow(0);
        setHeight("280px");
    }

    /** The run's log with the seat's lines (who decided each human lever) merged in date order. */
    void show(List<LoggedEvent> logged, List<LoggedEvent> seat) {
        if (seat.isEmpty()) {
            setItems(logged);
            return;
        }
        List<LoggedEvent> all = new ArrayList<>(logged);
        all.addAll(seat);
        all.sort(Comparator.comparingInt(LoggedEvent::step)); // stable: a month's seat lines after the model's
        setItems(all);
    }
}
