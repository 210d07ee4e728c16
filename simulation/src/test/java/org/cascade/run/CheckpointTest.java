package org.cascade.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.cascade.params.ParameterSet;
import org.cascade.results.RunResult;
import org.cascade.scenario.Scenario;
import org.cascade.scenario.ScenarioLibrary;
import org.junit.jupiter.api.Test;

/** A run checkpointed halfway and resumed is identical to one that never stopped. */
class CheckpointTest {
    @Test
    void aResumedRunIsIdenticalToAnUninterruptedOne() throws Exception {
        // history-2025 has dated set events, a treaty and summits: state beyond the agents must survive too
        Scenario scenario = ScenarioLibrary.load("history-2025");
        ParameterSet overrides = ParameterSet.defaults().with("shock.disaster_rate", 0.05);
        RunResult uninterrupted = ModelRun.run(scenario, overrides, 11, 10);

        ModelRun first = ModelRun.start(scenario, overrides, 11, 10);
        for (int i = 0; i < 30; i++) {
            first.step();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        first.checkpoint(bytes);
        for (int i = 0; i < 7; i++) {
            first.step(); // the original goes on: the checkpoint must not share state with it
        }

        ModelRun resumed = ModelRun.resume(new ByteArrayInputStream(bytes.toByteArray()));
        assertThat(resumed.result().steps()).isEqualTo(31);
        resumed.runToEnd();
        RunResult r = resumed.result();

        assertThat(r.steps()).isEqualTo(uninterrupted.steps());
        assertThat(r.keys()).isEqualTo(uninterrupted.keys());
        for (int step = 0; step < r.steps(); step++) {
            for (int k = 0; k < r.keys().size(); k++) {
                assertThat(r.value(step, k)).as("step %d, %s", step, r.keys().get(k))
                    .isEqualTo(uninterrupted.value(step, k));
            }
        }
        assertThat(r.events()).isEqualTo(uninterrupted.events());
        assertThat(r.events()).anyMatch(e -> e.kind().equals("crisis"));
        assertThat(r.parameters()).isEqualTo(uninterrupted.parameters());
    }
}
