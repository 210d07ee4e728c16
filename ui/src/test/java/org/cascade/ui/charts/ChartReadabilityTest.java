package org.cascade.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cascade.run.ModelRun;
import org.cascade.params.ParameterSet;
import org.cascade.region.Pair;
import org.cascade.region.StateCode;
import org.cascade.results.RunResult;
import org.cascade.scenario.Scenario;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.junit.jupiter.api.Test;

/** The charts read at a glance: few series per panel, distinct colours, labelled events, readable ticks, captions. */
class ChartReadabilityTest {
    private static final RunResult RUN = ModelRun.run(Scenario.defaults(), ParameterSet.defaults(), 1, 3);
    private static final List<Integer> EVENTS = List.of(6, 18, 6);

    private static List<JFreeChart> charts() {
        List<JFreeChart> out = new ArrayList<>();
        out.add(ChartBuilders.trade(RUN, Pair.names(), EVENTS));
        out.add(ChartBuilders.trade(RUN, List.of("KZ-UZ", "KZ-AZ", "KG-TJ", "AZ-AM"), EVENTS));
        out.add(ChartBuilders.gdp(RUN, EVENTS));
        out.add(ChartBuilders.corridor(RUN, EVENTS));
        out.add(ChartBuilders.disputes(RUN, EVENTS));
        out.add(ChartBuilders.investment(RUN, 6, EVENTS));
        out.add(ChartBuilders.investment(RUN, Pair.COUNT, EVENTS));
        return out;
    }

    @Test
    void atMostSixSeriesPerPanelInColoursThatDoNotRepeat() {
        for (JFreeChart c : charts()) {
            String title = c.getTitle().getText();
            List<Paint> chartPaints = new ArrayList<>();
            for (XYPlot p : ChartBuilders.panels(c)) {
                int n = p.getDataset().getSeriesCount();
                assertThat(n).as(title).isLessThanOrEqualTo(ChartBuilders.MAX_SERIES_PER_PANEL);
                Set<Paint> panelPaints = new HashSet<>();
                for (int i = 0; i < n; i++) {
                    Paint paint = p.getRenderer().getSeriesPaint(i);
                    assertThat(panelPaints.add(paint)).as(title + ": colour of " + p.getDataset().getSeriesKey(i)).isTrue();
                    chartPaints.add(paint);
                }
            }
            if (chartPaints.size() <= ChartBuilders.PALETTE.length && !title.startsWith("Disputes")) {
                assertThat(new HashSet<>(chartPaints)).as(title + ": colours unique in the chart").hasSameSizeAs(chartPaints);
            }
        }
    }

    @Test
    void thePaletteIsColourBlindSafeAndDistinct() {
        // Okabe-Ito and Tol colours only, and no two alike
        Set<Integer> allowed = Set.of(0x0072B2, 0xD55E00, 0x009E73, 0xCC79A7, 0xE69F00, 0x56B4E9, 0x882255);
        Set<Integer> seen = new HashSet<>();
        for (Color c : ChartBuilders.PALETTE) {
            assertThat(allowed).contains(c.getRGB() & 0xFFFFFF);
            assertThat(seen.add(c.getRGB())).isTrue();
        }
        assertThat(ChartBuilders.PALETTE.length).isGreaterThanOrEqualTo(ChartBuilders.MAX_SERIES_PER_PANEL);
    }

    @Test
    void oneSeriesDwarfingTheOthersGetsItsOwnScale() {
        JFreeChart c = ChartBuilders.gdp(RUN, List.of());
        for (XYPlot p : ChartBuilders.panels(c)) {
            double top = 0;
            double low = Double.MAX_VALUE;
            for (int i = 0; i < p.getDataset().getSeriesCount(); i++) {
                double peak = 0;
                for (int k = 0; k < p.getDataset().getItemCount(i); k++) {
                    peak = Math.max(peak, p.getDataset().getYValue(i, k));
                }
                top = Math.max(top, peak);
                low = Math.min(low, peak);
            }
            assertThat(top / low).as("largest and smallest peak in a panel").isLessThanOrEqualTo(ChartBuilders.DWARF_RATIO);
        }
        assertThat(ChartBuilders.panels(c).size()).as("KZ's GDP is 20 times Armenia's").isGreaterThan(1);
    }

