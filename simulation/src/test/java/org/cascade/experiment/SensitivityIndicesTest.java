package org.cascade.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.cascade.params.ParameterSet;
import org.cascade.results.Metrics;
import org.cascade.results.RunResult;
import org.cascade.run.ModelRun;
import org.cascade.scenario.Scenario;
import org.junit.jupiter.api.Test;

class SensitivityIndicesTest {
    private static final String MORRIS = """
        title: small morris
        kind: sensitivity
        replicates: 2
        master_seed: 5
        years: 3
        uncertainty: shocks
        horizons: [2027]
        arms:
          - name: baseline
            scenario: baseline
        sensitivity:
          method: morris
          parameters: [trade.elasticity, route.congestion_cost, trade.income_elasticity]
          trajectories: 4
          levels: 4
        outcomes:
          - metric: regional_trade_usd
          - metric: middle_corridor_mt
        """;

    @Test
    void aMorrisStudyGivesIndicesForEveryParameterOutcomeAndHorizonWithIntervals() throws Exception {
        ExperimentSpec spec = ExperimentLoader.parse("m.yaml", MORRIS, null);
        ExperimentResult r = new ExperimentEngine(RunPlan.of(spec), 2).run(null, new AtomicBoolean());
        List<SensitivityIndices.Row> rows = SensitivityIndices.of(r);
        assertThat(rows).hasSize(2 * 3);
        for (SensitivityIndices.Row row : rows) {
            assertThat(row.a()).as(row.parameter() + " mu*").isGreaterThanOrEqualTo(0).isFinite();
            assertThat(row.low()).isLessThanOrEqualTo(row.a());
            assertThat(row.high()).isGreaterThanOrEqualTo(row.a());
        }
        // the trade elasticities move regional trade; a study must not report them as idle
        assertThat(rows.stream().filter(x -> x.metric().equals("regional_trade_usd")
            && x.parameter().startsWith("trade.")).mapToDouble(SensitivityIndices.Row::a).min().orElseThrow()).isPositive();
        StringWriter csv = new StringWriter();
        SensitivityIndices.writeCsv(rows, csv);
        assertThat(csv.toString()).startsWith("method,metric,subject,year,parameter,index,value,low,high\n")
            .contains("morris,middle_corridor_mt,TITR,2027,route.congestion_cost,mu_star,");
        StringWriter html = new StringWriter();
        r.writeReport(html, List.of("test"));
        assertThat(html.toString()).contains("Which parameters drive the outcomes").contains("mu*");
    }

    @Test
    void theTradeGdpLoopStaysFiniteAtTheJointExtremesOfItsParameters() {
        // this corner gave NaN by 2044 before the trade channel's bound on GDP (found by a Morris study)
        ParameterSet corner = ParameterSet.defaults().with("trade.elasticity", 10).with("trade.diversion", 0)
            .with("trade.income_elasticity", 2).with("trade.adjustment_rate", 0.34).with("trade.trust_semi_elasticity", 5)
            .with("trade.transport_share", 0.6667).with("route.value_of_time", 0).with("route.logit_scale", 170)
            .with("route.risk_premium", 0).with("route.congestion_cost", 666.67);
        RunResult run = ModelRun.run(Scenario.defaults(), corner, 5, 20);
        for (int i = 0; i < run.keys().size(); i++) {
            for (int step = 0; step < run.steps(); step++) {
                assertThat(run.value(step, i)).as(run.keys().get(i) + " at step " + step).isFinite();
            }
        }
        assertThat(run.last(Metrics.GDP, "KZ")).isLessThan(3 * 288e9 * Math.pow(1.045, 20));
    }
}
