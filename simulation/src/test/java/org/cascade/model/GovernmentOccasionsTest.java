package org.cascade.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.cascade.params.ParameterSet;
import org.cascade.region.InstitutionCode;
import org.cascade.region.StateCode;
import org.cascade.run.ModelRun;
import org.cascade.scenario.Governments;
import org.cascade.scenario.Governments.Lever;
import org.cascade.scenario.Governments.Mode;
import org.cascade.scenario.ScenarioLibrary;
import org.junit.jupiter.api.Test;

/**
 * The levers decided on occasions and the investment promotion lever (MODEL.md 7.11), each rule on a model at its
 * base year, and who decides a single lever.
 */
class GovernmentOccasionsTest {
    private static final int INVESTMENT = Lever.INVESTMENT.ordinal();

    private static CascadeModel model(ParameterSet p) throws Exception {
        ModelRun run = ModelRun.start(ScenarioLibrary.load("baseline"), p, 1, 1);
        run.step();
        return run.model();
    }

    @Test
    void aidIsGivenWhereTheStakeIsHighAndRefusedWhenTheGiversOwnCrisisIsWorse() throws Exception {
        CascadeModel m = model(ParameterSet.defaults().with("government.UZ.aid.mode", 1));
        m.state(StateCode.KG).addLoss(0.02);
        double[] u = m.governments.aidUtilities(m, StateCode.UZ, StateCode.KG, 0.8, 0);
        assertThat(u[1]).as("Uzbekistan's trade with Kyrgyzstan makes the trust aid buys worth its cost").isGreaterThan(u[0]);
        assertThat(DecisionRule.choose(u, 1000, 0.999)).isEqualTo(1);

        // the same aid from a giver in a worse crisis of its own
        m.state(StateCode.UZ).addLoss(0.3);
        double[] strained = m.governments.aidUtilities(m, StateCode.UZ, StateCode.KG, 0.8, 0);
        assertThat(strained[1]).isLessThan(strained[0]);
        assertThat(DecisionRule.choose(strained, 1000, 0.001)).isEqualTo(0);
    }

    @Test
    void aPartnerThatHitTheGiverAndIsNotForgivenGetsLessAid() throws Exception {
        CascadeModel m = model(ParameterSet.defaults().with("government.UZ.aid.mode", 1));
        m.state(StateCode.KG).addLoss(0.02);
        double before = m.governments.aidUtilities(m, StateCode.UZ, StateCode.KG, 0.5, 0)[1];
        // a hike of three points: a grievance (government.grievance_threshold)
        m.governments.governments[StateCode.UZ.ordinal()].registerMove(StateCode.KG.ordinal(), Lever.TARIFF.ordinal(),
            1, 3, 4, 0.5);
        double after = m.governments.aidUtilities(m, StateCode.UZ, StateCode.KG, 0.5, 0)[1];
        assertThat(after).isLessThan(before);
        // and a government that gave lately is slower to give again (aid fatigue)
        assertThat(m.governments.aidUtilities(m, StateCode.UZ, StateCode.KG, 0.5, 2)[1]).isLessThan(after);
    }

    @Test
    void aCrisisAsksTheGovernmentsThatDecideTheirAidAndTheLogGivesTheirReasons() throws Exception {
        ParameterSet p = ParameterSet.defaults();
        for (StateCode s : StateCode.values()) {
            p = p.with("government." + s + ".aid.mode", 1);
        }
        ModelRun run = ModelRun.start(ScenarioLibrary.load("baseline"), p, 1, 1);
        run.step();
        run.model().crises.add(new CrisisProcess.Crisis(StateCode.KG, 0.9, "earthquake", true));
        run.step();
        assertThat(run.model().eventLog()).filteredOn(e -> e.kind().equals("decision"))
            .hasSize(StateCode.COUNT - 1)
            .allMatch(e -> e.message().matches("[A-Z]{2} (gives|refuses) aid to KG after its crisis \\(expected gain "
                + "[-+][0-9.]+ against [-+][0-9.]+ to (refuse|give) aid.*"));
        // every decision to give is carried out through the crisis process's assistance, and only those
        long given = run.model().eventLog().stream().filter(e -> e.message().contains(" gives aid to KG")).count();
        assertThat(run.model().eventLog()).filteredOn(e -> e.kind().equals("assist")).hasSize((int) given);
    }

