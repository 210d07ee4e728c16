package org.cascade.ui.run;

import java.time.Instant;
import org.cascade.model.DecisionSeat;

/**
 * A human lever of a run waiting for the person at the page (MODEL.md 7.11): the model's pending decision, a number
 * that tells it from the run's other decisions, and the wall-clock time after which the default rule decides.
 */
public record SeatDecision(long id, DecisionSeat.Pending pending, Instant deadline) {

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
