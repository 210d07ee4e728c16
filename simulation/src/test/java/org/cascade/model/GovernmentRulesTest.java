package org.cascade.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import org.cascade.params.ParameterSet;
import org.cascade.region.StateCode;
import org.cascade.results.LoggedEvent;
import org.cascade.results.RunResult;
import org.cascade.run.ModelRun;
import org.cascade.scenario.Governments.Lever;
import org.cascade.scenario.Governments.Mode;
import org.cascade.scenario.Scenario;
import org.cascade.scenario.ScenarioLibrary;
import org.junit.jupiter.api.Test;

/** The decision rules of the governments on small fixtures (MODEL.md 7.11), and their place in a run. */
class GovernmentRulesTest {
    private static final int TARIFF = Lever.TARIFF.ordinal();

    @Test
    void rationalityZeroChoosesUniformlyWhateverTheUtilities() {
        double[] u = {1.0, 0.0, -2.0};
        int[] count = new int[3];
        SplittableRandom random = new SplittableRandom(7);
        int n = 30_000;
        for (int i = 0; i < n; i++) {
            count[DecisionRule.choose(u, 0, random.nextDouble())]++;
        }
        double chiSquare = 0;
        for (int c : count) {
            chiSquare += Math.pow(c - n / 3.0, 2) / (n / 3.0);
        }
        // chi-square with 2 degrees of freedom: 13.8 is its 99.9% point
        assertThat(chiSquare).isLessThan(13.8);
        for (int c : count) {
            assertThat(c / (double) n).isBetween(0.32, 0.347);
        }
    }

