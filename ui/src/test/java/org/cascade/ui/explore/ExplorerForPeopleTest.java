package org.cascade.ui.explore;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.cascade.ui.explore.Page.await;
import static org.cascade.ui.explore.Page.button;
import static org.cascade.ui.explore.Page.intField;
import static org.cascade.ui.explore.Page.param;
import static org.cascade.ui.explore.Page.status;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.io.StringWriter;
import java.util.Locale;
import org.cascade.params.ParameterLabels;
import org.cascade.params.ParameterRegistry;
import org.cascade.results.RunResult;
import org.cascade.scenario.Scenario;
import org.cascade.ui.CascadeUiApplication;
import org.cascade.ui.model.ModelView;
import org.cascade.ui.run.RunExports;
import org.cascade.ui.run.ScenarioCatalog;
import org.cascade.ui.run.SimulationService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/** Issue 10, parts 3, 4 and 6: parameters in plain words, runs that survive navigation, watching a run. */
@SpringBootTest(classes = CascadeUiApplication.class)
class ExplorerForPeopleTest {
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

    @SuppressWarnings("unchecked")
    private void pick(String scenarioId) {
        Select<Scenario> picker = _get(Select.class, s -> s.withId("scenario"));
        ExploreViewTest.set(picker, catalog.find(scenarioId).orElseThrow());
    }

    private static Div box(String name) {
        _get(ParameterPanel.class).reveal(name);
        return (Div) Page.byId(com.vaadin.flow.component.textfield.NumberField.class, "param-" + name).getParent()
            .orElseThrow();
    }

    @Test
    void aFieldShowsItsPlainLabelExplanationAndCodeId() {
        var labels = ParameterLabels.of(Locale.ENGLISH);
        var f = param("trade.elasticity");
        assertThat(f.getLabel()).isEqualTo(labels.label("trade.elasticity")).isEqualTo("How strongly trade reacts to costs");
        assertThat(f.getHelperText()).startsWith(labels.explanation("trade.elasticity"));
        assertThat(_find(box("trade.elasticity"), Span.class, s -> s.withClasses("param-id")))
            .singleElement().extracting(Span::getText).isEqualTo("trade.elasticity");
    }

    @Test
    void keyLeversComeFirstAndOpenAndEveryParameterHasOneFieldOnceItsGroupIsOpened() {
        Details key = _get(Details.class, s -> s.withId("group-key"));
        assertThat(key.isOpened()).isTrue();
        assertThat(_find(key, com.vaadin.flow.component.textfield.NumberField.class)).hasSize(
            ParameterPanel.KEY_LEVERS.size());
        Details trade = _get(Details.class, s -> s.withId("group-trade"));
        assertThat(trade.isOpened()).isFalse();
        // a closed group's fields are not built (they made the first page slow); opening it builds them
        assertThat(_find(com.vaadin.flow.component.textfield.NumberField.class)).hasSize(ParameterPanel.KEY_LEVERS.size());
        trade.setOpened(true);
        assertThat(_find(trade, com.vaadin.flow.component.textfield.NumberField.class)).isNotEmpty();
        _find(Details.class).forEach(d -> d.setOpened(true));
        assertThat(_find(com.vaadin.flow.component.textfield.NumberField.class)).hasSize(ParameterRegistry.get().size());
    }

    @Test
    void aValueChangedInAClosedGroupIsKeptWhenTheGroupIsOpenedAndARunUsesIt() {
        pick("baseline");
        Page.param("trade.elasticity"); // opens the trade group
        ExploreViewTest.set(Page.param("trade.elasticity"), 6.5);
        _get(Details.class, s -> s.withId("group-trade")).setOpened(false);
        ExploreSession session = UI.getCurrent().getSession().getAttribute(ExploreSession.class);
        assertThat(session.shareQuery()).containsEntry("p.trade.elasticity", "6.5");
        _click(Page.button("reset-all-params"));
        assertThat(session.shareQuery()).doesNotContainKey("p.trade.elasticity");
        assertThat(Page.param("trade.elasticity").getValue()).isEqualTo(ParameterRegistry.get().require("trade.elasticity").defaultValue());
    }

    @Test
    void theSearchShowsOnlyMatchingParametersAndOpensTheirGroups() {
        TextField search = _get(TextField.class, s -> s.withId("param-search"));
        ExploreViewTest.set(search, "summit");
        long shown = ParameterRegistry.get().all().stream().filter(p -> box(p.name()).isVisible()).count();
        assertThat(shown).isGreaterThanOrEqualTo(3L).isLessThan(ParameterRegistry.get().size() / 10);
        assertThat(box("trust.summit_gain").isVisible()).isTrue();
        assertThat(box("trade.elasticity").isVisible()).isFalse();
        assertThat(_get(Details.class, s -> s.withId("group-diplomacy")).isOpened()).isTrue();
        assertThat(Page.byId(Details.class, "group-trade").isVisible()).isFalse();
        assertThat(_get(Span.class, s -> s.withId("param-matches")).getText()).isEqualTo(shown + " parameters match");
        ExploreViewTest.set(search, "corridor fee"); // words from the label, in any order
        assertThat(box("route.middle-corridor.tariff").isVisible()).isTrue();
        ExploreViewTest.set(search, "");
        assertThat(ParameterRegistry.get().all()).allSatisfy(p -> assertThat(box(p.name()).isVisible()).isTrue());
    }

