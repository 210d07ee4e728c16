package org.cascade.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.cascade.params.ParameterSet;
import org.cascade.results.RunResult;
import org.cascade.run.ModelRun;
import org.cascade.scenario.Scenario;
import org.cascade.scenario.ScenarioException;
import org.cascade.scenario.ScenarioLibrary;
import org.junit.jupiter.api.Test;

class ScenarioRunTest {
    @Test
    void everyScenarioInTheLibraryLoadsAndRunsItsWholeHorizon() throws ScenarioException {
        assertThat(ScenarioLibrary.ids()).hasSizeGreaterThanOrEqualTo(8).startsWith("baseline");
        for (Scenario s : ScenarioLibrary.all()) {
            RunResult r = ModelRun.run(s, ParameterSet.defaults(), 1, s.years());
            assertThat(r.lastStep()).as(s.id()).isEqualTo(s.years() * 12);
            for (int step = 0; step < r.steps(); step++) {
                for (int k = 0; k < r.keys().size(); k++) {
                    assertThat(Double.isFinite(r.value(step, k))).as(s.id() + " " + r.keys().get(k) + " step " + step).isTrue();
                }
            }
            long scheduled = r.events().stream().filter(e -> e.scheduled()).count();
            assertThat(scheduled).as(s.id() + " scheduled events in the log").isGreaterThanOrEqualTo(
                s.events().stream().filter(e -> e.type() != org.cascade.scenario.EventType.BORDER_SETTLED
                    && e.type() != org.cascade.scenario.EventType.BORDER_OPEN).count());
        }
    }

    @Test
    void stepZeroIsTheSameBaseYearInEveryScenario() throws ScenarioException {
        RunResult base = ModelRun.run(ScenarioLibrary.load("baseline"), ParameterSet.defaults(), 1, 1);
        for (Scenario s : ScenarioLibrary.all()) {
            RunResult r = ModelRun.run(s, ParameterSet.defaults(), 1, 1);
            for (int k = 0; k < r.keys().size(); k++) {
                assertThat(r.value(0, k)).as(s.id() + " " + r.keys().get(k)).isEqualTo(base.value(0, k));
            }
        }
    }
}
