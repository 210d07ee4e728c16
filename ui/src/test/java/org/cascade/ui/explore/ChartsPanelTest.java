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
import org.cascade.ui.charts.ChartCard;
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
}
