package org.cascade.ui.explore;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.cascade.params.ParameterSet;
import org.cascade.results.RunResult;
import org.cascade.run.ModelRun;
import org.cascade.scenario.Scenario;
import org.cascade.scenario.ScenarioLibrary;
import org.cascade.ui.charts.ChartBuilders;
import org.cascade.ui.charts.ChartCard;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every exported chart image carries its caption: scenario, seed, changed parameters and date of the run. */
class ChartsPanelTest {
    @BeforeEach
    void setup() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void captionNamesScenarioSeedChangedParametersAndDate() {
        RunResult r = ModelRun.run(Scenario.defaults(), ParameterSet.defaults().with("trade.elasticity", 3), 42, 1);
        String caption = ChartsPanel.caption(r, Instant.parse("2026-11-30T19:05:00Z"));
        assertThat(caption).contains("scenario " + r.scenarioId()).contains("seed 42").contains("trade.elasticity = 3")
            .contains("run 2026-11-30 19:05 UTC");
        RunResult plain = ModelRun.run(Scenario.defaults(), ParameterSet.defaults(), 1, 1);
        assertThat(ChartsPanel.caption(plain, Instant.now())).contains("parameters changed from defaults: none");
    }

    @Test
    void everyExportedSvgCarriesTheCaption() {
        RunResult r = ModelRun.run(Scenario.defaults(), ParameterSet.defaults().with("trade.elasticity", 3), 42, 1);
        ChartsPanel panel = new ChartsPanel();
        List<JFreeChart> charts = panel.build(r, List.of("KZ-UZ", "KZ-AZ"), List.of());
        panel.show(charts, panel.render(charts));
        List<ChartCard> cards = panel.getChildren().filter(ChartCard.class::isInstance).map(ChartCard.class::cast).toList();
        assertThat(cards).hasSize(6);
        for (ChartCard card : cards) {
            String svg = new String(card.export(false), StandardCharsets.UTF_8);
            assertThat(svg).as(card.getId().orElseThrow()).contains("seed 42").contains("trade.elasticity = 3");
            assertThat(card.export(true)).startsWith(0x89, 'P', 'N', 'G');
        }
    }

    /**
     * Issue 10, item 8: in Russian, every word on the charts is Russian (titles, axis labels, series names, the
     * numbered events and decisions under them, the caption), leaving only codes: states and pairs (KZ, KG-TJ),
     * route and dispute ids (middle-corridor), parameter names, and the brand.
     */
    @Test
    void inRussianTheChartsTitlesAxesLegendsAndCaptionAreRussian() throws Exception {
        Scenario sc = ScenarioLibrary.load("middle-corridor-reform");
        RunResult r = ModelRun.run(sc, ParameterSet.defaults().with("government.AZ.mode", 1)
            .with("government.KZ.mode", 1), 1, 10);
        ChartsPanel panel = new ChartsPanel(org.cascade.ui.i18n.Texts.of(java.util.Locale.forLanguageTag("ru")));
        List<JFreeChart> charts = panel.build(r, List.of("KZ-UZ", "KZ-AZ"), sc.events());
        List<String> texts = new java.util.ArrayList<>();
        for (JFreeChart c : charts) {
            texts.add(c.getTitle().getText());
            for (int i = 0; i < c.getSubtitleCount(); i++) {
                if (c.getSubtitle(i) instanceof org.jfree.chart.title.TextTitle t) {
                    texts.add(t.getText());
                }
            }
            for (org.jfree.chart.plot.XYPlot p : ChartBuilders.panels(c)) {
                texts.add(p.getRangeAxis().getLabel());
                for (int k = 0; k < p.getDataset().getSeriesCount(); k++) {
                    texts.add(String.valueOf(p.getDataset().getSeriesKey(k)));
                }
            }
        }
        texts.add(ChartsPanel.caption(r, Instant.now(), org.cascade.ui.i18n.Texts.of(java.util.Locale.forLanguageTag("ru"))));
        assertThat(String.join(" ", texts)).contains("Решения").contains("События");
        java.util.regex.Pattern codes = java.util.regex.Pattern.compile(
            "[a-z]+(\\.[A-Za-z0-9_-]+)+|[a-z]+(-[a-z]+)+|\\b[A-Z]{2,}(-[A-Z]{2,})*\\b|CASCADE|trust|[\\w-]+\\.md");
        java.util.regex.Pattern latin = java.util.regex.Pattern.compile("[A-Za-z]{2,}");
        List<String> english = texts.stream().filter(java.util.Objects::nonNull)
            .filter(x -> latin.matcher(codes.matcher(x).replaceAll("")).find()).toList();
        assertThat(english).as("chart texts left in English").isEmpty();
        assertThat(new ChartsPanel().build(r, List.of("KZ-UZ"), sc.events()).get(0).getTitle().getText())
            .isEqualTo("Bilateral trade");
    }

