package org.cascade.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.cascade.params.ParameterSet;
import org.cascade.results.Metrics;
import org.cascade.results.RunResult;
import org.cascade.run.ModelRun;
import org.cascade.scenario.Scenario;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dispute hazards against the record (MODEL.md 7.7), on seeds 1-100 over 20 years: without a scheduled treaty the
 * thirty-year AZ-AM closure outlasts the decade in most runs; the last 8% of the KG-TJ border concludes by itself
 * over one to three years, not at once; a treaty event is what opens AZ-AM; history-2025's treaty settles KG-TJ at
 * once; the settled Uzbek borders stay settled. The bands are wide enough for sampling noise on 100 seeds (the
 * measured shares on seeds 1-200 are in MODEL.md 7.7) and narrow enough that the pre-calibration model fails them.
 */
class DisputeCalibrationTest {
    private static final int SEEDS = 100;
    private static final int YEARS = 20;
    private static List<RunResult> baseline;
    private static List<RunResult> history;
    private static List<RunResult> peace;

    @BeforeAll
    static void runEnsembles() {
        baseline = runs("baseline");
        history = runs("history-2025");
        peace = runs("south-caucasus-peace");
    }

    private static List<RunResult> runs(String id) {
        Scenario s = Ensembles.scenario(id);
        List<RunResult> list = new ArrayList<>();
        for (int seed = 1; seed <= SEEDS; seed++) {
            list.add(ModelRun.run(s, ParameterSet.defaults(), seed, YEARS));
        }
        return list;
    }

    /** Row of the end of the given month (row k is the state after k months; row 0 is the start of January 2025). */
    private static int at(int year, int month) {
        return (year - 2025) * 12 + month;
    }

    private static double share(List<RunResult> runs, Predicate<RunResult> p) {
        return runs.stream().filter(p).count() / (double) runs.size();
    }

    private static boolean azAmOpen(RunResult r, int row) {
        return r.value(row, Metrics.BORDER_OPEN, "AZ-AM") == 1;
    }

    private static boolean kgTjSettled(RunResult r, int row) {
        return r.value(row, Metrics.DISPUTE_UNDELIMITED, "KG-TJ") == 0;
    }

    @Test
    void withoutATreatyTheAzAmBorderIsStillClosedIn2035InMostRuns() {
        // measured: 83% closed in the baseline, 73% in history-2025 (seeds 1-200); before the embargo needed a
        // treaty, 56% and 5%
        assertThat(share(baseline, r -> !azAmOpen(r, at(2035, 1)))).as("baseline AZ-AM closed in Jan 2035").isGreaterThanOrEqualTo(0.7);
        assertThat(share(history, r -> !azAmOpen(r, at(2035, 1)))).as("history-2025 AZ-AM closed in Jan 2035").isGreaterThanOrEqualTo(0.6);
        // and rarely in the first year: the record's 2025 had a text, no signature. Expected about 2.7% (the
        // spontaneous signing rate of an agreed text, 0.003 a month, over nine months); with 100 runs the share
        // varies by binomial noise, so the bound is the 99% upper quantile of Binomial(100, 0.027), 8%
        assertThat(share(history, r -> azAmOpen(r, at(2025, 12)))).as("history-2025 AZ-AM open in Dec 2025").isLessThanOrEqualTo(0.08);
    }

    @Test
    void aTreatyEventIsWhatOpensAzAm() {
        // same seeds: south-caucasus-peace signs in Sep 2027
        double peaceOpen = share(peace, r -> azAmOpen(r, at(2030, 1)));
        double baselineOpen = share(baseline, r -> azAmOpen(r, at(2030, 1)));
        assertThat(peaceOpen).as("south-caucasus-peace AZ-AM open in Jan 2030").isEqualTo(1.0);
        assertThat(peaceOpen - baselineOpen).as("gain over the baseline").isGreaterThanOrEqualTo(0.7);
        double peaceTrade = peace.stream().mapToDouble(r -> r.yearMean(Metrics.TRADE, "AZ-AM", 2032)).average().orElseThrow();
        double baselineTrade = baseline.stream().mapToDouble(r -> r.yearMean(Metrics.TRADE, "AZ-AM", 2032)).average().orElseThrow();
        assertThat(peaceTrade).as("AZ-AM trade in 2032").isGreaterThan(3 * baselineTrade);
    }