    @Test
    void aScriptedSetIsNamedAndKeepingTheValueLeavesItOutOfTheRunAndSaysSoInTheProvenance() throws Exception {
        pick("middle-corridor-reform");
        Page.param("route.middle-corridor.transit_days");
        Page.param("trade.elasticity");
        Span script = _get(Span.class, s -> s.withId("script-route.middle-corridor.transit_days"));
        assertThat(script.isVisible()).isTrue();
        assertThat(script.getText()).startsWith("The scenario sets 20 from 20").contains(", 12 from ");
        assertThat(Page.byId(Span.class, "script-trade.elasticity").isVisible()).isFalse();
        Checkbox keep = _get(Checkbox.class, s -> s.withId("keep-route.middle-corridor.transit_days"));
        ExploreViewTest.set(param("route.middle-corridor.transit_days"), 22.0);
        ExploreViewTest.set(keep, true);
        ExploreViewTest.set(intField("years"), 6);
        _click(button("run"));
        await("the run to finish", () -> status().startsWith("Finished"));
        ExploreSession session = UI.getCurrent().getSession().getAttribute(ExploreSession.class);
        RunResult r = session.shown().orElseThrow();
        assertThat(r.events()).noneMatch(e -> e.message().contains("transit"));
        StringWriter w = new StringWriter();
        RunExports.provenanceJson(r, catalog.find(r.scenarioId()).orElseThrow(), session.provenanceNote(), w);
        assertThat(w.toString()).contains("left out: route.middle-corridor.transit_days = 20 from");
        assertThat(session.shareQuery()).containsEntry("keep", "route.middle-corridor.transit_days");

        // without the box the scenario's sets apply again
        ExploreViewTest.set(keep, false);
        _click(button("run"));
        await("the second run to finish", () -> status().startsWith("Finished")
            && session.shown().orElseThrow() != r);
        assertThat(session.shown().orElseThrow().events()).anyMatch(e -> e.message().contains("transit"));
        assertThat(session.provenanceNote()).isEmpty();
    }

    @Test
    void aFinishedRunIsShownAgainAfterTheModelViewAndAReload() throws Exception {
        ExploreViewTest.set(intField("years"), 3);
        _click(button("run"));
        await("the run to finish", () -> status().startsWith("Finished"));
        String finished = status();
        UI.getCurrent().navigate(ModelView.class);
        UI.getCurrent().navigate("");
        assertThat(status()).isEqualTo(finished);
        assertThat(_get(Div.class, s -> s.withId("headlines")).getChildren().count()).isEqualTo(3);
        UI.getCurrent().getPage().reload();
        MockVaadin.clientRoundtrip(false);
        UI.getCurrent().navigate(ModelView.class);
        UI.getCurrent().navigate("");
        assertThat(status()).isEqualTo(finished);
        assertThat(_get(ProgressBar.class, s -> s.withId("progress")).getValue()).isEqualTo(1.0);
    }

    @Test
    void runAfterPauseAsksWhetherToRestartOrResume() throws Exception {
        _click(button("step"));
        await("month 1", () -> status().endsWith("(month 1 of 240)"));
        _click(button("step"));
        await("month 2", () -> status().endsWith("(month 2 of 240)"));
        _click(button("run"));
        var dialog = _get(com.vaadin.flow.component.dialog.Dialog.class, s -> s.withId("restart-dialog"));
        assertThat(dialog.isOpened()).isTrue();
        assertThat(status()).endsWith("(month 2 of 240)");
        _click(_get(com.vaadin.flow.component.button.Button.class, s -> s.withId("resume-run")));
        await("the same run to go on past month 2", () -> status().startsWith("At ")
            || status().startsWith("Finished"));
        assertThat(status()).doesNotContain("(month 0 of").doesNotContain("(month 1 of");
        _click(button("pause"));
        await("a pause past month 2", () -> status().startsWith("Paused at ") || status().startsWith("Finished"));
        if (status().startsWith("Paused at ")) {
            _click(button("run"));
            _click(_get(com.vaadin.flow.component.button.Button.class, s -> s.withId("restart-run")));
            assertThat(status()).isEqualTo("Running…");
            await("a new run", () -> status().startsWith("At ") || status().startsWith("Finished"));
        }
        _click(button("reset"));
    }

    @Test
    void theProgressBarFollowsTheRunWithItsDate() throws Exception {
        ProgressBar bar = _get(ProgressBar.class, s -> s.withId("progress"));
        assertThat(bar.getValue()).isZero();
        _click(button("step"));
        await("month 1", () -> status().endsWith("(month 1 of 240)"));
        assertThat(bar.getValue()).isEqualTo(1.0 / 240);
        assertThat(_get(Span.class, s -> s.withId("progress-date")).getText()).isEqualTo("2025-02");
        _click(button("reset"));
        assertThat(bar.getValue()).isZero();
    }

    @Test
    void theDefaultSpeedShowsATwentyYearRunInAFewSecondsAndFullSpeedIsOneClickAway() {
        @SuppressWarnings("unchecked")
        Select<Integer> speed = _get(Select.class, s -> s.withId("speed"));
        assertThat(speed.getValue()).isEqualTo(60);
        assertThat(240.0 / speed.getValue()).isBetween(2.0, 6.0);
        assertThat(speed.getListDataView().getItems()).contains(0);
    }
}
