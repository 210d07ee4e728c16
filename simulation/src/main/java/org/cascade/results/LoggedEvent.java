package org.cascade.results;

import java.io.Serializable;
import java.time.YearMonth;
import org.cascade.region.Calendar;

/**
 * A line of the event log: what happened, to whom, and why.
 *
 * @param step    month in which it happened (0 = January 2025)
 * @param kind    short machine-readable kind, e.g. "clash", "border_open", "summit", "crisis", "assist"
 * @param subject what it is about (dispute, route, state, institution, pair)
 * @param message a sentence for people, e.g. "KG-TJ border closed: clash after tension 0.82"
 * @param scheduled true when a scenario event caused it, false when it arose in the model
 */
public record LoggedEvent(int step, String kind, String subject, String message, boolean scheduled) implements Serializable {
    public YearMonth date() {
        return Calendar.dateOf(step);
    }
}
