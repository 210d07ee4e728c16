package org.cascade.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import org.cascade.params.ParameterSet;
import org.cascade.region.Pair;
import org.cascade.region.StateCode;
import org.cascade.results.RunResult;
import org.cascade.run.ModelRun;
import org.cascade.scenario.Governments.Lever;
import org.cascade.scenario.Scenario;
import org.cascade.scenario.ScenarioLibrary;
import org.junit.jupiter.api.Test;

/**
 * The partner visa lever (MODEL.md 7.11): a government hit by a partner tightens its visas toward that partner alone,
 * restores them once the grudge is forgiven, travel between the two falls and only there; a human seat answers it;
 * the tariff-war ensemble figure; determinism.
 */
class PartnerVisaTest {
    private static final int TARIFF = Lever.TARIFF.ordinal();
    private static final int KZ = StateCode.KZ.ordinal();
    private static final int UZ = StateCode.UZ.ordinal();
    /** Tariff-war: Uzbekistan's hike in March 2026 (month 14), taken back in March 2028 (month 38). */
    private static final int HIKE = 14;
    private static final int HIKE_ENDS = 38;

    private static ParameterSet kazakhVisas(int mode) {
        return ParameterSet.defaults().with("government.KZ.partner_visa.mode", mode)
            .with("government.rationality", 1000);
    }

    /**
     * A run of the baseline past its first month, in which Uzbekistan's move hits Kazakhstan's government: a tariff
     * hike of {@link #HIKE_STEPS} points, above government.grievance_threshold.
     */
    private static ModelRun hitRun(ParameterSet p, boolean hit) throws Exception {
        ModelRun run = ModelRun.start(ScenarioLibrary.load("baseline"), p, 1, 5);
        run.step();
        if (hit) {
            run.model().governments.governments[KZ].registerMove(UZ, TARIFF, 1, HIKE_STEPS,
                (int) p.get("government.forgiveness_rounds"), p.get("government.memory"));
        }
        return run;
    }

    private static final int HIKE_STEPS = 8;

    @Test
    void aSingleHostileStepIsNotAGrievanceButSeveralAtOnceOrInARowAre() throws Exception {
        ParameterSet p = kazakhVisas(1);
        int rounds = (int) p.get("government.forgiveness_rounds");
        double threshold = p.get("government.grievance_threshold");
        // one step, the size of a noisy choice: Kazakhstan does not weigh its visas toward Uzbekistan
        ModelRun run = hitRun(p, false);
        kz(run).registerMove(UZ, TARIFF, 1, 1, rounds, 0.5);
        run.step();
        assertThat(kz(run).visaOffset[UZ]).isZero();
        assertThat(run.model().eventLog()).noneMatch(e -> e.message().contains("visas toward UZ"));
        // a hike of the threshold's size at once is answered
        ModelRun hike = hitRun(p, false);
        kz(hike).registerMove(UZ, TARIFF, 1, threshold, rounds, 0.5);
        hike.step();
        assertThat(kz(hike).visaOffset[UZ]).isEqualTo(-1);
        // single steps add up: the partner's third step up in a row is answered
        ModelRun streak = hitRun(p, false);
        int moves = 0;
        while (kz(streak).visaOffset[UZ] == 0 && moves < 10) {
            kz(streak).registerMove(UZ, TARIFF, 1, 1, rounds, 0.5);
            streak.step();
            moves++;
        }
        assertThat(moves).isEqualTo((int) Math.ceil(threshold));
        // a step taken back cancels one: up, back, up is not a grievance
        ModelRun noisy = hitRun(p, false);
        for (int direction : new int[] {1, -1, 1, -1, 1}) {
            kz(noisy).registerMove(UZ, TARIFF, direction, 1, rounds, 0.5);
            noisy.step();
        }
        assertThat(kz(noisy).visaOffset[UZ]).isZero();
        assertThat(kz(noisy).grievance[TARIFF][UZ]).isZero();
        // a friendly move takes its size off the remembered hostility
        Government g = kz(hitRun(p, false));
        g.registerMove(UZ, TARIFF, 1, 2, rounds, 0.5);
        g.registerMove(UZ, TARIFF, -1, 2, rounds, 0.5);
        assertThat(g.hostileSteps[UZ]).isZero();
    }

    private static Government kz(ModelRun run) {
        return run.model().governments.governments[KZ];
    }

