package org.cascade.ui.explore;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;
import org.cascade.model.DecisionSeat;
import org.cascade.params.ParameterSet;
import org.cascade.region.StateCode;
import org.cascade.results.LoggedEvent;
import org.cascade.results.RunResult;
import org.cascade.run.ModelRun;
import org.cascade.ui.CascadeUiApplication;
import org.cascade.ui.model.ModelView;
import org.cascade.ui.run.ScenarioCatalog;
import org.cascade.ui.run.SeatDecision;
import org.cascade.ui.run.SimulationService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/**
 * Issue 9, item 4: a person takes a state's seat in the explorer. A run with a state in human mode stops at each of
 * its decisions and shows the decision panel; the person's choice is what the model applies; without an answer the
 * default rule decides at the deadline, and leaving the page or resetting never leaves the run's thread waiting.
 */
@SpringBootTest(classes = CascadeUiApplication.class)
class HumanSeatTest {
    private static final String KG_HUMAN = "scenario=baseline&seed=3&years=1&p.government.KG.mode=2";
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

    private static ExploreSession session() {
        return VaadinSession.getCurrent().getAttribute(ExploreSession.class);
    }

    private static DecisionPanel panel() {
        return Page.byId(DecisionPanel.class, "decision");
    }

    /** The decision the panel shows with its buttons, once the page has been told of it. */
    private static SeatDecision awaitDecision() throws InterruptedException {
        Page.await("a decision on the page", () -> panel().isVisible() && panel().shown() != null);
        return panel().shown();
    }

    @SuppressWarnings("unchecked")
    private static List<LoggedEvent> eventGrid() {
        Grid<LoggedEvent> g = _get(Grid.class, s -> s.withId("events"));
        List<LoggedEvent> out = new ArrayList<>();
        for (int i = 0; i < GridKt._size(g); i++) {
            out.add(GridKt._get(g, i));
        }
        return out;
    }

    /** Issue 9: an occasion (a summit to attend) is answered yes or no, with the answers' own words. */
    @Test
    void aSummitIsAnsweredWithItsOwnWordsNotALeversSteps() throws Exception {
        UI.getCurrent().navigate("", QueryParameters.fromString(
            "scenario=baseline&seed=3&years=1&p.government.KG.summit.mode=2&deadline=120"));
        _click(Page.button("run"));
        SeatDecision d = awaitDecision();
        assertThat(d.pending().lever()).isEqualTo("summit");
        assertThat(d.pending().options()).hasSize(2);
        List<String> labels = List.of(Page.button("decision-option-0").getText(), Page.button("decision-option-1").getText());
        assertThat(labels).containsAnyOf("Stay away", "Not host it").containsAnyOf("Attend", "Host it")
            .noneMatch(l -> l.startsWith("decision.") || l.equals("Keep it"));
        assertThat(_get(H3.class, s -> s.withText("Your decision: KG, summits")).isVisible()).isTrue();
        _click(Page.button("decision-option-1"));
        long deadline = System.currentTimeMillis() + 60_000;
        while (!Page.status().startsWith("Finished") && System.currentTimeMillis() < deadline) {
            MockVaadin.runUIQueue();
            SeatDecision next = panel().isVisible() ? panel().shown() : null;
            if (next != null && next.id() != d.id()) {
                _click(Page.button("decision-option-" + next.pending().defaultChoice()));
            }
            Thread.sleep(10);
        }
        assertThat(Page.status()).startsWith("Finished");
        assertThat(eventGrid()).anySatisfy(e -> assertThat(e.message()).startsWith("KG summit: the person at the seat chose"));
    }

