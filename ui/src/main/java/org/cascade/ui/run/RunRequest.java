package org.cascade.ui.run;

import org.cascade.params.ParameterSet;
import org.cascade.scenario.Scenario;

/** Everything needed to start a run; overrides are a validated {@link ParameterSet}. */
public record RunRequest(Scenario scenario, ParameterSet overrides, long seed, int years, int speed) {
    public RunRequest {
        if (years < Scenario.MIN_YEARS || years > Scenario.MAX_YEARS) {
            throw new IllegalArgumentException("years must be in [1, 50], got " + years);
        }
        if (seed < 0) {
            throw new IllegalArgumentException("seed must be 0 or more, got " + seed);
        }
    }
}