    @Test
    void aGovernmentHitByAPartnerTightensItsVisasTowardThatPartnerAlone() throws Exception {
        ModelRun run = hitRun(kazakhVisas(1), true);
        run.step();
        Government g = kz(run);
        for (StateCode s : StateCode.values()) {
            assertThat(g.visaOffset[s.ordinal()]).as("steps toward " + s).isEqualTo(s == StateCode.UZ ? -1 : 0);
        }
        CascadeModel m = run.model();
        assertThat(m.p.visaOffset[KZ][UZ]).isEqualTo(-Government.STEP[Government.PARTNER_VISA]);
        assertThat(m.p.visaOpenness[KZ]).as("its general openness stays").isEqualTo(
            m.parameters().get("policy.KZ.visa_openness"));
        assertThat(m.eventLog()).filteredOn(e -> e.kind().equals("decision")).singleElement()
            .satisfies(e -> assertThat(e.message()).matches("KZ tightens its visas toward UZ to [0-9.]+ \\(expected gain"
                + " \\+[0-9.]+ against \\+0\\.00 to keep them; answering UZ's move\\)"));
        assertThat(g.lastDecision[Government.PARTNER_VISA]).startsWith("KZ tightens its visas toward UZ");
        assertThat(run.inspect(StateCode.KZ)).anyMatch(v -> v.name().equals("Government: visa openness toward UZ"));
    }

    @Test
    void withoutAGrudgeTheTighteningIsNotWorthItsCost() throws Exception {
        ModelRun run = hitRun(kazakhVisas(1), false);
        CascadeModel m = run.model();
        double[] u = m.governments.partnerVisaUtilities(m, StateCode.KZ, StateCode.UZ, -1);
        assertThat(u[1]).isLessThan(u[0]);
        kz(run).registerMove(UZ, TARIFF, 1, HIKE_STEPS, 4, 0.5);
        double[] hit = m.governments.partnerVisaUtilities(m, StateCode.KZ, StateCode.UZ, -1);
        assertThat(hit[1]).isGreaterThan(hit[0]);
        // with no reciprocity the hit is not answered
        ModelRun meek = hitRun(kazakhVisas(1).with("government.reciprocity", 0), true);
        meek.step();
        assertThat(kz(meek).visaOffset[UZ]).isZero();
    }

    @Test
    void travelBetweenThePairFallsAndOtherPairsStayAsTheyWere() throws Exception {
        ModelRun hit = hitRun(kazakhVisas(1), true);
        ModelRun calm = hitRun(kazakhVisas(1), false);
        for (int t = 0; t < 2; t++) {
            hit.step();
            calm.step();
        }
        double[] a = hit.model().relations.travel;
        double[] b = calm.model().relations.travel;
        int pair = Pair.of(StateCode.KZ, StateCode.UZ).index();
        assertThat(a[pair]).isLessThan(b[pair]);
        for (Pair p : Pair.all()) {
            if (p.index() != pair) {
                assertThat(a[p.index()]).as(p.toString()).isEqualTo(b[p.index()]);
            }
        }
    }

    @Test
    void theVisasAreRestoredOnceTheGrudgeIsForgiven() throws Exception {
        ParameterSet p = kazakhVisas(1);
        ModelRun run = hitRun(p, true);
        run.step();
        assertThat(kz(run).visaOffset[UZ]).isEqualTo(-1);
        int rounds = (int) p.get("government.forgiveness_rounds");
        int months = (int) p.get("government.decision_months");
        // held while the grievance lasts: its regular decisions count it down
        Fixtures.steps(run, (rounds - 2) * months);
        assertThat(kz(run).grudge(UZ)).isPositive();
        assertThat(kz(run).visaOffset[UZ]).isEqualTo(-1);
        Fixtures.steps(run, 3 * months);
        assertThat(kz(run).grudge(UZ)).isZero();
        assertThat(kz(run).visaOffset[UZ]).isZero();
        assertThat(run.model().p.visaOffset[KZ][UZ]).isZero();
        assertThat(run.model().eventLog()).anyMatch(e -> e.message().startsWith("KZ restores its visas toward UZ to "));
    }

