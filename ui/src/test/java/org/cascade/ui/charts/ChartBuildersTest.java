package org.cascade.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.util.List;
import org.cascade.results.Metrics;
import org.cascade.results.RunResult;
import org.cascade.ui.TestRuns;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYZDataset;
import org.junit.jupiter.api.Test;

class ChartBuildersTest {
    private final RunResult run = TestRuns.steps(25)
        .with(Metrics.TRADE, "KZ-UZ", s -> 4.3e9 + s * 1e8)
        .with(Metrics.TRADE, "KZ-AZ", s -> 0.5e9)
        .with(Metrics.TRADE, "UZ-TJ", s -> 1.5e9)
        .with(Metrics.TRADE, "KG-TJ", s -> s < 12 ? 0.01e9 : 0.05e9)
        .with(Metrics.TRUST, "KZ-UZ", s -> 0.9)
        .with(Metrics.TRUST, "KG-TJ", s -> 0.1)
        .with(Metrics.TRUST, "AZ-AM", s -> 0.5)
        .with(Metrics.DISPUTE_TENSION, "KG-TJ", s -> 0.8)
        .with(Metrics.DISPUTE_PROGRESS, "KG-TJ", s -> 0.5)
        .with(Metrics.BORDER_OPEN, "KG-TJ", s -> s >= 3 && s < 6 ? 0 : 1)
        .with(Metrics.ROUTE_VOLUME, "middle-corridor", s -> 4.5)
        .with(Metrics.ROUTE_CAPACITY, "middle-corridor", s -> 6)
        .with(Metrics.MIDDLE_CORRIDOR, Metrics.TITR, s -> 4.5 + s * 0.1)
        .with(Metrics.ROUTE_SHARE, "northern", s -> 0.8)
        .with(Metrics.ROUTE_SHARE, "middle-corridor", s -> 0.2)
        .build();

