package org.cascade.ui.explore;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import org.cascade.params.ParameterRegistry;
import org.cascade.params.ParameterSet;
import org.cascade.results.Metrics;
import org.cascade.results.RunResult;
import org.cascade.run.ModelRun;
import org.cascade.scenario.Scenario;
import org.cascade.ui.CascadeUiApplication;
import org.cascade.ui.charts.ChartCard;
import org.cascade.ui.model.ModelView;
import org.cascade.ui.run.ScenarioCatalog;
import org.cascade.ui.run.SimulationService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/** Browserless tests of the explore page (Karibu-Testing with the Spring context), reading what the page shows. */
@SpringBootTest(classes = CascadeUiApplication.class)
class ExploreViewTest {
    private static final List<String> CHARTS = List.of("chart-trade", "chart-gdp", "chart-corridor", "chart-trust",
        "chart-disputes", "chart-investment");
    private static Routes routes;

    @Autowired
    private ApplicationContext ctx;
    @Autowired
    private SimulationService service;
    @Autowired
    private ScenarioCatalog catalog;

    @BeforeAll
    static void discover() {
        routes = new Routes().autoDiscoverViews("org.cascade.ui");
    }

    @BeforeEach
    void setup() {
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, ctx, UI::new));
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    /** Runs the page's pending ui.access tasks until the condition holds. */
    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            MockVaadin.runUIQueue();
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("still waiting for " + what + "; status: " + status());
    }

    private static String status() {
        return _get(Span.class, s -> s.withId("status")).getText();
    }

    private static Button button(String id) {
        return _get(Button.class, s -> s.withId(id));
    }

    /** The inline SVG a chart card shows now, or empty before a run. */
    private static String svg(String chartId) {
        ChartCard card = _get(ChartCard.class, s -> s.withId(chartId));
        return _find(card, Div.class, s -> s.withClasses("svg-holder")).stream()
            .map(d -> d.getElement().getProperty("innerHTML", "")).findFirst().orElse("");
    }

    private static String mapSvg() {
        Div box = _get(Div.class, s -> s.withId("map"));
        return box.getChildren().findFirst().orElseThrow().getElement().getProperty("innerHTML", "");
    }

    private static String headlines() {
        Div h = _get(Div.class, s -> s.withId("headlines"));
        return _find(h, Span.class).stream().map(Span::getText).reduce("", (a, b) -> a + " | " + b);
    }

    /**
     * Sets a field's value as a person would. (Karibu 2.6.2's _setValue calls an AbstractFieldSupport method that
     * Vaadin 25.2 no longer has, so this checks what it can and sets the value directly.)
     */
    static <V> void set(HasValue<?, V> field, V value) {
        com.vaadin.flow.component.Component c = (com.vaadin.flow.component.Component) field;
        assertThat(c.isVisible()).as("field visible").isTrue();
        assertThat(field.isReadOnly()).as("field read-only").isFalse();
        field.setValue(value);
    }

    private static String text(Notification n) {
        return n.getElement().getProperty("text", "");
    }

    private static NumberField param(String name) {
        _get(ParameterPanel.class).reveal(name);
        return _get(NumberField.class, s -> s.withId("param-" + name));
    }

    private static String regionalTrade(RunResult r) {
        return String.format(Locale.ROOT, "%.2f bn USD/yr", r.last(Metrics.REGIONAL_TRADE, Metrics.REGION) / 1e9);
    }

    @Test
    void showsScenarioParametersAndControls() {
        NumberField f = param("trust.decay");
        assertThat(f.getMin()).isEqualTo(0);
        assertThat(f.getMax()).isEqualTo(0.5);
        assertThat(f.getHelperText()).endsWith("Default 0.02, allowed [0, 0.5].");
        assertThat(f.getTooltip().getText()).contains("Source:");
        assertThat(button("run").isEnabled()).isTrue();
        assertThat(button("pause").isEnabled()).isFalse();
        _get(Button.class, s -> s.withId("reset-disputes"));
        assertThat(status()).isEqualTo("Ready.");
    }

    @Test
    void runUpdatesChartsMapHeadlinesAndEventLog() throws Exception {
        Scenario baseline = catalog.orFirst("baseline");
        RunResult expected = ModelRun.run(baseline, ParameterSet.defaults(), 1, 5);
        set(_get(IntegerField.class, s -> s.withId("years")), 5);
        _click(button("run"));
        await("the first run to finish", () -> status().startsWith("Finished"));
        assertThat(status()).endsWith("(month 60 of 60)");
        assertThat(CHARTS).allSatisfy(id -> assertThat(svg(id)).as(id).startsWith("<svg"));
        assertThat(mapSvg()).contains("class=\"route\"");
        @SuppressWarnings("unchecked")
        Grid<Object> events = _get(Grid.class, s -> s.withId("events"));
        assertThat(GridKt._size(events)).isEqualTo(expected.events().size());
        assertThat(_get(Div.class, s -> s.withId("headlines")).getChildren().count()).isEqualTo(3);
        assertThat(headlines()).contains(regionalTrade(expected));
        assertThat(button("pause").isEnabled()).isFalse();

        // change a parameter and run again: the run uses it, the figures and charts change
        String tradeBefore = svg("chart-trade");
        set(param("policy.KZ.tariff"), 0.6);
        RunResult changed = ModelRun.run(baseline, ParameterSet.defaults().with("policy.KZ.tariff", 0.6), 1, 5);
        assertThat(regionalTrade(changed)).isNotEqualTo(regionalTrade(expected));
        _click(button("run"));
        await("the second run to finish", () -> status().startsWith("Finished")
            && !svg("chart-trade").equals(tradeBefore) && headlines().contains(regionalTrade(changed)));
        assertThat(svg("chart-trade")).isNotEqualTo(tradeBefore);
    }

    @Test
    void aHorizonShorterThanTheScenarioRunsWithANoticeOfTheEventsNotReached() throws Exception {
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<org.cascade.scenario.Scenario> picker =
            _get(com.vaadin.flow.component.select.Select.class, s -> s.withId("scenario"));
        set(picker, picker.getListDataView().getItems().filter(x -> x.id().equals("history-2025")).findFirst().orElseThrow());
        set(_get(IntegerField.class, s -> s.withId("years")), 2);
        _click(button("run"));
        await("the short run to finish", () -> status().startsWith("Finished"));
        assertThat(status()).contains("(month 24 of 24)");
        assertThat(NotificationsKt.getNotifications()).anySatisfy(x -> assertThat(text(x)).isEqualTo(
            "1 scenario event is dated after the 2-year horizon and not applied: 2027-08 set dispute.mediation"));
    }

    @Test
    void refusedInputsShowTheAllowedRangeAndStopTheRun() {
        NumberField f = param("trust.decay");
        set(f, 7.0);
        assertThat(f.isInvalid()).isTrue();
        assertThat(f.getErrorMessage()).contains("allowed [0, 0.5]");
        set(param("route.congestion_power"), null);
        assertThat(param("route.congestion_power").getErrorMessage()).contains("needs a number").contains("[1, 10]");
        IntegerField years = _get(IntegerField.class, s -> s.withId("years"));
        set(years, 80);
        assertThat(years.isInvalid()).isTrue();
        assertThat(years.getErrorMessage()).contains("allowed [1, 50]");
        int runsBefore = service.activeRuns();
        _click(button("run"));
        assertThat(service.activeRuns()).isEqualTo(runsBefore);
        assertThat(status()).isEqualTo("Refused: 3 invalid fields.");
        assertThat(button("pause").isEnabled()).isFalse();
        List<Notification> n = NotificationsKt.getNotifications();
        assertThat(n).anySatisfy(x -> assertThat(text(x)).startsWith("Not run: fix 3 fields first: "));

        // resetting the group makes the fields valid again
        _click(_get(Button.class, s -> s.withId("reset-diplomacy")));
        assertThat(f.isInvalid()).isFalse();
        assertThat(f.getValue()).isEqualTo(0.02);
    }

    @Test
    void aLinkWithBadPartsOpensWithANotification() {
        UI.getCurrent().navigate("", com.vaadin.flow.router.QueryParameters.fromString(
            "seed=abc&years=5&p.trust.decay=9&p.nope=1&p.trust.summit_gain=0.1"));
        assertThat(_get(IntegerField.class, s -> s.withId("years")).getValue()).isEqualTo(5);
        assertThat(param("trust.summit_gain").getValue()).isEqualTo(0.1);
        assertThat(param("trust.decay").getValue()).isEqualTo(0.02);
        List<Notification> n = NotificationsKt.getNotifications();
        assertThat(n).anySatisfy(x -> assertThat(text(x))
            .contains("seed 'abc'").contains("'trust.decay' = 9 is out of range").contains("'nope': no such parameter"));
    }

    @Test
    void settingsSurviveAReloadInTheSameSession() {
        set(param("trust.summit_gain"), 0.2);
        set(_get(IntegerField.class, s -> s.withId("seed")), 42);
        UI.getCurrent().getPage().reload();
        MockVaadin.clientRoundtrip(false);
        UI.getCurrent().navigate(ModelView.class);
        UI.getCurrent().navigate("");
        assertThat(param("trust.summit_gain").getValue()).isEqualTo(0.2);
        assertThat(_get(IntegerField.class, s -> s.withId("seed")).getValue()).isEqualTo(42);
    }

    @Test
    void stepAdvancesOneMonthAndTheRunSurvivesAVisitToTheModelView() throws Exception {
        int runsBefore = service.activeRuns();
        _click(button("step"));
        await("month 1", () -> status().endsWith("(month 1 of 240)"));
        assertThat(status()).startsWith("Paused at ");
        assertThat(button("pause").getText()).isEqualTo("Resume");
        _click(button("step"));
        await("month 2", () -> status().endsWith("(month 2 of 240)"));
        assertThat(service.activeRuns()).isEqualTo(runsBefore + 1);
        UI.getCurrent().navigate(ModelView.class);
        UI.getCurrent().navigate("");
        assertThat(status()).startsWith("Paused at ").endsWith("(month 2 of 240)");
        assertThat(svg("chart-trade")).startsWith("<svg");
        assertThat(service.activeRuns()).isEqualTo(runsBefore + 1);
        _click(button("step"));
        await("month 3 of the same run", () -> status().endsWith("(month 3 of 240)"));
        _click(button("reset"));
        await("the run's thread to end", () -> service.activeRuns() == runsBefore);
    }

    @Test
    void pauseResumeAndReset() throws Exception {
        @SuppressWarnings("unchecked")
        Select<Integer> speed = _get(Select.class, s -> s.withId("speed"));
        set(speed, 1); // a month a second: slow enough to catch the run between months
        _click(button("step"));
        await("month 1", () -> status().endsWith("(month 1 of 240)"));
        _click(button("pause"));
        assertThat(status()).isEqualTo("Running…");
        assertThat(button("pause").getText()).isEqualTo("Pause");
        await("a later month without a step", () -> status().startsWith("At "));
        _click(button("pause"));
        assertThat(status()).startsWith("Paused at ");
        assertThat(button("pause").getText()).isEqualTo("Resume");

        int runsBefore = service.activeRuns();
        _click(button("reset"));
        assertThat(status()).isEqualTo("Ready.");
        assertThat(button("pause").isEnabled()).isFalse();
        assertThat(_get(Div.class, s -> s.withId("headlines")).getChildren().count()).isZero();
        assertThat(CHARTS).allSatisfy(id -> assertThat(svg(id)).as(id).isEmpty());
        await("the run's thread to end", () -> service.activeRuns() == runsBefore - 1);
    }

    @Test
    void pickingAScenarioShowsItsDescriptionValuesAndHorizon() {
        @SuppressWarnings("unchecked")
        Select<Scenario> picker = _get(Select.class, s -> s.withId("scenario"));
        Scenario other = catalog.all().stream()
            .filter(sc -> !sc.parameters().overrides().isEmpty()).findFirst().orElseThrow();
        set(picker, other);
        var lookFor = _get(Paragraph.class, s -> s.withId("scenario-lookfor"));
        assertThat(lookFor.getText()).contains(other.lookFor());
        var changed = other.parameters().overrides().entrySet().iterator().next();
        assertThat(param(changed.getKey()).getValue()).isEqualTo(changed.getValue());
        assertThat(_get(IntegerField.class, s -> s.withId("years")).getValue()).isEqualTo(other.years());
    }

    @Test
    void anotherSessionSeesNeitherThisSessionsSettingsNorItsRun() throws Exception {
        set(param("trust.summit_gain"), 0.25);
        _click(button("step"));
        await("month 1", () -> status().contains("(month 1 of"));
        MockVaadin.tearDown();
        setup(); // a new browser session
        double scenarioValue = catalog.all().get(0).parameters().get("trust.summit_gain");
        assertThat(param("trust.summit_gain").getValue()).isEqualTo(scenarioValue);
        assertThat(status()).isEqualTo("Ready.");
        assertThat(button("pause").isEnabled()).isFalse();
        assertThat(svg("chart-trade")).isEmpty();
        assertThat(_get(Div.class, s -> s.withId("headlines")).getChildren().count()).isZero();
    }

    @Test
    void modelPageShowsParametersAndCalibration() {
        UI.getCurrent().navigate(ModelView.class);
        @SuppressWarnings("unchecked")
        Grid<Object> params = _get(Grid.class, s -> s.withId("parameter-table"));
        assertThat(GridKt._size(params)).isEqualTo(ParameterRegistry.get().size());
        @SuppressWarnings("unchecked")
        Grid<Object> cal = _get(Grid.class, s -> s.withId("calibration-table"));
        assertThat(GridKt._size(cal)).isGreaterThan(20);
    }
}
