package org.cascade.ui.run;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.cascade.params.ParameterSet;
import org.cascade.region.StateCode;
import org.cascade.scenario.Scenario;
import org.cascade.scenario.ScenarioEvent;

/**
 * Everything needed to start a run; overrides are a validated {@link ParameterSet}. {@code decisionDeadline} is how
 * long a human lever waits for the person at the page before the default rule decides.
 */
public record RunRequest(Scenario scenario, ParameterSet overrides, long seed, int years, int speed,
                         Duration decisionDeadline) {
    public RunRequest {
        if (decisionDeadline == null || decisionDeadline.isNegative() || decisionDeadline.isZero()) {
            throw new IllegalArgumentException("the decision deadline must be positive, got " + decisionDeadline);
        }
        if (years < Scenario.MIN_YEARS || years > Scenario.MAX_YEARS) {
            throw new IllegalArgumentException("years must be in [1, 50], got " + years);
        }
        if (seed < 0) {
            throw new IllegalArgumentException("seed must be 0 or more, got " + seed);
        }
    }

    /** A request whose human levers wait {@link RunSettings#DEFAULT_DECISION_SECONDS}. */
    public RunRequest(Scenario scenario, ParameterSet overrides, long seed, int years, int speed) {
        this(scenario, overrides, seed, years, speed, Duration.ofSeconds(RunSettings.DEFAULT_DECISION_SECONDS));
    }

    /** The states a person decides for in this run: those with a lever in {@code human} mode. */
    public List<StateCode> humanStates() {
        return humanStates(scenario, overrides);
    }

    /** The states with a lever in {@code human} mode under a scenario and the page's parameters. */
    public static List<StateCode> humanStates(Scenario scenario, ParameterSet overrides) {
        return SeatDesk.humanStates(scenario, overrides);
    }

    /**
     * A sentence listing the scenario's events dated after the horizon, or empty when the run reaches them all.
     * A horizon shorter than the scenario's timeline runs, but without these events, so the page says so.
     */
    public Optional<String> notReachedNotice() {
        List<ScenarioEvent> left = scenario.eventsNotReached(years);
        if (left.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(left.size() + (left.size() == 1 ? " scenario event is" : " scenario events are")
            + " dated after the " + years + "-year horizon and not applied: " + left.stream()
            .map(e -> e.date() + " " + e.type().id() + (e.target().isEmpty() ? "" : " " + e.target()))
            .collect(Collectors.joining("; ")));
    }
}