    /** Issue 9, item 5: the governments' decisions are marked apart from the scenario's events, and capped. */
    @Test
    void decisionsOfAnAdaptiveRunAreMarkedAndCappedAndABaselineRunHasNone() throws Exception {
        RunResult adaptive = ModelRun.run(ScenarioLibrary.load("adaptive-region"), ParameterSet.defaults(), 1, 20);
        long decisionMonths = adaptive.events().stream().filter(e -> ChartBuilders.DECISION_KINDS.contains(e.kind()))
            .map(e -> e.step()).distinct().count();
        assertThat(decisionMonths).as("months with decisions in 20 adaptive years").isGreaterThan(
            ChartBuilders.MAX_DECISION_MARKS);
        ChartsPanel panel = new ChartsPanel();
        List<JFreeChart> charts = panel.build(adaptive, List.of("KZ-UZ"), List.of());
        String svg = panel.render(charts).get(0);
        assertThat(svg).contains(">D1<").contains(">D" + ChartBuilders.MAX_DECISION_MARKS + "<")
            .doesNotContain(">D" + (ChartBuilders.MAX_DECISION_MARKS + 1) + "<")
            .contains("Decisions (" + ChartBuilders.MAX_DECISION_MARKS + " of " + decisionMonths + " months with some");
        for (int i : List.of(0, 1, 2, 4, 5)) {
            for (var plot : ChartBuilders.panels(charts.get(i))) {
                assertThat(decisionMarkers(plot)).as("chart " + i).hasSize(ChartBuilders.MAX_DECISION_MARKS);
            }
        }
        assertThat(decisionMarkers(charts.get(3).getXYPlot())).as("the trust heat map").isEmpty();

        panel.showDecisions(false);
        List<JFreeChart> off = panel.build(adaptive, List.of("KZ-UZ"), List.of());
        assertThat(decisionMarkers(ChartBuilders.panels(off.get(0)).get(0))).isEmpty();
        assertThat(panel.render(off).get(0)).doesNotContain("Decisions");

        RunResult baseline = ModelRun.run(ScenarioLibrary.load("baseline"), ParameterSet.defaults(), 1, 20);
        ChartsPanel plain = new ChartsPanel();
        List<JFreeChart> base = plain.build(baseline, List.of("KZ-UZ"), List.of());
        assertThat(plain.render(base).get(0)).doesNotContain("Decisions").doesNotContain(">D1<");
        assertThat(decisionMarkers(ChartBuilders.panels(base.get(0)).get(0))).isEmpty();
    }

    private static List<ValueMarker> decisionMarkers(org.jfree.chart.plot.XYPlot plot) {
        java.util.Collection<?> marks = plot.getDomainMarkers(Layer.FOREGROUND);
        return marks == null ? List.of() : marks.stream().map(ValueMarker.class::cast)
            .filter(m -> ChartBuilders.DECISION_COLOR.equals(m.getPaint())).toList();
    }
}
