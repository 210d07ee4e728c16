package org.cascade.scenario;

import java.time.YearMonth;
import java.util.Objects;
import org.cascade.region.Calendar;

/**
 * A dated event from a scenario file, already validated.
 *
 * @param date   the month the event fires in
 * @param step   the model month it fires in (0 = January 2025)
 * @param type   what happens
 * @param target canonical name of what it acts on: a parameter name, dispute id (KG-TJ), institution id (ots),
 *               route id (middle-corridor), state code (KZ) or pair (KZ-AZ); empty for {@link EventType.Target#NONE}
 * @param state  for {@link EventType#JOIN}: the state that joins; otherwise empty
 * @param value  the event's number, NaN where the type takes none or the file left it out
 * @param months duration in months, 0 where not given
 * @param note   free text shown in the event log
 * @param line   line of the event in its file (1-based), 0 when built in code
 */
public record ScenarioEvent(YearMonth date, int step, EventType type, String target, String state, double value,
                            int months, String note, int line) {
    public ScenarioEvent {
        Objects.requireNonNull(date);
        Objects.requireNonNull(type);
        target = target == null ? "" : target;
        state = state == null ? "" : state;
        note = note == null ? "" : note;
    }

    /** Convenience for code and tests. */
    public static ScenarioEvent of(YearMonth date, EventType type, String target, double value, int months, String note) {
        return new ScenarioEvent(date, Calendar.stepOf(date), type, target, "", value, months, note, 0);
    }

    public double valueOr(double fallback) {
        return Double.isNaN(value) ? fallback : value;
    }
}
