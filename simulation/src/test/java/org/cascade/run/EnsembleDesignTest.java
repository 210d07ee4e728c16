package org.cascade.run;

import static org.assertj.core.api.Assertions.assertThat;

import org.cascade.params.ParameterSet;
import org.cascade.params.ParameterUncertainty;
import org.cascade.scenario.Scenario;
import org.junit.jupiter.api.Test;

class EnsembleDesignTest {

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

        // the experiment engine's plan runs each replicate with the draws the design lists (its provenance) and the
        // explicit values over them
        org.cascade.experiment.RunPlan plan = org.cascade.experiment.RunPlan.of(
            org.cascade.experiment.ExperimentLoader.parse("t.yaml", """
                kind: ensemble
                replicates: 6
                years: 1
                arms:
                  - name: a
                    scenario: defaults
                    set: {trade.elasticity: 5, route.logit_scale: 100}
                """, null));
        EnsembleDesign small = EnsembleDesign.of(UncertaintyMode.BOTH, scenario, cli, 1, 6);
        for (int r = 1; r <= 6; r++) {
            org.cascade.experiment.RunPlan.Task t = plan.task(0, 0, r);
            assertThat(t.seed()).isEqualTo(small.seed(r));
            assertThat(t.overrides().get("trade.elasticity")).isEqualTo(5);
            assertThat(t.overrides().get("route.logit_scale")).isEqualTo(100);
            for (var e : small.draws(r).overrides().entrySet()) {
                assertThat(t.overrides().get(e.getKey())).as("r=%d %s", r, e.getKey()).isEqualTo(e.getValue());
            }
        }
        assertThat(plan.task(0, 0, 1).overrides().get("route.value_of_time"))
            .isEqualTo(small.hypercube().row(1).get("route.value_of_time")).isNotEqualTo(3);
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
            assertThat(shocks.seed(r)).isEqualTo(Seeds.replicateSeed(9, r)).isEqualTo(both.seed(r));
            assertThat(params.seed(r)).isEqualTo(9);
            assertThat(params.draws(r)).isEqualTo(both.draws(r));
        }
    }
}