    @Test
    void eventMarkersAreNumberedWithALegend() {
        JFreeChart c = ChartBuilders.trade(RUN, List.of("KZ-UZ", "KZ-AZ"), EVENTS);
        ChartBuilders.eventLegend(c, List.of("2025-07 set policy.KZ.tariff", "2026-07 summit ots"));
        assertThat(ChartBuilders.panels(c).get(0).getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND)).hasSize(2);
        // every panel shows the event lines, only the top one numbers them
        assertThat(ChartBuilders.panels(c)).hasSizeGreaterThan(1).allSatisfy(p ->
            assertThat(p.getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND)).hasSize(2));
        assertThat(ChartBuilders.panels(c).get(1).getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND))
            .allSatisfy(m -> assertThat(((org.jfree.chart.plot.ValueMarker) m).getLabel()).isNull());
        TextTitle legend = (TextTitle) c.getSubtitles().stream().filter(t -> t instanceof TextTitle tt
            && "events".equals(tt.getID())).findFirst().orElseThrow();
        assertThat(legend.getText()).contains("1 = 2025-07 set policy.KZ.tariff").contains("2 = 2026-07 summit ots");
        String svg = ChartRenderer.svg(c, ChartCard.WIDTH, 300);
        assertThat(svg).contains(">1<").contains(">2<").contains("2026-07 summit ots");
    }

    @Test
    void theTrustHeatMapHasAScaleAndItsValues() {
        JFreeChart c = ChartBuilders.trustMatrix(RUN, RUN.lastStep());
        assertThat(c.getSubtitles()).anyMatch(t -> t instanceof PaintScaleLegend);
        List<?> notes = c.getXYPlot().getAnnotations();
        assertThat(notes).hasSize(StateCode.COUNT * (StateCode.COUNT - 1));
        XYTextAnnotation first = (XYTextAnnotation) notes.get(0);
        double shown = Double.parseDouble(first.getText());
        Pair p = Pair.of(StateCode.values()[(int) first.getX()], StateCode.values()[(int) first.getY()]);
        assertThat(shown).isCloseTo(RUN.value(RUN.lastStep(), org.cascade.results.Metrics.TRUST, p.name()),
            org.assertj.core.data.Offset.offset(0.005));
    }

    @Test
    void tickLabelsOnTheDisputePanelsDoNotCollide() {
        JFreeChart c = ChartBuilders.disputes(RUN, EVENTS);
        ChartRenderingInfo info = new ChartRenderingInfo();
        BufferedImage img = new BufferedImage(ChartCard.WIDTH, 440, BufferedImage.TYPE_INT_RGB);
        c.draw(img.createGraphics(), new Rectangle2D.Double(0, 0, ChartCard.WIDTH, 440), info);
        List<XYPlot> panels = ChartBuilders.panels(c);
        assertThat(panels).hasSizeGreaterThanOrEqualTo(2);
        for (int i = 0; i < panels.size(); i++) {
            NumberAxis y = (NumberAxis) panels.get(i).getRangeAxis();
            double area = info.getPlotInfo().getSubplotInfo(i).getDataArea().getHeight();
            double ticks = (y.getUpperBound() - y.getLowerBound()) / y.getTickUnit().getSize();
            double spacing = area / ticks;
            assertThat(spacing).as("px between tick labels on panel " + i)
                .isGreaterThan(1.6 * y.getTickLabelFont().getSize2D());
        }
    }

    @Test
    void exportedImagesCarryTheirCaption() {
        JFreeChart c = ChartBuilders.trade(RUN, List.of("KZ-UZ", "KZ-AZ"), EVENTS);
        String caption = "CASCADE, scenario baseline, seed 1, 3 years; parameters changed from defaults: none; run 2026-11-30";
        String svg = ChartRenderer.withCaption(c, caption, () -> ChartRenderer.svgDocument(c, ChartCard.WIDTH, 340));
        assertThat(svg).contains("scenario baseline, seed 1");
        assertThat(c.getSubtitles()).as("the caption is only added for the export").noneMatch(t -> t instanceof TextTitle tt
            && "caption".equals(tt.getID()));
        assertThat(ChartRenderer.svgDocument(c, ChartCard.WIDTH, 340)).doesNotContain("seed 1");
        byte[] png = ChartRenderer.withCaption(c, caption, () -> ChartRenderer.png(c, 1200, 680));
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        assertThat(new String(svg.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).contains("run 2026-11-30");
    }
}
