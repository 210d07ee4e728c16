package org.cascade.ui.experiments;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.cascade.ui.experiments.KaribuViews.await;
import static org.cascade.ui.experiments.KaribuViews.byId;
import static org.cascade.ui.experiments.KaribuViews.location;
import static org.cascade.ui.experiments.KaribuViews.status;
import static org.cascade.ui.experiments.KaribuViews.text;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.cascade.experiment.ExperimentKind;
import org.cascade.experiment.ExperimentLoader;
import org.cascade.experiment.ExperimentSpec;
import org.cascade.experiment.SweepAxis;
import org.cascade.params.Parameter;
import org.cascade.params.ParameterRegistry;
import org.cascade.results.SeriesKey;
import org.cascade.run.UncertaintyMode;
import org.cascade.ui.CascadeUiApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/** The sweep form browserless: run count, range messages, the exported description, Run, and a point's page. */
@SpringBootTest(classes = CascadeUiApplication.class)
class SweepFormTest {
    @Autowired
    private ApplicationContext ctx;
    @Autowired
    private ExperimentService service;
    @Autowired
    private ExperimentFilesController files;

    @BeforeEach
    void setup() {
        KaribuViews.setup(ctx);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<Parameter> parameter(int axis) {
        return byId(ComboBox.class, "sweep-parameter-" + axis);
    }

    private static Parameter named(String name) {
        return ParameterRegistry.get().require(name);
    }

    private static void axis(int i, String name, double from, double to, int steps) {
        parameter(i).setValue(named(name));
        byId(NumberField.class, "sweep-from-" + i).setValue(from);
        byId(NumberField.class, "sweep-to-" + i).setValue(to);
        byId(IntegerField.class, "sweep-steps-" + i).setValue(steps);
    }

    @SuppressWarnings("unchecked")
    private static void settings(int replicates, int seed, int years, String uncertainty, String horizons,
                                 Set<String> outcomes) {
        byId(IntegerField.class, "sweep-replicates").setValue(replicates);
        byId(IntegerField.class, "sweep-seed").setValue(seed);
        byId(IntegerField.class, "sweep-years").setValue(years);
        byId(Select.class, "sweep-uncertainty").setValue(uncertainty);
        byId(TextField.class, "sweep-horizons").setValue(horizons);
        byId(CheckboxGroup.class, "sweep-outcomes").setValue(outcomes);
    }

    private static SweepView form() {
        return _find(SweepView.class).getFirst();
    }

    @Test
    void theExportedDescriptionLoadsAsTheSpecTheFormShowsWithItsRunCount() throws Exception {
        UI.getCurrent().navigate("sweep");
        settings(50, 3, 20, "shocks", "2030, 2044", Set.of("regional_trade_usd", "total_trade_usd"));
        axis(1, "trade.elasticity", 2, 8, 7);
        byId(Checkbox.class, "sweep-two").setValue(true);
        axis(2, "connectivity.digital", 0, 1, 3);
        assertThat(text("sweep-runs")).startsWith("21 design points × 50 replicates = 1,050 runs");
        assertThat(text("sweep-error")).isEmpty();

        ExperimentSpec spec = ExperimentLoader.parse("sweep.yaml", form().yaml(), null);
        assertThat(spec.kind()).isEqualTo(ExperimentKind.SWEEP);
        assertThat(spec.sweep()).containsExactly(
            new SweepAxis("trade.elasticity", List.of(2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0)),
            new SweepAxis("connectivity.digital", List.of(0.0, 0.5, 1.0)));
        assertThat(spec.replicates()).isEqualTo(50);
        assertThat(spec.masterSeed()).isEqualTo(3);
        assertThat(spec.years()).isEqualTo(20);
        assertThat(spec.uncertainty()).isEqualTo(UncertaintyMode.SHOCKS);
        assertThat(spec.horizons()).containsExactly(2030, 2044);
        assertThat(spec.outcomes()).extracting(SeriesKey::metric).containsOnly("regional_trade_usd", "total_trade_usd");
        assertThat(spec.arms()).singleElement().satisfies(a -> assertThat(a.source()).isEqualTo("bundled:baseline"));
        assertThat(spec.runCount()).isEqualTo(1050);
    }

    @Test
    void theFormWritesTheFormatOfTheBundledSweepExample() throws Exception {
        ExperimentSpec example = ExperimentLoader.load(Path.of("..", "scenarios", "experiments", "sweep.yaml"));
        UI.getCurrent().navigate("sweep");
        byId(TextField.class, "sweep-title").setValue(example.title());
        settings(50, 3, 20, "shocks", "2030, 2044", Set.of("regional_trade_usd"));
        axis(1, "trade.elasticity", 2, 8, 7);
        String yaml = form().yaml();
        ExperimentSpec mine = ExperimentLoader.parse("sweep.yaml", yaml, null);
        assertThat(mine.title()).isEqualTo(example.title());
        assertThat(mine.sweep()).isEqualTo(example.sweep());
        assertThat(List.of(mine.replicates(), mine.masterSeed(), mine.years(), mine.uncertainty(), mine.horizons()))
            .isEqualTo(List.of(example.replicates(), example.masterSeed(), example.years(), example.uncertainty(),
                example.horizons()));
        assertThat(mine.arms().getFirst().source()).isEqualTo(example.arms().getFirst().source());
        assertThat(yaml).contains("sweep:\n  - parameter: trade.elasticity\n    from: 2\n    to: 8\n    steps: 7\n");
    }

    @Test
    void aValueOutsideTheParametersRangeIsNamedAndNothingRuns() {
        UI.getCurrent().navigate("sweep");
        int before = service.list("", null).size();
        Parameter p = named("trade.elasticity");
        axis(1, p.name(), p.min(), p.max() + 1, 5);
        assertThat(text("sweep-error")).isEqualTo("Parameter 1, To: " + Parameter.format(p.max() + 1)
            + " is outside the allowed range " + (p.range() + " " + p.unit()).strip());
        assertThat(byId(Button.class, "sweep-run").isEnabled()).isFalse();
        byId(NumberField.class, "sweep-to-1").setValue(p.min());
        assertThat(text("sweep-error")).isEqualTo("Parameter 1: from and to are equal; give two different values");
        parameter(1).clear();
        assertThat(text("sweep-error")).isEqualTo("Parameter 1: choose a parameter to sweep");
        assertThat(text("sweep-runs")).isEqualTo("Runs: not known until the form is complete");
        assertThat(service.list("", null)).hasSize(before);
    }

    @Test
    void aDesignOverTheServersRunLimitIsRefusedWithBothNumbers() {
        UI.getCurrent().navigate("sweep");
        int before = service.list("", null).size();
        axis(1, "trade.elasticity", 2, 8, 1000);
        byId(IntegerField.class, "sweep-replicates").setValue(5000);
        assertThat(text("sweep-runs")).startsWith("1,000 design points × 5,000 replicates = 5,000,000 runs");
        assertThat(text("sweep-error")).startsWith("5,000,000 runs is more than this server's limit of "
            + String.format(Locale.ENGLISH, "%,d", service.runLimit()));
        assertThat(byId(Button.class, "sweep-run").isEnabled()).isFalse();
        assertThat(service.list("", null)).hasSize(before);
    }

    @Test
    void russianTextsAndMessages() {
        UI.getCurrent().setLocale(Locale.forLanguageTag("ru"));
        UI.getCurrent().navigate("sweep");
        assertThat(_find(H2.class)).extracting(H2::getText).contains("Перебор параметров");
        parameter(1).clear();
        assertThat(text("sweep-error")).isEqualTo("Параметр 1: выберите параметр для перебора");
    }

    @Test
    void aSweepRunsToItsPageWhereEachPointOpensAsAnEnsembleAndEveryChartDownloads() throws Exception {
        UI.getCurrent().navigate("sweep");
        settings(3, 1, 2, "shocks", "2026", Set.of("regional_trade_usd", "gdp_usd"));
        axis(1, "trade.elasticity", 2, 6, 2);
        assertThat(text("sweep-runs")).startsWith("2 design points × 3 replicates = 6 runs");
        _click(byId(Button.class, "sweep-run"));
        assertThat(location()).startsWith("experiments/");
        String id = location().substring("experiments/".length());
        await("the sweep to finish", () -> status().contains("done"));
        assertThat(status()).contains("6 of 6 runs");

        ExperimentRecord r = service.find(id).orElseThrow();
        int charts = ExperimentFilesController.charts(Path.of(r.resultDir())).size();
        assertThat(charts).isPositive();
        for (int c = 1; c <= charts; c++) {
            assertThat(byId(Anchor.class, "download-chart-" + c).getHref()).endsWith("/chart-" + c + ".svg");
            assertThat(byId(Button.class, "download-chart-" + c + "-png").getText()).isEqualTo("chart " + c + " (PNG)");
            var svg = files.file(id, "chart-" + c + ".svg");
            assertThat(svg.getStatusCode().value()).isEqualTo(200);
            assertThat(new String(svg.getBody())).startsWith("<svg");
        }
        assertThat(files.file(id, "chart-" + (charts + 1) + ".svg").getStatusCode().value()).isEqualTo(404);

        @SuppressWarnings("unchecked")
        Grid<SweepPoints.Row> points = byId(Grid.class, "sweep-points-grid");
        assertThat(GridKt._size(points)).isEqualTo(2);
        Anchor second = (Anchor) GridKt._getCellComponent(points, 1, "point");
        assertThat(second.getId()).hasValue("sweep-point-2");
        assertThat(second.getHref()).isEqualTo("experiments/" + id + "/points/1");
        UI.getCurrent().navigate(second.getHref());
        assertThat(byId(H2.class, "point-title").getText()).endsWith("Design point 2 of 2");
        assertThat(text("point-values")).isEqualTo("Parameter values at this point: trade.elasticity = 6");
        String html = _find(Html.class).getFirst().getElement().getOuterHTML();
        int gdpSubjects = (int) ExperimentLoader.parse("x", r.spec(), null).outcomes().stream()
            .filter(k -> k.metric().equals("gdp_usd")).count();
        assertThat(html.split("<svg", -1)).hasSize(1 + 1 + gdpSubjects);
        assertThat(html.split("class=\"chart-png\"", -1)).hasSize(1 + 1 + gdpSubjects);
        assertThat(html).contains("'point-2-chart-1.png',true");

        UI.getCurrent().navigate("experiments/" + id + "/points/7");
        assertThat(byId(H2.class, "point-title").getText())
            .isEqualTo("This experiment has no design point 7 with per-step statistics.");
        assertThat(_find(Html.class)).as("the previous point's charts are gone").isEmpty();
        assertThat(byId(Anchor.class, "point-back").getHref()).isEqualTo("experiments/" + id);
    }
}