    @Test
    void aHumanSeatAnswersIt() throws Exception {
        ModelRun run = ModelRun.start(ScenarioLibrary.load("baseline"), kazakhVisas(2), 1, 5);
        List<DecisionSeat.Pending> asked = new ArrayList<>();
        run.model().seat(StateCode.KZ, d -> {
            asked.add(d);
            return OptionalInt.of(0);
        });
        run.step();
        kz(run).registerMove(UZ, TARIFF, 1, HIKE_STEPS, 4, 0.5);
        run.step();
        assertThat(asked).singleElement().satisfies(d -> {
            assertThat(d.lever()).isEqualTo("partner_visa");
            assertThat(d.options()).extracting(DecisionSeat.Option::label).containsExactly("keep them", "tighten them");
            assertThat(d.defaultChoice()).as("the rule would tighten").isEqualTo(1);
        });
        assertThat(kz(run).visaOffset[UZ]).isZero();
        assertThat(run.model().eventLog()).anyMatch(e -> e.message().startsWith("KZ keeps its visas toward UZ ("));
    }

    @Test
    void theSameSeedGivesTheSameTariffWar() throws Exception {
        RunResult a = ModelRun.run(ScenarioLibrary.load("tariff-war"), ParameterSet.defaults(), 7, 5);
        RunResult b = ModelRun.run(ScenarioLibrary.load("tariff-war"), ParameterSet.defaults(), 7, 5);
        assertThat(a.events()).anyMatch(e -> e.message().contains(" its visas toward "));
        assertThat(a.events()).isEqualTo(b.events());
        for (int step = 0; step < a.steps(); step++) {
            for (int s = 0; s < a.keys().size(); s++) {
                assertThat(Double.compare(a.value(step, s), b.value(step, s))).isZero();
            }
        }
    }

    /**
     * The ensemble figure of MODEL.md 7.11: in tariff-war, the share of the runs of each neighbour that decides its
     * partner visas (KZ, KG, TJ, AZ, AM) whose visas toward Uzbekistan are tightened within a year of its hike, and
     * of those, the share restored a year after the hike ends.
     */
    @Test
    void inTheTariffWarNeighboursTightenTheirVisasTowardUzbekistanAndRestoreThem() throws Exception {
        Scenario war = ScenarioLibrary.load("tariff-war");
        StateCode[] deciders = {StateCode.KZ, StateCode.KG, StateCode.TJ, StateCode.AZ, StateCode.AM};
        int seeds = 20;
        int cases = 0;
        int tightened = 0;
        int stillTight = 0;
        int tightBefore = 0;
        int tightAtEnd = 0;
        for (long seed = 1; seed <= seeds; seed++) {
            ModelRun run = ModelRun.start(war, ParameterSet.defaults(), seed, 5);
            CascadeModel m = run.model();
            Fixtures.steps(run, HIKE);
            boolean[] was = new boolean[StateCode.COUNT];
            for (StateCode s : deciders) {
                tightBefore += m.governments.governments[s.ordinal()].visaOffset[UZ] < 0 ? 1 : 0;
            }
            for (int t = 0; t < 12; t++) {
                run.step();
                for (StateCode s : deciders) {
                    was[s.ordinal()] |= m.governments.governments[s.ordinal()].visaOffset[UZ] < 0;
                }
            }
            Fixtures.steps(run, HIKE_ENDS - HIKE - 12 - 1); // to the month before the hike ends
            for (StateCode s : deciders) {
                tightAtEnd += m.governments.governments[s.ordinal()].visaOffset[UZ] < 0 ? 1 : 0;
            }
            Fixtures.steps(run, 1 + 12);
            for (StateCode s : deciders) {
                cases++;
                if (was[s.ordinal()]) {
                    tightened++;
                    stillTight += m.governments.governments[s.ordinal()].visaOffset[UZ] < 0 ? 1 : 0;
                }
            }
        }
        System.out.printf(Locale.ROOT, "partner visas: %d neighbour-runs; tightened toward UZ before its hike %.2f,"
                + " within a year of it %.2f; tightened just before the hike ends %.2f; of those tightened within the year, still"
                + " tightened a year after the hike ends %.2f%n", cases, tightBefore / (double) cases,
            tightened / (double) cases, tightAtEnd / (double) cases, stillTight / (double) Math.max(1, tightened));
        assertThat(tightened).as("most neighbours answer the hike at their visas too").isGreaterThan(cases / 2);
        assertThat(tightBefore).as("nobody tightens toward Uzbekistan unprovoked").isLessThan(cases / 10);
        assertThat(stillTight).as("a year after the hike ends most are restored").isLessThan(tightened / 4);
    }
}