    @Test
    void tradeChartHasOneSeriesPerChosenPairWithTheRightValues() {
        JFreeChart c = ChartBuilders.trade(run, List.of("KZ-UZ", "KG-TJ", "UZ-TM"), List.of());
        assertThat(ChartBuilders.seriesNames(c)).as("UZ-TM is not recorded, so it is left out")
            .containsExactly("KZ-UZ", "KG-TJ");
        // KZ-UZ (4-7 bn) dwarfs KG-TJ (0.01-0.05 bn): each gets a panel on its own scale
        List<XYPlot> panels = ChartBuilders.panels(c);
        assertThat(panels).hasSize(2);
        XYDataset d = panels.get(0).getDataset();
        assertThat(d.getItemCount(0)).isEqualTo(25);
        assertThat(d.getYValue(0, 10)).isEqualTo(5.3, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(d.getXValue(0, 12)).isEqualTo(2026.0);
        assertThat(panels.get(1).getDataset().getYValue(0, 0)).isEqualTo(0.01, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(panels.get(1).getRangeAxis().getUpperBound()).isLessThan(0.1);
    }

    @Test
    void aSeriesAtZeroJoinsTheLastPanelInsteadOfAnEmptyScale() {
        RunResult withZero = TestRuns.steps(3).with(Metrics.TRADE, "KZ-UZ", s -> 4e9).with(Metrics.TRADE, "KG-TJ", s -> 0.05e9)
            .with(Metrics.TRADE, "AZ-AM", s -> 0).build();
        List<XYPlot> panels = ChartBuilders.panels(ChartBuilders.trade(withZero, List.of("KZ-UZ", "KG-TJ", "AZ-AM"), List.of()));
        assertThat(panels).hasSize(2);
        assertThat(panels.get(1).getDataset().getSeriesKey(1)).isEqualTo("AZ-AM");
    }

    @Test
    void seriesOfOneSizeShareAPanel() {
        JFreeChart c = ChartBuilders.trade(run, List.of("KZ-UZ", "UZ-TJ"), List.of());
        assertThat(ChartBuilders.panels(c)).hasSize(1);
        assertThat(c.getXYPlot().getDataset().getSeriesCount()).isEqualTo(2);
    }

    @Test
    void pairNamesInEitherOrderAreAccepted() {
        JFreeChart c = ChartBuilders.trade(run, List.of("UZ-KZ"), List.of());
        assertThat(ChartBuilders.seriesNames(c)).containsExactly("KZ-UZ");
    }

    @Test
    void scenarioEventsBecomeVerticalMarkers() {
        JFreeChart c = ChartBuilders.trade(run, List.of("KZ-UZ", "KZ-AZ"), List.of(12, 6, 12));
        java.util.Collection<?> marks = ChartBuilders.panels(c).get(0).getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND);
        assertThat(marks).as("one marker per month").hasSize(2);
        assertThat(marks).extracting(m -> ((org.jfree.chart.plot.ValueMarker) m).getLabel()).containsExactly("1", "2");
        assertThat(marks).extracting(m -> ((org.jfree.chart.plot.ValueMarker) m).getValue())
            .containsExactly(ChartBuilders.x(6), ChartBuilders.x(12));
    }

    @Test
    void heatMapCellColoursFollowTrust() {
        JFreeChart c = ChartBuilders.trustMatrix(run, 0);
        XYZDataset d = (XYZDataset) c.getXYPlot().getDataset();
        // both (i,j) and (j,i) for the three recorded pairs
        assertThat(d.getItemCount(0)).isEqualTo(6);
        Color high = (Color) ChartBuilders.trustPaint(c, 0.9);
        Color low = (Color) ChartBuilders.trustPaint(c, 0.1);
        Color mid = (Color) ChartBuilders.trustPaint(c, 0.5);
        assertThat(high.getGreen()).isGreaterThan(high.getRed());
        assertThat(low.getRed()).isGreaterThan(low.getGreen());
        assertThat(mid.getRed()).isGreaterThan(150);
        assertThat(mid.getGreen()).isGreaterThan(150);
        assertThat(high).isEqualTo(ChartBuilders.trustColor(0.9));
        for (int i = 0; i < d.getItemCount(0); i++) {
            double trust = d.getZValue(0, i);
            assertThat(ChartBuilders.trustPaint(c, trust)).isEqualTo(ChartBuilders.trustColor(trust));
        }
    }

    @Test
    void closedBorderMonthsAreShadedBands() {
        List<double[]> bands = ChartBuilders.closedBands(run, "KG-TJ");
        assertThat(bands).hasSize(1);
        assertThat(bands.get(0)[0]).isEqualTo(ChartBuilders.x(3));
        assertThat(bands.get(0)[1]).isEqualTo(ChartBuilders.x(6));
        JFreeChart c = ChartBuilders.disputes(run, List.of());
        CombinedDomainXYPlot plot = (CombinedDomainXYPlot) c.getPlot();
        assertThat(plot.getSubplots()).hasSize(1);
        XYPlot sub = (XYPlot) plot.getSubplots().get(0);
        assertThat(sub.getDomainMarkers(org.jfree.chart.ui.Layer.BACKGROUND)).hasSize(1);
        assertThat(sub.getDataset().getSeriesCount()).isEqualTo(2);
    }

    @Test
    void corridorChartShowsVolumeAgainstCapacityAndShares() {
        JFreeChart c = ChartBuilders.corridor(run, List.of());
        CombinedDomainXYPlot plot = (CombinedDomainXYPlot) c.getPlot();
        XYPlot top = (XYPlot) plot.getSubplots().get(0);
        XYPlot freight = (XYPlot) plot.getSubplots().get(1);
        assertThat(top.getDataset().getSeriesCount()).isEqualTo(2);
        assertThat(top.getDataset().getYValue(1, 0)).isEqualTo(6.0);
        assertThat(freight.getDataset().getSeriesCount()).isEqualTo(2);
    }

    @Test
    void rendersToSvgAndPng() {
        JFreeChart c = ChartBuilders.trade(run, List.of("KZ-UZ", "KZ-AZ"), List.of(3));
        String svg = ChartRenderer.svg(c, 720, 340);
        assertThat(svg).startsWith("<svg").containsPattern("viewBox='0(\\.0)? 0(\\.0)? 720(\\.0)? 340(\\.0)?'").contains("Bilateral trade");
        byte[] png = ChartRenderer.png(c, 720, 340);
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
    }

    private static org.cascade.results.LoggedEvent ev(int step, String kind) {
        return new org.cascade.results.LoggedEvent(step, kind, "KZ", "KZ raises its import tariff to 3.0% (expected gain"
            + " +0.10 against +0.02 to keep it)", false);
    }

    @Test
    void decisionMonthsAreEveryMonthWithADecisionOrTheBusiestSpacedOut() {
        List<org.cascade.results.LoggedEvent> log = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            log.add(ev(1, "decision"));
        }
        for (int i = 0; i < 5; i++) {
            log.add(ev(2, "decision"));
        }
        log.add(ev(10, "bargaining_failed"));
        log.add(ev(30, "bargaining"));
        log.add(ev(30, "decision"));
        log.add(ev(5, "summit"));
        assertThat(ChartBuilders.decisionMonths(log, 10, 6).keySet()).containsExactly(1, 2, 10, 30);
        assertThat(ChartBuilders.decisionMonths(log, 2, 1).keySet()).containsExactly(1, 2);
        assertThat(ChartBuilders.decisionMonths(log, 2, 6).keySet()).as("month 1 is too close to the busier 2")
            .containsExactly(2, 30);
        assertThat(ChartBuilders.decisionMonths(log, 10, 6).get(2)).hasSize(5);
    }

    @Test
    void decisionMarkersAreDottedBrownAndLabelledApartFromEvents() {
        RunResult r = TestRuns.steps(25).with(Metrics.GDP, "KZ", s -> 1e9).event(ev(3, "decision"))
            .event(ev(3, "decision")).event(ev(14, "bargaining")).build();
        JFreeChart c = ChartBuilders.gdp(r, List.of(6));
        ChartBuilders.markDecisions(c, r.events(), r.years());
        List<org.jfree.chart.plot.ValueMarker> marks = c.getXYPlot().getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND)
            .stream().map(org.jfree.chart.plot.ValueMarker.class::cast).toList();
        assertThat(marks).extracting(org.jfree.chart.plot.ValueMarker::getLabel).containsExactly("1", "D1", "D2");
        assertThat(marks.subList(1, 3)).allSatisfy(m -> assertThat(m.getPaint()).isEqualTo(ChartBuilders.DECISION_COLOR));
        assertThat(marks.get(0).getPaint()).isNotEqualTo(ChartBuilders.DECISION_COLOR);
        org.jfree.chart.title.TextTitle legend = (org.jfree.chart.title.TextTitle) c.getSubtitles().stream()
            .filter(t -> t instanceof org.jfree.chart.title.TextTitle tt && "decisions".equals(tt.getID())).findFirst()
            .orElseThrow();
        assertThat(legend.getText()).isEqualTo("Decisions: D1 = 2025-04 KZ raises its import tariff to 3.0% +1 more; "
            + "D2 = 2026-03 KZ talks: offer accepted");
    }
}