    @Test
    void aHumanSeatAnswersAnAidDecisionWithTheOptionsAndTheRulesChoice() throws Exception {
        ModelRun run = ModelRun.start(ScenarioLibrary.load("baseline"),
            ParameterSet.defaults().with("government.UZ.aid.mode", 2), 1, 1);
        List<DecisionSeat.Pending> asked = new ArrayList<>();
        run.model().seat(StateCode.UZ, d -> {
            asked.add(d);
            return OptionalInt.of(0);
        });
        run.step();
        run.model().crises.add(new CrisisProcess.Crisis(StateCode.KG, 0.9, "earthquake", true));
        run.step();
        assertThat(asked).singleElement().satisfies(d -> {
            assertThat(d.lever()).isEqualTo("aid");
            assertThat(d.options()).extracting(DecisionSeat.Option::label).containsExactly("refuse aid", "give aid");
        });
        assertThat(run.model().eventLog()).anyMatch(e -> e.message().startsWith("UZ refuses aid to KG"))
            .noneMatch(e -> e.kind().equals("assist") && e.subject().contains("UZ"));
    }

    @Test
    void promotionIsChosenWhenItsPredictedGainBeatsItsCost() throws Exception {
        ParameterSet p = ParameterSet.defaults().with("government.KG.investment.mode", 1)
            .with("government.adjustment_cost", 0);
        CascadeModel cheap = model(p.with("government.promotion_cost", 0));
        Government kg = cheap.governments.governments[StateCode.KG.ordinal()];
        kg.marginal0[INVESTMENT] = 0;
        kg.offset[INVESTMENT] = 0;
        assertThat(cheap.governments.marginal(cheap, kg, INVESTMENT)).isPositive();
        double[] u = cheap.governments.utilities(cheap, kg, INVESTMENT);
        assertThat(u[0]).as("promotion cannot fall below none").isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(DecisionRule.choose(u, 1000, 0.5)).isEqualTo(2);

        CascadeModel dear = model(p.with("government.promotion_cost", 1));
        Government kgDear = dear.governments.governments[StateCode.KG.ordinal()];
        kgDear.marginal0[INVESTMENT] = 0;
        kgDear.offset[INVESTMENT] = 0;
        assertThat(DecisionRule.choose(dear.governments.utilities(dear, kgDear, INVESTMENT), 1000, 0.5)).isEqualTo(1);
    }