    @Test
    void thePersonsChoiceIsWhatTheModelApplies() throws Exception {
        UI.getCurrent().navigate("", QueryParameters.fromString(KG_HUMAN + "&deadline=120"));
        _click(Page.button("run"));
        SeatDecision first = awaitDecision();
        assertThat(first.pending().state()).isEqualTo(StateCode.KG);
        assertThat(_get(H3.class, s -> s.withText("Your decision: KG, " + leverName(first))).isVisible()).isTrue();
        assertThat(Page.status()).startsWith("Waiting for your decision: KG");
        assertThat(_get(Span.class, s -> s.withId("decision-countdown")).getText())
            .matches("The rule decides in \\d+ seconds unless you choose\\.");
        assertThat(_get(Span.class, s -> s.withId("decision-default")).getText()).isEqualTo("the rule's choice");
        int pick = otherThanDefault(first);
        _click(Page.button("decision-option-" + pick));

        // every later decision: the person takes the option the rule marks
        int later = 0;
        long deadline = System.currentTimeMillis() + 60_000;
        while (!Page.status().startsWith("Finished") && System.currentTimeMillis() < deadline) {
            MockVaadin.runUIQueue();
            SeatDecision d = panel().isVisible() ? panel().shown() : null;
            if (d != null && d.id() != first.id()) {
                _click(Page.button("decision-option-" + d.pending().defaultChoice()));
                later++;
            }
            Thread.sleep(10);
        }
        assertThat(Page.status()).startsWith("Finished");
        assertThat(later).as("a year of quarterly decisions on KG's levers").isGreaterThan(3);

        // the same run with a seat that answers as the person did, outside the explorer
        ModelRun direct = ModelRun.start(catalog.orFirst("baseline"),
            ParameterSet.defaults().with("government.KG.mode", 2), 3, 1);
        AtomicInteger asked = new AtomicInteger();
        direct.model().seat(StateCode.KG, d -> asked.getAndIncrement() == 0 ? OptionalInt.of(pick) : OptionalInt.empty());
        direct.runToEnd();
        ModelRun unseated = ModelRun.start(catalog.orFirst("baseline"),
            ParameterSet.defaults().with("government.KG.mode", 2), 3, 1);
        unseated.runToEnd();
        RunResult shown = session().shown().orElseThrow();
        assertThat(shown.events()).isEqualTo(direct.result().events());
        assertThat(shown.events()).as("the person's choice changed the run").isNotEqualTo(unseated.result().events());
        assertThat(session().inspect(StateCode.KG)).isEqualTo(direct.inspect(StateCode.KG));
        assertThat(eventGrid()).anySatisfy(e -> assertThat(e.message())
            .startsWith("KG " + first.pending().lever() + ": the person at the seat chose"));
    }

    private static String leverName(SeatDecision d) {
        return org.cascade.ui.i18n.Texts.of(java.util.Locale.ENGLISH).get("lever." + d.pending().lever());
    }

    /** An allowed option the rule would not take. */
    private static int otherThanDefault(SeatDecision d) {
        List<DecisionSeat.Option> o = d.pending().options();
        for (int i = 0; i < o.size(); i++) {
            if (i != d.pending().defaultChoice() && o.get(i).expectedGain() != Double.NEGATIVE_INFINITY) {
                return i;
            }
        }
        throw new AssertionError("no other option allowed");
    }

    @Test
    void withoutAnAnswerTheRuleDecidesAtTheDeadlineAndResetFreesTheRun() throws Exception {
        int before = service.activeRuns();
        UI.getCurrent().navigate("", QueryParameters.fromString(KG_HUMAN + "&deadline=1"));
        _click(Page.button("run"));
        SeatDecision first = awaitDecision();
        long asked = System.nanoTime();
        Page.await("the rule to decide at the deadline", () -> session().seatLog().size() >= 1);
        assertThat((System.nanoTime() - asked) / 1e9).as("seconds waited").isBetween(0.5, 5.0);
        assertThat(session().seatLog().get(0).message())
            .startsWith("KG " + first.pending().lever() + ": no answer in time; the default rule chose");
        Page.await("the next decision", () -> panel().shown() != null && panel().shown().id() != first.id());
        _click(Page.button("reset"));
        Page.await("the waiting run's thread to end", () -> service.activeRuns() == before);
        assertThat(panel().isVisible()).isFalse();
        assertThat(Page.status()).isEqualTo("Ready.");
    }

    @Test
    void leavingThePageHandsTheSeatToTheRuleAndTheRunGoesOn() throws Exception {
        int before = service.activeRuns();
        UI.getCurrent().navigate("", QueryParameters.fromString(KG_HUMAN + "&deadline=600"));
        _click(Page.button("run"));
        awaitDecision();
        UI.getCurrent().navigate(ModelView.class);
        Page.await("the run to finish with nobody at the seat", () -> session().finished());
        Page.await("the run's thread to end", () -> service.activeRuns() == before);
        assertThat(session().seatLog()).isNotEmpty().allSatisfy(e -> assertThat(e.message())
            .contains("nobody at the seat; the default rule chose"));
        UI.getCurrent().navigate("");
        assertThat(Page.status()).startsWith("Finished");
        assertThat(panel().isVisible()).isFalse();
    }
}