    @Test
    void veryLargeRationalityChoosesTheBestFeasibleAction() {
        double[] u = {0.1, 0.3, 0.29};
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < 10_000; i++) {
            assertThat(DecisionRule.choose(u, 1e6, random.nextDouble())).isEqualTo(1);
        }
        double[] blocked = {0.1, Double.NEGATIVE_INFINITY, 0.05};
        assertThat(DecisionRule.choose(blocked, 1e6, 0.999_999)).isEqualTo(0);
        assertThat(DecisionRule.probabilities(blocked, 0)).containsExactly(0.5, 0, 0.5);
    }

    @Test
    void reciprocityAnswersADefectionAndForgivesAfterTheSetRounds() {
        Government g = new Government(StateCode.KZ);
        g.mode[TARIFF] = Mode.ADAPTIVE;
        double weight = 0.3;
        assertThat(g.reciprocity(TARIFF, 1, weight)).isZero();
        g.registerMove(StateCode.UZ.ordinal(), TARIFF, 1, 2, 0.5);
        assertThat(g.triggered).as("a hostile move calls a decision").isTrue();
        assertThat(g.score[StateCode.UZ.ordinal()]).isNegative();
        // retaliating (raising its own tariff) gains, conceding loses
        assertThat(g.reciprocity(TARIFF, 1, weight)).isEqualTo(weight);
        assertThat(g.reciprocity(TARIFF, -1, weight)).isEqualTo(-weight);
        // with the default rationality and adjustment cost the answer comes more often than not
        double[] u = {-0.15 - weight, 0, weight - 0.15};
        assertThat(DecisionRule.probabilities(u, 30)[2]).isGreaterThan(0.5);
        g.decided(TARIFF);
        assertThat(g.reciprocity(TARIFF, 1, weight)).as("one round left").isEqualTo(weight);
        g.decided(TARIFF);
        assertThat(g.reciprocity(TARIFF, 1, weight)).as("forgiven after two rounds").isZero();
    }

    @Test
    void aFriendlyMoveClosesTheGrievanceAndContritionStopsTheEcho() {
        Government g = new Government(StateCode.KG);
        g.mode[TARIFF] = Mode.ADAPTIVE;
        g.registerMove(StateCode.KZ.ordinal(), TARIFF, 1, 3, 0.5);
        assertThat(g.grievance(TARIFF)).isEqualTo(1);
        g.registerMove(StateCode.KZ.ordinal(), TARIFF, -1, 3, 0.5);
        assertThat(g.grievance(TARIFF)).as("tit for tat answers cooperation with cooperation").isZero();
        g.offset[TARIFF] = 1; // it has raised its own tariff: the others' answer is taken as deserved
        g.registerMove(StateCode.KZ.ordinal(), TARIFF, 1, 3, 0.5);
        assertThat(g.grievance(TARIFF)).isZero();
    }

    @Test
    void aBargainerAcceptsAnOfferBetterThanItsOutsideOption() {
        double outside = -0.4;
        double offer = Bargaining.offer(outside, 0.8);
        assertThat(offer).isGreaterThan(outside);
        SplittableRandom random = new SplittableRandom(11);
        int accepted = 0;
        for (int i = 0; i < 1000; i++) {
            accepted += Bargaining.accepts(offer, outside, 0.01, random.nextDouble()) ? 1 : 0;
        }
        assertThat(accepted).isEqualTo(1000);
        // an offer worse than the outside option is refused when resolve is nearly common knowledge
        assertThat(Bargaining.acceptance(outside - 0.2, outside, 0.01)).isLessThan(1e-6);
        // private information makes a good offer fail sometimes, more often the less it leaves the responder
        assertThat(Bargaining.acceptance(offer, outside, 0.5)).isBetween(0.5, 1.0);
        assertThat(Bargaining.acceptance(Bargaining.offer(outside, 2), outside, 0.5))
            .isGreaterThan(Bargaining.acceptance(offer, outside, 0.5));
    }

    @Test
    void stepZeroIsTheBaseYearWithEveryStateAdaptive() throws Exception {
        RunResult adaptive = ModelRun.run(ScenarioLibrary.load("adaptive-region"), ParameterSet.defaults(), 1, 1);
        RunResult scripted = ModelRun.run(ScenarioLibrary.load("baseline"), ParameterSet.defaults(), 1, 1);
        for (int s = 0; s < scripted.keys().size(); s++) {
            assertThat(adaptive.value(0, s)).as(scripted.keys().get(s).toString()).isEqualTo(scripted.value(0, s));
        }
        assertThat(adaptive.events()).anyMatch(e -> e.kind().equals("decision"));
    }

    @Test
    void adaptiveRunsAreDeterministicAndSurviveACheckpoint() throws Exception {
        Scenario s = ScenarioLibrary.load("adaptive-region");
        RunResult a = ModelRun.run(s, ParameterSet.defaults(), 5, 6);
        RunResult b = ModelRun.run(s, ParameterSet.defaults(), 5, 6);
        RunResult other = ModelRun.run(s, ParameterSet.defaults(), 6, 6);
        assertThat(same(a, b)).isTrue();
        assertThat(same(a, other)).isFalse();

        ModelRun first = ModelRun.start(s, ParameterSet.defaults(), 5, 6);
        for (int i = 0; i < 30; i++) {
            first.step();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        first.checkpoint(bytes);
        ModelRun resumed = ModelRun.resume(new ByteArrayInputStream(bytes.toByteArray()));
        resumed.runToEnd();
        assertThat(same(a, resumed.result())).isTrue();
    }

    @Test
    void aHumanSeatDecidesWhenItAnswersAndTheRuleWhenItDoesNot() throws Exception {
        Scenario s = ScenarioLibrary.load("baseline");
        ParameterSet human = ParameterSet.defaults().with("government.KZ.mode", 2);
        // nobody at the seat: the default rule decides, and the log says so
        RunResult unattended = ModelRun.run(s, human, 3, 2);
        assertThat(unattended.events()).filteredOn(e -> e.kind().equals("seat")).hasSize(1);
        RunResult rule = ModelRun.run(s, ParameterSet.defaults().with("government.KZ.mode", 1), 3, 2);
        assertThat(sameSeries(unattended, rule)).isTrue();

        // a scripted answerer that always raises the tariff when it may
        List<DecisionSeat.Pending> asked = new ArrayList<>();
        ModelRun seated = ModelRun.start(s, human, 3, 2);
        seated.model().seat(StateCode.KZ, d -> {
            asked.add(d);
            return d.lever().equals("tariff") ? OptionalInt.of(2) : OptionalInt.empty();
        });
        seated.runToEnd();
        assertThat(asked).isNotEmpty();
        DecisionSeat.Pending first = asked.getFirst();
        assertThat(first.options()).hasSize(3);
        assertThat(first.options().get(1).label()).isEqualTo("keep");
        assertThat(first.options().get(2).predictedEffect()).contains("predicted net gain");
        long raises = seated.result().events().stream()
            .filter(e -> e.kind().equals("decision") && e.message().startsWith("KZ raises its import tariff")).count();
        long tariffDecisions = asked.stream().filter(d -> d.lever().equals("tariff")).count();
        assertThat(raises).isEqualTo(tariffDecisions);

        // a seat that answers too late: the default rule decides, exactly as with nobody there
        ModelRun late = ModelRun.start(s, human, 3, 2);
        late.model().seat(StateCode.KZ, DecisionSeat.withDeadline(d -> {
            try {
                Thread.sleep(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return OptionalInt.of(2);
        }, Duration.ofMillis(20)));
        late.runToEnd();
        assertThat(sameSeries(late.result(), rule)).isTrue();
    }

    @Test
    void theInspectorShowsAGovernmentsGoalsLeversAndLastDecisions() throws Exception {
        ModelRun run = ModelRun.start(ScenarioLibrary.load("adaptive-region"), ParameterSet.defaults(), 1, 3);
        run.runToEnd();
        List<String> names = run.inspect(StateCode.KZ).stream().map(v -> v.name()).toList();
        assertThat(names).contains("Government: levers it decides", "Government goal weight: welfare",
            "Government goal weight: prestige", "Government adaptive: tariff (value now)",
            "Government adaptive: transit_tariff (value now)");
        assertThat(names).anyMatch(n -> n.startsWith("Last decision: KZ "));
        assertThat(run.inspect(StateCode.KZ)).filteredOn(v -> v.name().equals("Government: levers it decides"))
            .singleElement().satisfies(v -> assertThat(v.value()).isEqualTo(Lever.availableLevers(StateCode.KZ).size()));
        // a scripted state's government decides nothing and remembers no decisions
        ModelRun scripted = ModelRun.start(ScenarioLibrary.load("baseline"), ParameterSet.defaults(), 1, 1);
        scripted.runToEnd();
        assertThat(scripted.inspect(StateCode.KZ).stream().map(v -> v.name()))
            .contains("Government scripted: tariff (value now)").noneMatch(n -> n.startsWith("Last decision"));
    }

    private static boolean same(RunResult a, RunResult b) {
        return sameSeries(a, b) && a.events().equals(b.events());
    }

    private static boolean sameSeries(RunResult a, RunResult b) {
        if (a.steps() != b.steps()) {
            return false;
        }
        for (int t = 0; t < a.steps(); t++) {
            for (int s = 0; s < a.keys().size(); s++) {
                if (Double.compare(a.value(t, s), b.value(t, s)) != 0) {
                    return false;
                }
            }
        }
        return true;
    }

    @SuppressWarnings("unused")
    private static List<LoggedEvent> decisions(RunResult r) {
        return r.events().stream().filter(e -> e.kind().equals("decision")).toList();
    }
}
