package org.cascade.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import org.cascade.scenario.ScenarioLibrary;
import org.junit.jupiter.api.Test;

/**
 * The command line's warm-up runs beside the start of an experiment: it must stop when the engine starts and change
 * nothing the experiment computes (its runs share no state with the experiment's but the caches any run fills).
 */
class EngineWarmUpTest {
    @Test
    void theWarmUpStopsWhenTheEngineStartsAndChangesNoResult() throws Exception {
        ExperimentSpec spec = ExperimentEngineTest.spec(ExperimentEngineTest.COMPARE);
        String plain = ExperimentEngineTest.csv(new ExperimentEngine(RunPlan.of(spec), 2).run(null, null));

        EngineWarmUp.begin();
        EngineWarmUp.prefer(ScenarioLibrary.load("tariff-war"));
        long until = System.nanoTime() + 5_000_000_000L;
        while (!EngineWarmUp.running() && System.nanoTime() < until) {
            Thread.sleep(5);
        }
        assertThat(EngineWarmUp.running()).as("the warm-up thread runs").isTrue();
        Thread.sleep(300); // a few warm-up runs, of the preferred scenario, while nothing else runs
        String warmed = ExperimentEngineTest.csv(new ExperimentEngine(RunPlan.of(spec), 2).run(null, null));
        assertThat(warmed).isEqualTo(plain);

        until = System.nanoTime() + 5_000_000_000L;
        while (EngineWarmUp.running() && System.nanoTime() < until) {
            Thread.sleep(5);
        }
        assertThat(EngineWarmUp.running()).as("the engine ended the warm-up").isFalse();
    }
}
