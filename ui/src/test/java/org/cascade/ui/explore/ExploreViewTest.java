package org.cascade.ui.explore;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import java.util.List;
import org.cascade.results.LoggedEvent;
import org.cascade.results.Metrics;
import org.cascade.results.RunResult;
import org.cascade.ui.CascadeUiApplication;
import org.cascade.ui.model.ModelView;
import org.cascade.ui.run.SimulationService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/** Browserless tests of the explore page (Karibu-Testing with the Spring context). */
@SpringBootTest(classes = CascadeUiApplication.class)
class ExploreViewTest {
    private static Routes routes;

    @Autowired
    private ApplicationContext ctx;
    @Autowired
    private SimulationService service;

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

    /** Runs the page's pending ui.access tasks until the run has finished. */
    static ExploreView awaitFinished(ExploreView view) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            MockVaadin.runUIQueue();
            RunResult r = view.shown();
            if (r != null && r.lastStep() == r.years() * 12 && view.handle() != null && view.handle().finished()
                && view.handle().latest() == r) {
                MockVaadin.runUIQueue();
                return view;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("run did not finish; status: " + _get(com.vaadin.flow.component.html.Span.class,
            s -> s.withId("status")).getText());
    }

    /**
     * Sets a field's value as a person would. (Karibu 2.6.2's _setValue calls an AbstractFieldSupport method that
     * Vaadin 25.2 no longer has, so this checks what it can and sets the value directly.)
     */
    static <V> void set(com.vaadin.flow.component.HasValue<?, V> field, V value) {
        com.vaadin.flow.component.Component c = (com.vaadin.flow.component.Component) field;
        assertThat(c.isVisible()).as("field visible").isTrue();
        assertThat(field.isReadOnly()).as("field read-only").isFalse();
        field.setValue(value);
    }

    private static String text(Notification n) {
        return n.getElement().getProperty("text", "");
    }

    private static NumberField param(String name) {
        return _get(NumberField.class, s -> s.withId("param-" + name));
    }

    @Test
    void showsScenarioParametersAndControls() {
        ExploreView view = _get(ExploreView.class);
        assertThat(view).isNotNull();
        NumberField f = param("trust.decay");
        assertThat(f.getMin()).isEqualTo(0);
        assertThat(f.getMax()).isEqualTo(0.5);
        assertThat(f.getHelperText()).isEqualTo("default 0.02, allowed [0, 0.5]");
        assertThat(f.getTooltip().getText()).contains("Source:");
        _get(Button.class, s -> s.withId("run"));
        _get(Button.class, s -> s.withId("reset-disputes"));
    }

    @Test
    void runUpdatesChartsMapHeadlinesAndEventLog() throws Exception {
        set(_get(IntegerField.class, s -> s.withId("years")), 5);
        _click(_get(Button.class, s -> s.withId("run")));
        ExploreView view = awaitFinished(_get(ExploreView.class));
        RunResult first = view.shown();
        assertThat(first.lastStep()).isEqualTo(60);
        assertThat(view.chartCards()).allSatisfy(c -> assertThat(c.svgMarkup()).startsWith("<svg"));
        assertThat(view.mapSvg()).contains("class=\"route\"");
        assertThat(view.lastRenderNanos() / 1e6).as("ms to build and render all charts and the map").isLessThan(2000);
        @SuppressWarnings("unchecked")
        Grid<LoggedEvent> events = _get(Grid.class, s -> s.withId("events"));
        assertThat(GridKt._size(events)).isEqualTo(first.events().size());
        assertThat(_get(com.vaadin.flow.component.html.Div.class, s -> s.withId("headlines")).getChildren().count())
            .isEqualTo(3);

        // change a parameter and run again: the charts change
        String tradeBefore = view.chartCards().get(0).svgMarkup();
        double kzTradeBefore = first.last(Metrics.REGIONAL_TRADE, Metrics.REGION);
        set(param("policy.KZ.tariff"), 0.6);
        _click(_get(Button.class, s -> s.withId("run")));
        Thread.sleep(50);
        awaitFinished(view);
        RunResult second = view.shown();
        assertThat(second.parameters().get("policy.KZ.tariff")).isEqualTo(0.6);
        assertThat(second.last(Metrics.REGIONAL_TRADE, Metrics.REGION)).isNotEqualTo(kzTradeBefore);
        assertThat(view.chartCards().get(0).svgMarkup()).isNotEqualTo(tradeBefore);
    }

