package org.cascade.model;

import java.time.YearMonth;
import java.util.List;
import org.cascade.params.ParameterRegistry;
import org.cascade.params.ParameterSet;
import org.cascade.results.RunResult;
import org.cascade.run.ModelRun;
import org.cascade.scenario.Scenario;
import org.cascade.scenario.ScenarioEvent;

/** Shared fixtures: models with random shocks off unless a test wants them, and event builders. */
final class Fixtures {
    private Fixtures() {
    }

    static ParameterSet calm() {
        return ParameterSet.defaults().with("shock.enabled", 0);
    }

    static ModelRun start(ParameterSet p, ScenarioEvent... events) {
        return start(p, 20, events);
    }

    static ModelRun start(ParameterSet p, int years, ScenarioEvent... events) {
        Scenario s = Scenario.defaults().withEvents(List.of(events));
        return ModelRun.start(s, p, 1, years);
    }

    static RunResult run(ParameterSet p, long seed, int years, ScenarioEvent... events) {
        Scenario s = Scenario.defaults().withEvents(List.of(events));
        return ModelRun.run(s, p, seed, years);
    }

    /** The stamp of an event built in code: its month, no note, no line. */
    static ScenarioEvent.Stamp at(int year, int month) {
        return ScenarioEvent.Stamp.of(YearMonth.of(year, month));
    }

    static ScenarioEvent set(int year, int month, String parameter, double value) {
        return new ScenarioEvent.SetParameter(at(year, month), ParameterRegistry.get().require(parameter), value);
    }

    static void steps(ModelRun run, int months) {
        for (int i = 0; i < months; i++) {
            run.step();
        }
    }
}
