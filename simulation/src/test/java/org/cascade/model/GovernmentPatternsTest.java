package org.cascade.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.cascade.params.ParameterSet;
import org.cascade.region.DisputeCode;
import org.cascade.region.Pair;
import org.cascade.region.StateCode;
import org.cascade.results.LoggedEvent;
import org.cascade.run.ModelRun;
import org.cascade.scenario.EventType;
import org.cascade.scenario.Governments.Lever;
import org.cascade.scenario.Scenario;
import org.cascade.scenario.ScenarioLibrary;
import org.junit.jupiter.api.Test;

/**
 * Patterns of governments that decide, on small ensembles (MODEL.md 7.11): reciprocity, interdependence, the KG-TJ
 * settlement from the 2024 state, corridor competition. Each prints its ensemble figures.
 */
class GovernmentPatternsTest {
    private static final int SEEDS = 30;
    private static final int TARIFF = Lever.TARIFF.ordinal();
    private static final int TRANSIT = Lever.TRANSIT_TARIFF.ordinal();
    /** Tariff-war: Uzbekistan's hike in March 2026 (month 14), taken back in March 2028 (month 38). */
    private static final int HIKE = 14;
    private static final int HIKE_ENDS = 38;
    /** Tariff-war: Turkmenistan's trans-Caspian tariff cut in January 2027 (month 24). */
    private static final int CUT = 24;

    @Test
    void aPartnersTariffHikeIsAnsweredMoreOftenThanNotAndCooperationReturnsAfterItEnds() throws Exception {
        Scenario war = ScenarioLibrary.load("tariff-war");
        Scenario calm = war.withEvents(war.events().stream()
            .filter(e -> !e.target().equals("policy.UZ.tariff")).toList());
        int[] answered = new int[2];
        int cases = 0;
        int stillRaisedAfter = 0;
        int raisedDuring = 0;
        for (long seed = 1; seed <= SEEDS; seed++) {
            for (int variant = 0; variant < 2; variant++) {
                ModelRun run = ModelRun.start(variant == 0 ? war : calm, ParameterSet.defaults(), seed, 5);
                CascadeModel m = run.model();
                Fixtures.steps(run, HIKE); // months 0 to 13: the hike fires at the start of month 14
                List<StateCode> hit = hitBy(m, StateCode.UZ);
                double[] before = offsets(m, TARIFF);
                int[] maxAfter = new int[StateCode.COUNT];
                for (int t = 0; t < 6; t++) {
                    run.step();
                    for (StateCode s : hit) {
                        maxAfter[s.ordinal()] = (int) Math.max(maxAfter[s.ordinal()],
                            m.governments.governments[s.ordinal()].offset[TARIFF] - before[s.ordinal()]);
                    }
                }
                for (StateCode s : hit) {
                    answered[variant] += maxAfter[s.ordinal()] > 0 ? 1 : 0;
                }
                if (variant == 0) {
                    cases += hit.size();
                    Fixtures.steps(run, HIKE_ENDS - HIKE - 6); // to the month before the hike ends
                    for (StateCode s : hit) {
                        raisedDuring += m.governments.governments[s.ordinal()].offset[TARIFF] > 0 ? 1 : 0;
                    }
                    Fixtures.steps(run, 12);
                    for (StateCode s : hit) {
                        stillRaisedAfter += m.governments.governments[s.ordinal()].offset[TARIFF] > 0 ? 1 : 0;
                    }
                }
            }
        }
        double answerRate = answered[0] / (double) cases;
        double noiseRate = answered[1] / (double) cases;
        System.out.printf(Locale.ROOT, "reciprocity: %d neighbour-runs hit by UZ's hike; answered within 6 months %.2f"
                + " (without the hike: %.2f); tariff above the scripted level just before the hike ends %.2f, a year"
                + " after it ends %.2f%n", cases, answerRate, noiseRate, raisedDuring / (double) cases,
            stillRaisedAfter / (double) cases);
        assertThat(cases).isGreaterThanOrEqualTo(2 * SEEDS);
        assertThat(answerRate).isGreaterThan(0.5).isGreaterThan(noiseRate + 0.3);
        assertThat(stillRaisedAfter / (double) cases).isLessThan(0.25);
    }

