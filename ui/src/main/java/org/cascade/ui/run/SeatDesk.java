package org.cascade.ui.run;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BooleanSupplier;
import org.cascade.model.DecisionSeat;
import org.cascade.params.ParameterSet;
import org.cascade.region.StateCode;
import org.cascade.results.LoggedEvent;
import org.cascade.scenario.Governments;
import org.cascade.scenario.Scenario;

/**
 * The seat of one run's human levers, served to the page. The model asks it on the run's thread, inside a step
 * that holds the {@link RunHandle}'s lock; it waits on that lock ({@link Object#wait}), which frees the lock, so the
 * page can answer, pause, inspect or stop meanwhile and no page lock is ever held while the model waits. The wait
 * ends when the person answers, the deadline passes, nobody is at the page, or the run is stopped.
 */
final class SeatDesk implements DecisionSeat {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SeatDesk.class);
    private final Object lock;
    private final RunListener listener;
    private final Duration deadline;
    private final BooleanSupplier cancelled;
    private final List<LoggedEvent> log = new ArrayList<>();
    private long ids;
    private volatile SeatDecision waiting;
    private Integer answer;
    private boolean released;

    SeatDesk(Object lock, RunListener listener, Duration deadline, BooleanSupplier cancelled) {
        this.lock = lock;
        this.listener = listener;
        this.deadline = deadline;
        this.cancelled = cancelled;
    }

    /** The states with at least one lever in {@code human} mode under the run's parameters (scenario's, then page's). */
    static List<StateCode> humanStates(Scenario scenario, ParameterSet overrides) {
        ParameterSet effective = scenario.parameters().withAll(overrides.overrides());
        List<StateCode> out = new ArrayList<>();
        for (StateCode s : StateCode.values()) {
            if (Governments.Lever.availableLevers(s).stream().anyMatch(l ->
                scenario.governments().mode(s, l, effective) == Governments.Mode.HUMAN)) {
                out.add(s);
            }
        }
        return out;
    }

    @Override
    public OptionalInt choose(Pending decision) {
        synchronized (lock) {
            if (cancelled.getAsBoolean()) {
                return OptionalInt.empty();
            }
            SeatDecision d = new SeatDecision(++ids, decision, Instant.now().plus(deadline));
            waiting = d;
            answer = null;
            released = false;
            SeatDecision.Outcome outcome;
            try {
                outcome = told(d) ? await(d) : SeatDecision.Outcome.NOBODY;
            } finally {
                waiting = null;
            }
            int chosen = outcome == SeatDecision.Outcome.PERSON ? answer : decision.defaultChoice();
            if (outcome != SeatDecision.Outcome.STOPPED) {
                log.add(new LoggedEvent(decision.step(), "seat", decision.state().name(), d.logLine(chosen, outcome),
                    false));
            }
            try {
                listener.decisionClosed(d, chosen, outcome);
            } catch (RuntimeException e) {
                LOG.debug("the page could not be told that a decision closed", e);
            }
            return outcome == SeatDecision.Outcome.PERSON ? OptionalInt.of(chosen) : OptionalInt.empty();
        }
    }

    /** Whether a page shows the decision; a page that cannot be told (e.g. closed meanwhile) counts as nobody. */
    private boolean told(SeatDecision d) {
        try {
            return listener.decisionDue(d);
        } catch (RuntimeException e) {
            LOG.debug("no page to show a decision", e);
            return false;
        }
    }

    private SeatDecision.Outcome await(SeatDecision d) {
        long end = System.nanoTime() + deadline.toNanos();
        long lastTold = -1;
        try {
            while (true) {
                if (cancelled.getAsBoolean()) {
                    return SeatDecision.Outcome.STOPPED;
                }
                if (answer != null) {
                    return SeatDecision.Outcome.PERSON;
                }
                if (released) {
                    return SeatDecision.Outcome.NOBODY;
                }
                long left = end - System.nanoTime();
                if (left <= 0) {
                    return SeatDecision.Outcome.TIMEOUT;
                }
                long seconds = (left + 999_999_999L) / 1_000_000_000L;
                if (seconds != lastTold) {
                    lastTold = seconds;
                    try {
                        listener.decisionTick(d, seconds);
                    } catch (RuntimeException e) {
                        return SeatDecision.Outcome.NOBODY; // the page went away
                    }
                }
                long untilNextSecond = left - (seconds - 1) * 1_000_000_000L;
                long wait = Math.max(1, Math.min(left, untilNextSecond));
                lock.wait(wait / 1_000_000, (int) (wait % 1_000_000));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the run is being stopped
            return SeatDecision.Outcome.STOPPED;
        }
    }

    /** The person's answer to a waiting decision; false when that decision is no longer waiting or the option is not allowed. */
    boolean answer(SeatDecision d, int option) {
        synchronized (lock) {
            if (waiting == null || waiting != d || option < 0 || option >= waiting.pending().options().size()
                || waiting.pending().options().get(option).expectedGain() == Double.NEGATIVE_INFINITY) {
                return false;
            }
            answer = option;
            lock.notifyAll();
            return true;
        }
    }

    /** Nobody is at the page any more: the waiting decision (if any) goes to the default rule at once. */
    void release() {
        synchronized (lock) {
            if (waiting != null) {
                released = true;
                lock.notifyAll();
            }
        }
    }

    /** Read without the lock, so that a page asking while the model computes a month does not wait for it. */
    Optional<SeatDecision> waiting() {
        return Optional.ofNullable(waiting);
    }

    /** The seat's decisions so far, as event-log lines: who decided and what. */
    List<LoggedEvent> log() {
        synchronized (lock) {
            return List.copyOf(log);
        }
    }
}
