package org.cascade.model;

import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.cascade.region.StateCode;

/**
 * A seat a person takes in place of a government's rule, for the levers in {@code human} mode (MODEL.md 7.11). When such
 * a lever is due, the model asks the seat with a {@link Pending} decision: the options, their predicted effects and
 * expected gains, and the option the default rule would choose. The seat answers with an option's index, or with
 * nothing, in which case the default rule decides. {@link #withDeadline} bounds the wait in wall time. A run with no
 * seat attached lets the default rule decide every human lever (and says so in its event log).
 */
@FunctionalInterface
public interface DecisionSeat {

    /** One option of a pending decision: the lever's new value, its expected gain and what the government predicts. */
    record Option(String label, double newValue, double expectedGain, String predictedEffect) {
    }

    /**
     * A decision waiting for an answer.
     *
     * @param step          month of the decision (0 = January 2025)
     * @param lever         the lever's id ({@code tariff}, {@code visa}, ...)
     * @param currentValue  the lever's value now
     * @param defaultChoice the option the default rule chooses if the seat does not answer
     */
    record Pending(StateCode state, String lever, int step, double currentValue, List<Option> options,
                   int defaultChoice) {
        public Pending {
            options = List.copyOf(options);
        }
    }

    /** The index of the chosen option, or empty to let the default rule decide. */
    OptionalInt choose(Pending decision);

    /** A seat that waits at most {@code deadline} (wall time) for {@code seat}; past it, the default rule decides. */
    static DecisionSeat withDeadline(DecisionSeat seat, Duration deadline) {
        return decision -> {
            CompletableFuture<OptionalInt> answer = new CompletableFuture<>();
            Thread asker = Thread.ofVirtual().start(() -> {
                try {
                    answer.complete(seat.choose(decision));
                } catch (RuntimeException e) {
                    answer.complete(OptionalInt.empty());
                }
            });
            try {
                return answer.get(deadline.toNanos(), TimeUnit.NANOSECONDS);
            } catch (TimeoutException | ExecutionException e) {
                asker.interrupt();
                return OptionalInt.empty();
            } catch (InterruptedException e) {
                asker.interrupt();
                Thread.currentThread().interrupt();
                return OptionalInt.empty();
            }
        };
    }
}