    @Test
    void moreAtStakeSettlesSoonerAndEscalatesLess() throws Exception {
        Scenario region = ScenarioLibrary.load("adaptive-region");
        double[] months = new double[2];
        int[] failures = new int[2];
        int[] settled = new int[2];
        for (long seed = 1; seed <= SEEDS; seed++) {
            for (int variant = 0; variant < 2; variant++) {
                ModelRun run = ModelRun.start(region, ParameterSet.defaults(), seed, 5);
                CascadeModel m = run.model();
                if (variant == 1) {
                    // a pair with more at stake: 1.5 bn USD more invested each way (and the trade it brings)
                    m.relations.stock[StateCode.KG.ordinal()][StateCode.TJ.ordinal()] += 1.5e9;
                    m.relations.stock[StateCode.TJ.ordinal()][StateCode.KG.ordinal()] += 1.5e9;
                }
                int when = untilSettled(run, m.dispute(DisputeCode.KG_TJ));
                months[variant] += when;
                settled[variant] += when < 60 ? 1 : 0;
                failures[variant] += (int) run.result().events().stream()
                    .filter(e -> e.kind().equals("bargaining_failed") && e.subject().equals("KG-TJ")).count();
            }
        }
        System.out.printf(Locale.ROOT, "interdependence: KG-TJ, %d runs each; mean months to settle %.1f (more at"
                + " stake %.1f); settled within 5 years %d (%d); failed bargaining rounds %d (%d)%n", SEEDS,
            months[0] / SEEDS, months[1] / SEEDS, settled[0], settled[1], failures[0], failures[1]);
        assertThat(months[1]).isLessThan(months[0]);
        assertThat(failures[1]).isLessThan(failures[0]);
    }

    @Test
    void aidGivenIsRepaidInTrustAndAGiverInCrisisItselfGivesLessOften() throws Exception {
        Scenario region = ScenarioLibrary.load("adaptive-region");
        int years = 20;
        double[] change = new double[2];
        int[] count = new int[2];
        int[] givenWhenStrained = new int[2];
        int[] askedWhenStrained = new int[2];
        for (long seed = 1; seed <= SEEDS; seed++) {
            ModelRun run = ModelRun.start(region, ParameterSet.defaults(), seed, years);
            CascadeModel m = run.model();
            double[][] trust = new double[years * 12 + 1][];
            List<int[]> decisions = new java.util.ArrayList<>(); // month, pair, given
            int seen = 0;
            for (int t = 0; t < years * 12; t++) {
                trust[t] = m.relations.trust.clone();
                run.step();
                List<LoggedEvent> log = m.eventLog();
                for (; seen < log.size(); seen++) {
                    LoggedEvent e = log.get(seen);
                    String text = e.message();
                    if (!e.kind().equals("decision") || !text.contains(" aid to ")) {
                        continue;
                    }
                    StateCode giver = StateCode.valueOf(text.substring(0, 2));
                    StateCode hit = StateCode.valueOf(text.substring(text.indexOf(" aid to ") + 8).substring(0, 2));
                    int given = text.contains(" gives aid") ? 1 : 0;
                    decisions.add(new int[] {t, Pair.of(giver, hit).index(), given});
                    int strained = m.state(giver).loss > m.state(hit).loss ? 1 : 0;
                    askedWhenStrained[strained]++;
                    givenWhenStrained[strained] += given;
                }
            }
            for (int[] d : decisions) {
                if (d[0] + 12 < years * 12) {
                    change[d[2]] += trust[d[0] + 12][d[1]] - trust[d[0]][d[1]];
                    count[d[2]]++;
                }
            }
        }
        double given = change[1] / count[1];
        double refused = change[0] / count[0];
        double rateStrained = givenWhenStrained[1] / (double) askedWhenStrained[1];
        double rateNot = givenWhenStrained[0] / (double) askedWhenStrained[0];
        System.out.printf(Locale.ROOT, "aid: %d decisions to give, %d to refuse; pair trust a year later %+.3f after"
                + " aid, %+.3f after a refusal; given in %.2f of %d decisions by a giver in a worse crisis than the"
                + " stricken state, %.2f of %d otherwise%n", count[1], count[0], given, refused, rateStrained,
            askedWhenStrained[1], rateNot, askedWhenStrained[0]);
        assertThat(count[0]).isGreaterThan(SEEDS);
        assertThat(count[1]).isGreaterThan(SEEDS);
        assertThat(given).isGreaterThan(refused);
        assertThat(rateStrained).isLessThan(rateNot);
    }

