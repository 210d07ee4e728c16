package org.cascade.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.cascade.params.ParameterSet;
import org.cascade.results.Metrics;
import org.cascade.results.RunResult;
import org.cascade.scenario.Scenario;
import org.cascade.scenario.ScenarioLibrary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The baseline's "what to look for" holds on a small ensemble (six seeds, the scenario's own horizon). */
class BaselineLookForTest {
    private static final String MC = "middle-corridor";
    private static Scenario baseline;
    private static final List<RunResult> RUNS = new ArrayList<>();

    @BeforeAll
    static void ensemble() throws Exception {
        baseline = ScenarioLibrary.load(ScenarioLibrary.BASELINE);
        for (long seed = 1; seed <= 6; seed++) {
            RUNS.add(ModelRun.run(baseline, ParameterSet.defaults(), seed, baseline.years()));
        }
    }

    @Test
    void theTextStatesTheCorridorFiguresTheRunsShow() {
        assertThat(baseline.lookFor()).contains("4.5 Mt").contains("13 Mt").contains("6 Mt").contains("18 Mt")
            .contains("three-quarters full").doesNotContain("flattening");
    }

    @Test
    void corridorVolumeGrowsFromAbout4p5To13MtWithCapacityAheadFrom6To18() {
        for (RunResult r : RUNS) {
            double[] vol = r.series(Metrics.ROUTE_VOLUME, MC);
            double[] cap = r.series(Metrics.ROUTE_CAPACITY, MC);
            int end = vol.length - 1;
            assertThat(vol[0]).as("volume at the start, seed " + r.seed()).isBetween(4.0, 5.0);
            assertThat(vol[end]).as("volume at the end, seed " + r.seed()).isBetween(11.0, 15.5);
            assertThat(cap[0]).as("capacity at the start").isBetween(5.5, 6.5);
            assertThat(cap[end]).as("capacity at the end").isBetween(16.0, 20.0);
            int full = 0;
            double use = 0;
            for (int t = 0; t <= end; t++) {
                use += vol[t] / cap[t] / (end + 1);
                full += vol[t] >= 0.99 * cap[t] ? 1 : 0;
            }
            assertThat(use).as("mean use of the capacity, seed " + r.seed()).isBetween(0.65, 0.8);
            assertThat(full).as("months the corridor is full, seed " + r.seed()).isLessThanOrEqualTo(3);
        }
    }

    @Test
    void kgTjSettlesEarlyAndAzAmGoesEitherWay() {
        boolean azAmLost = false;
        boolean azAmGained = false;
        for (RunResult r : RUNS) {
            assertThat(r.value(60, Metrics.DISPUTE_PROGRESS, "KG-TJ")).as("KG-TJ settled after 5 years").isEqualTo(1.0);
            double[] p = r.series(Metrics.DISPUTE_PROGRESS, "AZ-AM");
            azAmLost |= p[p.length - 1] < p[0];
            azAmGained |= p[p.length - 1] > p[0];
        }
        assertThat(azAmLost).as("some run loses ground on AZ-AM").isTrue();
        assertThat(azAmGained).as("some run gains ground on AZ-AM").isTrue();
    }

    @Test
    void theSpreadAcrossReplicatesWidensWithTheHorizon() {
        assertThat(spread(RUNS.get(0).lastStep())).isGreaterThan(2 * spread(24));
    }

    /** Standard deviation of the corridor volume across the replicates at one month. */
    private static double spread(int step) {
        double[] v = RUNS.stream().mapToDouble(r -> r.value(step, Metrics.ROUTE_VOLUME, MC)).toArray();
        double mean = java.util.Arrays.stream(v).average().orElseThrow();
        return Math.sqrt(java.util.Arrays.stream(v).map(x -> (x - mean) * (x - mean)).sum() / (v.length - 1));
    }
}
