package org.cascade.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.cascade.params.Parameter;
import org.cascade.params.ParameterRegistry;
import org.cascade.params.ParameterSet;
import org.cascade.region.DisputeCode;
import org.cascade.region.Pair;
import org.cascade.region.RouteCode;
import org.cascade.region.StateCode;
import org.cascade.results.Metrics;
import org.cascade.results.RunResult;
import org.cascade.run.ModelRun;
import org.cascade.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * Every parameter over its whole documented range (minimum, default, maximum; two seeds; 20 years of the baseline and
 * of history-2025) keeps every output finite and inside stated plausibility bounds: no state's GDP falls to zero,
 * no pair trades more than its two economies produce, no route carries more than its capacity, and shares, trust,
 * tension, progress and the cooperation index stay in [0, 1]. Before the loops were bounded,
 * dispute.closed_border_friction = 5 drove KG-TJ trade to 2.7 trillion USD by 2029 and then to NaN.
 */
class ParameterSweepTest {
    private static final long[] SEEDS = {1, 2};

    @Test
    void everyParameterAtEitherEndOfItsRangeKeepsOutputsFiniteAndPlausible() {
        List<String> problems = new ArrayList<>();
        for (Scenario scenario : List.of(Ensembles.scenario("baseline"), Ensembles.scenario("history-2025"))) {
            for (Parameter p : ParameterRegistry.get().all()) {
                for (double value : new double[] {p.min(), p.max()}) {
                    for (long seed : SEEDS) {
                        RunResult r = ModelRun.run(scenario, ParameterSet.defaults().with(p.name(), value), seed, 20);
                        String problem = implausible(r);
                        if (problem != null) {
                            problems.add(scenario.id() + " " + p.name() + " = " + value + " seed " + seed + ": " + problem);
                        }
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    /** The first implausible value in the run, or null. */
    static String implausible(RunResult r) {
        for (int step = 0; step < r.steps(); step++) {
            for (int k = 0; k < r.keys().size(); k++) {
                if (!Double.isFinite(r.value(step, k))) {
                    return r.keys().get(k) + " is " + r.value(step, k) + " at step " + step;
                }
            }
            for (StateCode s : StateCode.values()) {
                if (!(r.value(step, Metrics.GDP, s.name()) > 0)) {
                    return "GDP of " + s + " not positive at step " + step;
                }
            }
            for (Pair pair : Pair.all()) {
                double trade = r.value(step, Metrics.TRADE, pair.name());
                double gdp = r.value(step, Metrics.GDP, pair.a().name()) + r.value(step, Metrics.GDP, pair.b().name());
                if (trade < 0 || trade > 0.5 * gdp) {
                    return pair + " trade " + trade + " against combined GDP " + gdp + " at step " + step;
                }
                for (String unit : List.of(Metrics.TRUST)) {
                    if (outside01(r.value(step, unit, pair.name()))) {
                        return unit + " of " + pair + " outside [0, 1] at step " + step;
                    }
                }
            }
            for (RouteCode route : RouteCode.values()) {
                double volume = r.value(step, Metrics.ROUTE_VOLUME, route.id());
                if (volume < 0 || volume > r.value(step, Metrics.ROUTE_CAPACITY, route.id()) * (1 + 1e-9) + 1e-9
                    || outside01(r.value(step, Metrics.ROUTE_SHARE, route.id()))) {
                    return route.id() + " volume " + volume + " beyond capacity or share outside [0, 1] at step " + step;
                }
            }
            for (DisputeCode d : DisputeCode.values()) {
                for (String metric : List.of(Metrics.DISPUTE_TENSION, Metrics.DISPUTE_PROGRESS, Metrics.DISPUTE_UNDELIMITED)) {
                    if (outside01(r.value(step, metric, d.id()))) {
                        return metric + " of " + d.id() + " outside [0, 1] at step " + step;
                    }
                }
            }
            if (outside01(r.value(step, Metrics.COOPERATION_INDEX, Metrics.REGION))) {
                return "cooperation index outside [0, 1] at step " + step;
            }
        }
        return null;
    }

    private static boolean outside01(double v) {
        return v < 0 || v > 1;
    }
}
