package org.cascade.ui.explore;

import com.vaadin.flow.component.grid.Grid;
import org.cascade.results.LoggedEvent;

/** The run's dated events: what happened, and whether the scenario scheduled it or the model caused it. */
class EventLog extends Grid<LoggedEvent> {
    EventLog() {
        setId("events");
        addColumn(ev -> ev.date().toString()).setHeader("Date").setWidth("105px").setFlexGrow(0);
        addColumn(LoggedEvent::kind).setHeader("Kind").setWidth("160px").setFlexGrow(0);
        addColumn(LoggedEvent::message).setHeader("What happened").setFlexGrow(1);
        addColumn(ev -> ev.scheduled() ? "scenario" : "model").setHeader("Cause").setWidth("100px").setFlexGrow(0);
        setHeight("280px");
    }
}
