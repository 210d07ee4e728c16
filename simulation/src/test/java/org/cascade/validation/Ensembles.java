package org.cascade.validation;

import java.util.function.ToDoubleFunction;
import org.cascade.params.ParameterSet;
import org.cascade.results.RunResult;
import org.cascade.run.ModelRun;
import org.cascade.scenario.Scenario;
import org.cascade.scenario.ScenarioException;
import org.cascade.scenario.ScenarioLibrary;

/** Replicate ensembles for stylised-fact tests: the mean of a statistic over seeds 1..n. */
final class Ensembles {
    static final int REPLICATES = 16;

    private Ensembles() {
    }

    static Scenario scenario(String id) {
        try {
            return ScenarioLibrary.load(id);
        } catch (ScenarioException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    static double mean(Scenario s, ParameterSet overrides, int years, ToDoubleFunction<RunResult> statistic) {
        double sum = 0;
        for (int seed = 1; seed <= REPLICATES; seed++) {
            sum += statistic.applyAsDouble(ModelRun.run(s, overrides, seed, years));
        }
        return sum / REPLICATES;
    }

    static double mean(String scenarioId, ToDoubleFunction<RunResult> statistic) {
        Scenario s = scenario(scenarioId);
        return mean(s, ParameterSet.defaults(), s.years(), statistic);
    }

    /** Mean of a series over the months of the given calendar years (inclusive). */
    static double years(RunResult r, String metric, String subject, int from, int to) {
        double sum = 0;
        for (int y = from; y <= to; y++) {
            sum += r.yearMean(metric, subject, y);
        }
        return sum / (to - from + 1);
    }
}