    @Test
    void theLastKgTjSectionsConcludeByThemselvesOverOneToThreeYears() {
        // the record: >90% agreed by Dec 2023, the final agreement in Feb 2025 (14 months); measured on seeds 1-200:
        // 8% by Feb 2025, 47% by Dec 2025, 77% by Dec 2026, 88% by Dec 2027 (before: 0%, 76%, 100%, 100%)
        assertThat(share(baseline, r -> kgTjSettled(r, at(2025, 2)))).as("KG-TJ settled by Feb 2025").isLessThanOrEqualTo(0.15);
        assertThat(share(baseline, r -> kgTjSettled(r, at(2025, 12)))).as("KG-TJ settled by Dec 2025").isBetween(0.2, 0.65);
        assertThat(share(baseline, r -> kgTjSettled(r, at(2026, 12)))).as("KG-TJ settled by Dec 2026").isBetween(0.5, 0.92);
        assertThat(share(baseline, r -> kgTjSettled(r, at(2027, 12)))).as("KG-TJ settled by Dec 2027").isBetween(0.7, 0.98);
    }

    @Test
    void history2025SettlesKgTjWhereTheBaselineMostlyHasNot() {
        double history2025 = share(history, r -> kgTjSettled(r, at(2025, 4)) && r.value(at(2025, 4), Metrics.BORDER_OPEN, "KG-TJ") == 1);
        double base = share(baseline, r -> kgTjSettled(r, at(2025, 4)));
        assertThat(history2025).as("history-2025 KG-TJ settled and open in Apr 2025").isEqualTo(1.0);
        assertThat(base).as("baseline KG-TJ settled in Apr 2025").isLessThanOrEqualTo(0.25);
        double historyTrade = history.stream().mapToDouble(r -> r.yearMean(Metrics.TRADE, "KG-TJ", 2025)).average().orElseThrow();
        double baselineTrade = baseline.stream().mapToDouble(r -> r.yearMean(Metrics.TRADE, "KG-TJ", 2025)).average().orElseThrow();
        assertThat(historyTrade).as("KG-TJ trade in 2025").isGreaterThan(1.3 * baselineTrade);
    }

    @Test
    void theUzbekBordersStaySettledAndOpenInTheBaseline() {
        for (RunResult r : baseline) {
            for (String d : new String[] {"UZ-KG", "UZ-TJ"}) {
                for (int row = 0; row < r.steps(); row++) {
                    assertThat(r.value(row, Metrics.DISPUTE_UNDELIMITED, d)).as(d + " undelimited, seed " + r.seed()).isZero();
                    assertThat(r.value(row, Metrics.BORDER_OPEN, d)).as(d + " open, seed " + r.seed()).isEqualTo(1);
                }
                assertThat(r.events()).as(d + " clashes, seed " + r.seed())
                    .noneMatch(e -> e.kind().equals("clash") && e.subject().equals(d));
            }
        }
    }

    @Test
    void clashesStayNearTheRecordsRates() {
        // AZ-AM: about 5 major escalations in 30 years (0.17 a year); KG-TJ: none in the baseline at its 2024 tension
        // (below the clash threshold), as in 2023-2024; measured on seeds 1-200: 2.8 AZ-AM clashes per 20 years
        double azAm = baseline.stream().mapToLong(r -> r.events().stream()
            .filter(e -> e.kind().equals("clash") && e.subject().equals("AZ-AM")).count()).average().orElseThrow();
        assertThat(azAm).as("AZ-AM clashes per 20-year run").isBetween(1.0, 5.0);
    }
}
