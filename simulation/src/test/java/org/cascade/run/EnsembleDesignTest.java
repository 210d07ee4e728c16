package org.cascade.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.cascade.params.ParameterSet;
import org.cascade.params.ParameterUncertainty;
import org.cascade.results.RunResult;
import org.cascade.run.output.EnsembleCsvWriter;
import org.cascade.scenario.Scenario;
import org.junit.jupiter.api.Test;

class EnsembleDesignTest {

    /** A fixture result whose values depend on the seed and on a drawn parameter. */
    private static RunResult result(long seed, ParameterSet draws) {
        long mix = seed ^ Double.doubleToLongBits(draws.get("trade.elasticity"));
        return Fixtures.result("fx", mix, 1);
    }

    @Test
    void valuesTheScenarioOrTheCallerSetAreNotDrawn() throws Exception {
        Scenario scenario = Scenario.defaults().withParameters(ParameterSet.defaults().with("route.logit_scale", 100));
        ParameterSet cli = ParameterSet.defaults().with("trade.elasticity", 5);
        EnsembleDesign d = EnsembleDesign.of(UncertaintyMode.BOTH, scenario, cli, 1, 30);
        assertThat(d.hypercube().entries()).hasSize(ParameterUncertainty.all().size() - 2)
            .noneMatch(e -> e.name().equals("route.logit_scale") || e.name().equals("trade.elasticity"));
        assertThat(d.isDrawn("route.logit_scale")).isFalse();
        assertThat(d.isDrawn("trade.elasticity")).isFalse();
        assertThat(d.isDrawn("route.value_of_time")).isTrue();

        // the model runs with the explicit values over each replicate's draws
        EnsembleDesign small = EnsembleDesign.of(UncertaintyMode.BOTH, scenario, cli, 1, 6);
        String real = csv(EnsembleRunner.of(scenario, cli, 1, 2).run(small, null));
        Map<Long, RunResult> byHand = new ConcurrentHashMap<>();
        String expected = csv(new EnsembleRunner((seed, draws) -> {
            assertThat(draws.overrides()).doesNotContainKeys("trade.elasticity", "route.logit_scale");
            RunResult r = ModelRun.run(scenario, draws.with("trade.elasticity", 5), seed, 1);
            byHand.put(seed, r);
            return r;
        }, 1).run(small, null));
        assertThat(real).isEqualTo(expected);
        RunResult first = byHand.get(small.seed(1));
        assertThat(first.parameters().get("trade.elasticity")).isEqualTo(5);
        assertThat(first.parameters().get("route.logit_scale")).isEqualTo(100);
        assertThat(first.parameters().get("route.value_of_time"))
            .isEqualTo(small.hypercube().row(1).get("route.value_of_time")).isNotEqualTo(3);
    }

    private static String csv(EnsembleResult e) throws Exception {
        StringWriter w = new StringWriter();
        EnsembleCsvWriter.write(e, w);
        return w.toString();
    }

    @Test
    void replicateRGetsRowRAndItsSeedWhateverTheThreadCount() throws Exception {
        EnsembleDesign d = EnsembleDesign.of(UncertaintyMode.BOTH, Scenario.defaults(), ParameterSet.defaults(), 5, 41);
        String expected = null;
        for (int threads : new int[] {1, 2, 5}) {
            Map<Long, ParameterSet> seen = new ConcurrentHashMap<>();
            EnsembleResult e = new EnsembleRunner((seed, draws) -> {
                seen.put(seed, draws);
                return result(seed, draws);
            }, threads).run(d, null);
            assertThat(seen).hasSize(41);
            for (int r = 1; r <= 41; r++) {
                assertThat(seen.get(d.seed(r))).as("threads=%d r=%d", threads, r).isEqualTo(d.draws(r));
            }
            String text = csv(e);
            if (expected == null) {
                expected = text;
            }
            assertThat(text).as("threads=%d", threads).isEqualTo(expected);
        }
    }

    @Test
    void whatEachModeVaries() {
        EnsembleDesign shocks = EnsembleDesign.of(UncertaintyMode.SHOCKS, Scenario.defaults(), ParameterSet.defaults(), 9, 10);
        EnsembleDesign params = EnsembleDesign.of(UncertaintyMode.PARAMETERS, Scenario.defaults(), ParameterSet.defaults(), 9, 10);
        EnsembleDesign both = EnsembleDesign.of(UncertaintyMode.BOTH, Scenario.defaults(), ParameterSet.defaults(), 9, 10);
        assertThat(shocks.hypercube().entries()).isEmpty();
        assertThat(shocks.draws(3).overrides()).isEmpty();
        assertThat(params.hypercube().entries()).isEqualTo(ParameterUncertainty.all());
        for (int r = 1; r <= 10; r++) {
            assertThat(shocks.seed(r)).isEqualTo(EnsembleRunner.replicateSeed(9, r)).isEqualTo(both.seed(r));
            assertThat(params.seed(r)).isEqualTo(9);
            assertThat(params.draws(r)).isEqualTo(both.draws(r));
        }
    }
}