    @Test
    void aHorizonShorterThanTheScenarioRunsWithANoticeOfTheEventsNotReached() throws Exception {
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<org.cascade.scenario.Scenario> picker =
            _get(com.vaadin.flow.component.select.Select.class, s -> s.withId("scenario"));
        set(picker, picker.getListDataView().getItems().filter(x -> x.id().equals("history-2025")).findFirst().orElseThrow());
        set(_get(IntegerField.class, s -> s.withId("years")), 2);
        _click(_get(Button.class, s -> s.withId("run")));
        ExploreView view = awaitFinished(_get(ExploreView.class));
        assertThat(view.shown().lastStep()).isEqualTo(24);
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
        _click(_get(Button.class, s -> s.withId("run")));
        assertThat(_get(ExploreView.class).handle()).isNull();
        List<Notification> n = NotificationsKt.getNotifications();
        assertThat(n).anySatisfy(x -> assertThat(text(x)).startsWith("Not run: fix 3 field(s)"));

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
    void stepAdvancesOneMonthAndLeavingThePageStopsTheRun() throws Exception {
        _click(_get(Button.class, s -> s.withId("step")));
        ExploreView view = _get(ExploreView.class);
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline && (view.shown() == null || view.shown().lastStep() < 1)) {
            MockVaadin.runUIQueue();
            Thread.sleep(20);
        }
        assertThat(view.shown().lastStep()).isEqualTo(1);
        _click(_get(Button.class, s -> s.withId("step")));
        deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline && view.shown().lastStep() < 2) {
            MockVaadin.runUIQueue();
            Thread.sleep(20);
        }
        assertThat(view.shown().lastStep()).isEqualTo(2);
        var handle = view.handle();
        UI.getCurrent().navigate(ModelView.class);
        assertThat(handle.cancelled()).isTrue();
    }

    @Test
    void pickingAScenarioShowsItsDescriptionAndValues() {
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<org.cascade.scenario.Scenario> picker =
            _get(com.vaadin.flow.component.select.Select.class, s -> s.withId("scenario"));
        org.cascade.ui.run.ScenarioCatalog catalog = ctx.getBean(org.cascade.ui.run.ScenarioCatalog.class);
        org.cascade.scenario.Scenario other = catalog.all().stream()
            .filter(sc -> !sc.parameters().overrides().isEmpty()).findFirst().orElse(null);
        org.junit.jupiter.api.Assumptions.assumeTrue(other != null, "no bundled scenario sets parameters");
        set(picker, other);
        var lookFor = _get(com.vaadin.flow.component.html.Paragraph.class, s -> s.withId("scenario-lookfor"));
        assertThat(lookFor.getText()).contains(other.lookFor());
        var changed = other.parameters().overrides().entrySet().iterator().next();
        assertThat(param(changed.getKey()).getValue()).isEqualTo(changed.getValue());
    }

    @Test
    void anotherSessionSeesNeitherThisSessionsSettingsNorItsRun() {
        set(param("trust.summit_gain"), 0.25);
        _click(_get(Button.class, s -> s.withId("step")));
        assertThat(_get(ExploreView.class).handle()).isNotNull();
        MockVaadin.tearDown();
        setup(); // a new browser session
        double scenarioValue = ctx.getBean(org.cascade.ui.run.ScenarioCatalog.class).all().get(0).parameters()
            .get("trust.summit_gain");
        assertThat(param("trust.summit_gain").getValue()).isEqualTo(scenarioValue);
        assertThat(_get(ExploreView.class).handle()).isNull();
        assertThat(_get(ExploreView.class).shown()).isNull();
    }

    @Test
    void modelPageShowsParametersAndCalibration() {
        UI.getCurrent().navigate(ModelView.class);
        @SuppressWarnings("unchecked")
        Grid<Object> params = _get(Grid.class, s -> s.withId("parameter-table"));
        assertThat(GridKt._size(params)).isEqualTo(org.cascade.params.ParameterRegistry.get().size());
        @SuppressWarnings("unchecked")
        Grid<Object> cal = _get(Grid.class, s -> s.withId("calibration-table"));
        assertThat(GridKt._size(cal)).isGreaterThan(20);
    }
}
