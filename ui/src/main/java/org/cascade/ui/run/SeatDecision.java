package org.cascade.ui.run;

import java.time.Instant;
import org.cascade.model.DecisionSeat;

/**
 * A human lever of a run waiting for the person at the page (MODEL.md 7.11): the model's pending decision, a number
 * that tells it from the run's other decisions, and the wall-clock time after which the default rule decides.
 */
public record SeatDecision(long id, DecisionSeat.Pending pending, Instant deadline) {

    /**
     * The event-log sentence for this decision closed with option {@code chosen}: who decided and what, e.g.
     * {@code KG tariff: the person at the seat chose 'raises its import tariff' (0.03)}.
     */
    public String logLine(int chosen, Outcome outcome) {
        DecisionSeat.Option o = pending.options().get(chosen);
        String who = switch (outcome) {
            case PERSON -> "the person at the seat chose";
            case TIMEOUT -> "no answer in time; the default rule chose";
            case NOBODY, STOPPED -> "nobody at the seat; the default rule chose";
        };
        return pending.state() + " " + pending.lever() + ": " + who + " '" + o.label() + "' ("
            + org.cascade.params.Parameter.format(o.newValue()) + ")";
    }

    /** How a decision was closed. */
    public enum Outcome {
        /** The person chose an option. */
        PERSON,
        /** The deadline passed: the default rule decided. */
        TIMEOUT,
        /** Nobody was at the page (it was closed or left): the default rule decided at once. */
        NOBODY,
        /** The run was stopped while it waited. */
        STOPPED
    }
}
