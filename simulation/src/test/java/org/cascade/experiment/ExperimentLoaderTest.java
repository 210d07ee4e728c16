package org.cascade.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.cascade.params.ParameterGroup;
import org.cascade.params.ParameterRegistry;
import org.cascade.results.SeriesKey;
import org.cascade.run.UncertaintyMode;
import org.junit.jupiter.api.Test;

class ExperimentLoaderTest {
    static final String ONE_ARM = """
        arms:
          - name: base
            scenario: baseline
        """;

    static ExperimentSpec parse(String yaml) throws Exception {
        return ExperimentLoader.parse("x.yaml", yaml, null);
    }

    @Test
    void defaultsFillWhatTheFileLeavesOut() throws Exception {
        ExperimentSpec s = parse("kind: ensemble\nreplicates: 3\n" + ONE_ARM);
        assertThat(s.masterSeed()).isEqualTo(1);
        assertThat(s.years()).isEqualTo(20);
        assertThat(s.uncertainty()).isEqualTo(UncertaintyMode.BOTH);
        assertThat(s.horizons()).containsExactly(2030, 2035, 2044);
        assertThat(s.outcomes()).contains(new SeriesKey("gdp_usd", "KZ"), new SeriesKey("regional_trade_usd", "region"))
            .allSatisfy(k -> assertThat(ExperimentLoader.DEFAULT_METRICS).contains(k.metric()));
        assertThat(s.runCount()).isEqualTo(3);
    }

    @Test
    void sweepGridsAndSensitivityDesignsExpand() throws Exception {
        ExperimentSpec sweep = parse("kind: sweep\nreplicates: 2\n" + ONE_ARM + """
            sweep:
              - parameter: trade.elasticity
                from: 2
                to: 8
                steps: 4
              - parameter: connectivity.digital
                values: [0, 1]
            """);
        assertThat(sweep.sweep().get(0).values()).containsExactly(2.0, 4.0, 6.0, 8.0);
        assertThat(sweep.points()).isEqualTo(8);
        RunPlan plan = RunPlan.of(sweep);
        assertThat(plan.points().get(3).values()).containsEntry("trade.elasticity", 4.0)
            .containsEntry("connectivity.digital", 1.0);
        assertThat(plan.task(0, 3, 1).overrides().get("trade.elasticity")).isEqualTo(4.0);

        ExperimentSpec morris = parse("kind: sensitivity\nreplicates: 2\n" + ONE_ARM + """
            sensitivity:
              method: morris
              parameters: [group:trade]
              trajectories: 3
            """);
        int k = ParameterRegistry.get().inGroup(ParameterGroup.TRADE).size();
        assertThat(morris.sensitivity().parameters()).hasSize(k);
        assertThat(morris.points()).isEqualTo(3L * (k + 1));
        RunPlan mp = RunPlan.of(morris);
        assertThat(mp.points()).hasSize(3 * (k + 1));
        // consecutive Morris points differ in exactly one parameter
        long changed = mp.points().get(1).values().keySet().stream()
            .filter(n -> !mp.points().get(1).values().get(n).equals(mp.points().get(0).values().get(n))).count();
        assertThat(changed).isLessThanOrEqualTo(1);

        ExperimentSpec sobol = parse("kind: sensitivity\nreplicates: 1\n" + ONE_ARM + """
            sensitivity:
              method: sobol
              parameters: [trade.elasticity, trade.diversion, trade.transport_share]
              n: 8
            """);
        assertThat(RunPlan.of(sobol).points()).hasSize(8 * 5);
        // a custom design goes through the hook, mapped to the registry ranges
        RunPlan custom = RunPlan.of(sobol, (settings, seed) -> () -> new double[][] {{0, 0.5, 1}});
        assertThat(custom.points()).hasSize(1);
        assertThat(custom.points().get(0).values()).containsEntry("trade.elasticity", 1.0)
            .containsEntry("trade.diversion", 0.5).containsEntry("trade.transport_share", 1.0);
    }

    @Test
    void mistakesNameLineFieldAndWhatIsAllowed() {
        List<String[]> cases = List.of(
            new String[] {"kind: compare\nreplicates: 3\n" + ONE_ARM, "x.yaml:4: arms: a compare has 2 to 4 arms, got 1"},
            new String[] {"kind: ensemble\nreplicates: 3\nuncertainty: all\n" + ONE_ARM,
                "x.yaml:3: uncertainty: unknown mode 'all'; allowed shocks, parameters or both"},
            new String[] {"kind: ensemble\nreplicates: 3\nmaster_seed: -1\n" + ONE_ARM,
                "x.yaml:3: master_seed: -1 is out of range; allowed [0, 2147483647]"},
            new String[] {"kind: ensemble\nreplicates: 3\ncolour: red\n" + ONE_ARM, "x.yaml:3: colour: unknown field 'colour'"},
            new String[] {"kind: ensemble\nreplicates: 3\n" + ONE_ARM.replace("baseline", "nowhere"),
                "x.yaml:5: arms[1].scenario: 'nowhere' is neither a file nor a bundled scenario"},
            new String[] {"kind: ensemble\n" + ONE_ARM, "x.yaml:1: replicates: missing required field 'replicates'"},
            new String[] {"kind: sweep\nreplicates: 3\n" + ONE_ARM + "sweep:\n  - parameter: trade.elasticity\n    values: [0.5]\n",
                "x.yaml:8: sweep[1].values: 'trade.elasticity' = 0.5 is out of range; allowed [1, 10]"},
            new String[] {"kind: ensemble\nreplicates: 3\nhorizons: [2030, 2030]\n" + ONE_ARM,
                "x.yaml:3: horizons: 2030 is given twice"},
            new String[] {"kind: ensemble\nreplicates: [3\n", "x.yaml:"});
        for (String[] c : cases) {
            assertThatThrownBy(() -> parse(c[0])).as(c[0]).isInstanceOf(ExperimentException.class)
                .hasMessageContaining(c[1]);
        }
    }
}