    /**
     * The incentives' cost is a share of the inflow they are granted on, so it grows with the inflow and is not
     * cancelled by the base-year anchor M0 (as a constant cost in percent of GDP was): five years on, the inflow into
     * Kyrgyzstan relative to its GDP has moved, and the cost share changes the worth of a step up of promotion by the
     * cost share times that move.
     */
    @Test
    void promotionsCostFollowsTheInflowAndIsNotCancelledByTheBaseYearAnchor() throws Exception {
        double[] net = new double[2];
        double[] inflowGrowth = new double[2];
        double[] costs = {0, 1};
        for (int c = 0; c < 2; c++) {
            // adjustment cost at its maximum: nobody moves, so the two runs differ only in the cost counted
            ParameterSet p = ParameterSet.defaults().with("government.KG.investment.mode", 1)
                .with("government.adjustment_cost", 2).with("government.promotion_cost", costs[c]);
            ModelRun run = ModelRun.start(ScenarioLibrary.load("baseline"), p, 1, 6);
            CascadeModel m = run.model();
            double gdp0 = m.state(StateCode.KG).gdp;
            double inflow0 = InvestmentProcess.inflowTerms(m, StateCode.KG, 0)[1] / gdp0;
            Fixtures.steps(run, 60);
            Government kg = m.governments.governments[StateCode.KG.ordinal()];
            assertThat(kg.offset[INVESTMENT]).isZero();
            net[c] = m.governments.marginal(m, kg, INVESTMENT) - kg.marginal0[INVESTMENT];
            inflowGrowth[c] = InvestmentProcess.inflowTerms(m, StateCode.KG, 0)[1] / m.state(StateCode.KG).gdp - inflow0;
        }
        assertThat(inflowGrowth[1]).as("the inflow relative to GDP moved").isNotCloseTo(0, org.assertj.core.data.Offset.offset(1e-6))
            .isEqualTo(inflowGrowth[0]);
        double step = Government.STEP[INVESTMENT];
        double welfare = ParameterSet.defaults().get("government.KG.weight_welfare");
        assertThat(net[0] - net[1]).isCloseTo(welfare * 100 * step * inflowGrowth[1], org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void promotionDrawsInvestmentThroughTheInvestorsChoice() throws Exception {
        ModelRun promoted = ModelRun.start(ScenarioLibrary.load("baseline"),
            ParameterSet.defaults().with("policy.KG.investment_promotion", 1), 1, 5);
        promoted.runToEnd();
        ModelRun plain = ModelRun.start(ScenarioLibrary.load("baseline"), ParameterSet.defaults(), 1, 5);
        plain.runToEnd();
        assertThat(promoted.model().relations.inwardStock(StateCode.KG))
            .isGreaterThan(plain.model().relations.inwardStock(StateCode.KG));
    }

    @Test
    void aGovernmentSnubsASummitWhoseMembersHaveHitItButNotOverOnePartner() throws Exception {
        ParameterSet p = ParameterSet.defaults().with("government.KG.summit.mode", 1).with("government.rationality", 1000)
            .with("government.reciprocity", 1);
        CascadeModel m = model(p);
        double[] weight = new double[StateCode.COUNT];
        for (StateCode s : StateCode.values()) {
            weight[s.ordinal()] = m.events.attendance(m.p, InstitutionCode.CACM, s);
        }
        assertThat(m.governments.attend(m, weight, null)[StateCode.KG.ordinal()]).as("attends as in 2024").isEqualTo(1);
        Government kg = m.governments.governments[StateCode.KG.ordinal()];
        kg.registerMove(StateCode.TJ.ordinal(), Lever.STANCE.ordinal(), 1, 3, 4, 0.5);
        kg.registerMove(StateCode.TJ.ordinal(), Lever.STANCE.ordinal(), 1, 3, 4, 0.5);
        assertThat(kg.grudge(StateCode.TJ.ordinal())).isGreaterThan(0.5);
        assertThat(m.governments.attend(m, weight, null)[StateCode.KG.ordinal()])
            .as("one partner's move is answered bilaterally, not by a snub of the whole summit").isEqualTo(1);
        for (StateCode s : new StateCode[] {StateCode.KZ, StateCode.UZ, StateCode.TM}) {
            kg.registerMove(s.ordinal(), Lever.TARIFF.ordinal(), 1, 3, 4, 0.5);
            kg.registerMove(s.ordinal(), Lever.TARIFF.ordinal(), 1, 3, 4, 0.5);
        }
        assertThat(m.governments.attend(m, weight, null)[StateCode.KG.ordinal()]).as("stays away").isZero();
        assertThat(m.eventLog()).anyMatch(e -> e.kind().equals("decision")
            && e.message().startsWith("KG stays away from the summit (expected gain"));
        // the host of an extra summit attends whatever it holds
        assertThat(m.governments.attend(m, weight, StateCode.KG)[StateCode.KG.ordinal()]).isEqualTo(1);
    }

    @Test
    void aSingleLeversModeOverridesTheScenarioAndTheState() {
        Governments block = new Governments(Map.of(StateCode.KZ, Map.of(Lever.VISA, Mode.HUMAN)));
        ParameterSet adaptive = ParameterSet.defaults().with("government.KZ.mode", 1);
        assertThat(block.mode(StateCode.KZ, Lever.TARIFF, adaptive)).isEqualTo(Mode.ADAPTIVE);
        assertThat(block.mode(StateCode.KZ, Lever.VISA, adaptive)).isEqualTo(Mode.HUMAN);
        ParameterSet own = adaptive.with("government.KZ.tariff.mode", 0).with("government.KZ.visa.mode", 1);
        assertThat(block.mode(StateCode.KZ, Lever.TARIFF, own)).isEqualTo(Mode.SCRIPTED);
        assertThat(block.mode(StateCode.KZ, Lever.VISA, own)).isEqualTo(Mode.ADAPTIVE);
        assertThat(block.mode(StateCode.KZ, Lever.AID, own)).isEqualTo(Mode.ADAPTIVE);
        assertThat(Lever.TRANSIT_TARIFF.availableFor(StateCode.KG)).isFalse();
        assertThat(Lever.AID.availableFor(StateCode.AM)).isTrue();
    }
}