    @Test
    void withEveryStateAdaptiveKyrgyzTajikBorderIsSettledWithinAFewYearsInMostRuns() throws Exception {
        Scenario region = ScenarioLibrary.load("adaptive-region");
        assertThat(region.events()).isEmpty();
        int within3 = 0;
        double mean = 0;
        for (long seed = 1; seed <= SEEDS; seed++) {
            ModelRun run = ModelRun.start(region, ParameterSet.defaults(), seed, 6);
            int when = untilSettled(run, run.model().dispute(DisputeCode.KG_TJ));
            within3 += when < 36 ? 1 : 0;
            mean += when;
            assertThat(run.result().events()).anyMatch(e -> e.kind().equals("bargaining"));
        }
        System.out.printf(Locale.ROOT, "settlement: KG-TJ settled within 3 years in %d of %d runs; mean %.1f months"
            + " (capped at 72)%n", within3, SEEDS, mean / SEEDS);
        assertThat(within3).isGreaterThan(SEEDS / 2);
    }

    @Test
    void aTransitTariffCutDrawsAResponseFromTheCompetingRouteWithinTwoYears() throws Exception {
        Scenario war = ScenarioLibrary.load("tariff-war");
        Scenario noCut = war.withEvents(war.events().stream()
            .filter(e -> !(e.type() == EventType.SET && e.target().equals("route.trans-caspian.tariff"))).toList());
        int[] responded = new int[2];
        double[] firstResponse = new double[2];
        for (long seed = 1; seed <= SEEDS; seed++) {
            for (int variant = 0; variant < 2; variant++) {
                ModelRun run = ModelRun.start(variant == 0 ? war : noCut, ParameterSet.defaults(), seed, 5);
                CascadeModel m = run.model();
                Fixtures.steps(run, CUT); // months 0 to 23: the cut fires at the start of month 24
                int first = -1;
                for (int t = 0; t < 24 && first < 0; t++) {
                    run.step();
                    for (StateCode s : List.of(StateCode.KZ, StateCode.AZ)) {
                        if (m.governments.governments[s.ordinal()].offset[TRANSIT] < 0 && first < 0
                            && cutSince(run.events(), s, CUT)) {
                            first = t;
                        }
                    }
                }
                if (first >= 0) {
                    responded[variant]++;
                    firstResponse[variant] += first;
                }
            }
        }
        System.out.printf(Locale.ROOT, "corridor competition: KZ or AZ cut the Middle Corridor tariff within two years"
                + " of TM's cut in %d of %d runs (without TM's cut: %d), after %.1f months on average%n", responded[0],
            SEEDS, responded[1], responded[0] == 0 ? Double.NaN : firstResponse[0] / responded[0]);
        assertThat(responded[0]).isGreaterThan(SEEDS / 2).isGreaterThan(responded[1]);
    }

    private static boolean cutSince(List<LoggedEvent> events, StateCode s, int month) {
        return events.stream().anyMatch(e -> e.step() >= month && e.kind().equals("decision")
            && e.message().startsWith(s + " lowers its transit tariff"));
    }

    /** Steps the run until the dispute is settled or the run ends; the month it settled (the horizon if never). */
    private static int untilSettled(ModelRun run, DisputeAgent d) {
        int months = run.model().years() * 12;
        for (int t = 0; t < months; t++) {
            run.step();
            if (d.settled) {
                return t;
            }
        }
        return months;
    }

    /** The states a move by {@code mover} on tariffs hits (a noticeable share of their regional trade). */
    private static List<StateCode> hitBy(CascadeModel m, StateCode mover) {
        return java.util.Arrays.stream(StateCode.values()).filter(s -> s != mover
            && m.governments.governments[s.ordinal()].decides(TARIFF)
            && m.relations.turnover(Pair.of(s, mover).index())
                >= GovernmentProcess.NOTICEABLE * m.relations.totalTrade(s)).toList();
    }

    private static double[] offsets(CascadeModel m, int lever) {
        double[] o = new double[StateCode.COUNT];
        for (StateCode s : StateCode.values()) {
            o[s.ordinal()] = m.governments.governments[s.ordinal()].offset[lever];
        }
        return o;
    }

    @SuppressWarnings("unused")
    private static void each(Consumer<StateCode> c) {
        java.util.Arrays.stream(StateCode.values()).forEach(c);
    }
}
