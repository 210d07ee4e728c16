package org.cascade.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cascade.params.ParameterSet;
import org.cascade.region.DisputeCode;
import org.cascade.region.Pair;
import org.cascade.region.RouteCode;
import org.cascade.region.StateCode;
import org.cascade.results.RunResult;
import org.cascade.run.ModelRun;
import org.cascade.scenario.Scenario;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;

/**
 * Every series the charts read is recorded by the model. The chart builders skip a series the run lacks (so that a
 * partial run still draws), which would hide a renamed or dropped reporter: here every chart is built from a real
 * run and must show one series for every subject of the region's vocabulary.
 */
class RecordedSeriesTest {
    private final RunResult run = ModelRun.run(Scenario.defaults(), ParameterSet.defaults(), 1, 2);

    @Test
    void tradeAndGdpChartsFindEveryPairAndState() {
        List<String> pairs = Pair.names();
        assertThat(ChartBuilders.seriesNames(ChartBuilders.trade(run, pairs, List.of())))
            .containsExactlyInAnyOrderElementsOf(Pair.names());
        assertThat(ChartBuilders.seriesNames(ChartBuilders.gdp(run, List.of()))).hasSize(StateCode.COUNT);
    }

    @Test
    void corridorChartFindsVolumeCapacityAndEveryRouteShare() {
        List<XYPlot> panels = panels(ChartBuilders.corridor(run, List.of()));
        assertThat(panels).hasSize(3);
        assertThat(panels.get(0).getDataset().getSeriesKey(0)).isEqualTo("volume (TITR)");
        assertThat(panels.get(0).getDataset().getSeriesCount()).isEqualTo(2);
        assertThat(panels.get(1).getDataset().getSeriesCount() + panels.get(2).getDataset().getSeriesCount())
            .isEqualTo(RouteCode.COUNT);
    }

    @Test
    void disputeChartFindsTensionAndProgressOfEveryDispute() {
        List<XYPlot> panels = panels(ChartBuilders.disputes(run, List.of()));
        assertThat(panels).hasSize(DisputeCode.COUNT);
        assertThat(panels).allSatisfy(p -> assertThat(p.getDataset().getSeriesCount()).isEqualTo(2));
        for (DisputeCode d : DisputeCode.values()) {
            assertThat(run.has(org.cascade.results.Metrics.BORDER_OPEN, d.id())).as(d.id()).isTrue();
        }
    }

    @Test
    void investmentAndTrustChartsFindEveryPair() {
        assertThat(ChartBuilders.seriesNames(ChartBuilders.investment(run, Pair.COUNT, List.of()))).hasSize(Pair.COUNT);
        assertThat(ChartBuilders.trustMatrix(run, 0).getXYPlot().getDataset().getItemCount(0))
            .isEqualTo(StateCode.COUNT * (StateCode.COUNT - 1));
    }

    @SuppressWarnings("unchecked")
    private static List<XYPlot> panels(JFreeChart chart) {
        return ((CombinedDomainXYPlot) chart.getPlot()).getSubplots();
    }
}
