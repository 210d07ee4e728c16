package org.cascade.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.cascade.model.CascadeModel;
import org.cascade.params.ParameterSet;
import org.cascade.results.Metrics;
import org.cascade.results.RunResult;
import org.cascade.results.SeriesKey;
import org.cascade.scenario.ScenarioLibrary;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Recording only some metrics (what the experiment engine does) leaves the run itself unchanged: the recorded series
 * hold exactly the values a full recording holds, month by month, and the others are absent; such a run writes no
 * event log (no sentences), which nothing in the model reads. Scripted, historical and deciding governments alike.
 */
class RecordedMetricsTest {
    @ParameterizedTest
    @ValueSource(strings = {"history-2025", "tariff-war", "adaptive-region"})
    void aRunRecordingAFewMetricsIsTheSameRun(String id) throws Exception {
        var scenario = ScenarioLibrary.load(id);
        ParameterSet draws = ParameterSet.defaults().with("trade.elasticity", 5.5);
        RunResult all = ModelRun.run(scenario, draws, 17, 8);
        Set<String> some = Set.of(Metrics.GDP, Metrics.COOPERATION_INDEX, Metrics.MIDDLE_CORRIDOR);
        RunResult few = ModelRun.run(scenario, draws, 17, 8, some);
        assertThat(few.keys()).isNotEmpty().allMatch(k -> some.contains(k.metric()));
        assertThat(few.keys()).containsExactlyElementsOf(all.keys().stream().filter(k -> some.contains(k.metric())).toList());
        assertThat(all.keys().size()).isGreaterThan(few.keys().size() * 5);
        assertThat(few.steps()).isEqualTo(all.steps());
        for (SeriesKey k : few.keys()) {
            for (int step = 0; step < all.steps(); step++) {
                assertThat(few.value(step, k.metric(), k.subject())).as("%s step %d", k, step)
                    .isEqualTo(all.value(step, k.metric(), k.subject()));
            }
        }
        assertThat(all.events()).isNotEmpty();
        assertThat(few.events()).isEmpty();
        // what an experiment file's outcomes are checked against, without starting a run
        assertThat(CascadeModel.recordedSeries()).isEqualTo(all.keys());
    }
}
