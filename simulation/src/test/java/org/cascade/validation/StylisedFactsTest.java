package org.cascade.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cascade.validation.Ensembles.mean;
import static org.cascade.validation.Ensembles.years;

import org.cascade.params.ParameterNames.PolicyField;
import org.cascade.params.ParameterNames;
import org.cascade.params.ParameterSet;
import org.cascade.region.Corridors;
import org.cascade.region.StateCode;
import org.cascade.results.Metrics;
import org.cascade.results.RunResult;
import org.cascade.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** The patterns MODEL.md says the model must show, each checked on means over replicate runs. */
class StylisedFactsTest {

    @Test
    void theMiddleCorridorGrowsWhenTheNorthernRouteIsDisrupted() {
        double base = mean("baseline", r -> years(r, Metrics.MIDDLE_CORRIDOR, Metrics.TITR, 2026, 2028));
        double disrupted = mean("northern-route-disruption", r -> years(r, Metrics.MIDDLE_CORRIDOR, Metrics.TITR, 2026, 2028));
        double baseNorth = mean("baseline", r -> years(r, Metrics.ROUTE_VOLUME, "northern", 2026, 2028));
        double cutNorth = mean("northern-route-disruption", r -> years(r, Metrics.ROUTE_VOLUME, "northern", 2026, 2028));
        assertThat(disrupted).isGreaterThan(base * 1.03);
        assertThat(cutNorth).isLessThan(baseNorth * 0.8);
    }

    @Test
    void aClashCollapsesThePairsTradeAndTrustForYears() {
        // fergana-relapse: the 2025 treaty, then a clash in 2027; history-2025 has the same treaty and no clash
        for (int year : new int[] {2028, 2030}) {
            double calmTrade = mean("history-2025", r -> r.yearMean(Metrics.TRADE, "KG-TJ", year));
            double clashTrade = mean("fergana-relapse", r -> r.yearMean(Metrics.TRADE, "KG-TJ", year));
            double calmTrust = mean("history-2025", r -> r.yearMean(Metrics.TRUST, "KG-TJ", year));
            double clashTrust = mean("fergana-relapse", r -> r.yearMean(Metrics.TRUST, "KG-TJ", year));
            assertThat(clashTrade).as("KG-TJ trade in " + year).isLessThan(calmTrade * 0.7);
            assertThat(clashTrust).as("KG-TJ trust in " + year).isLessThan(calmTrust - 0.1);
        }
    }

    @Test
    void aSettledBorderRaisesThePairsTrade() {
        Scenario baseline = Ensembles.scenario("baseline");
        ParameterSet noTalks = ParameterSet.defaults().with("dispute.negotiation_base", -10);
        double unsettled = mean(baseline, noTalks, 5, r -> r.yearMean(Metrics.TRADE, "KG-TJ", 2028));
        double settled = mean(Ensembles.scenario("history-2025"), noTalks, 5, r -> r.yearMean(Metrics.TRADE, "KG-TJ", 2028));
        assertThat(settled).isGreaterThan(unsettled * 2);
        double peace = mean("south-caucasus-peace", r -> r.yearMean(Metrics.TRADE, "AZ-AM", 2032));
        assertThat(peace).isGreaterThan(50e6);
    }

    @Test
    void summitsRaiseMembersTrust() {
        Scenario baseline = Ensembles.scenario("baseline");
        ParameterSet noSummits = ParameterSet.defaults().with("institution.ots.enabled", 0).with("institution.cacm.enabled", 0);
        double with = mean(baseline, ParameterSet.defaults(), 6, r -> years(r, Metrics.TRUST, "KZ-AZ", 2027, 2030));
        double without = mean(baseline, noSummits, 6, r -> years(r, Metrics.TRUST, "KZ-AZ", 2027, 2030));
        assertThat(with).isGreaterThan(without + 0.05);
        double outsiders = mean(baseline, ParameterSet.defaults(), 6, r -> years(r, Metrics.TRUST, "TJ-AM", 2027, 2030))
            - mean(baseline, noSummits, 6, r -> years(r, Metrics.TRUST, "TJ-AM", 2027, 2030));
        assertThat(Math.abs(outsiders)).isLessThan(0.02);
    }

    @Test
    void theCorridorSaturatesAtCapacityUnlessCapacityGrows() {
        Scenario baseline = Ensembles.scenario("baseline");
        ParameterSet noInvestment = ParameterSet.defaults();
        for (StateCode s : StateCode.values()) {
            if (Corridors.builtBy(s).isPresent()) {
                noInvestment = noInvestment.with(ParameterNames.policy(s, PolicyField.CORRIDOR_INVESTMENT), 0);
            }
        }
        RunResult frozen = org.cascade.run.ModelRun.run(baseline, noInvestment, 1, 20);
        for (int step = 0; step < frozen.steps(); step++) {
            assertThat(frozen.value(step, Metrics.MIDDLE_CORRIDOR, Metrics.TITR)).isLessThanOrEqualTo(6.0 + 1e-9);
        }
        double frozenLate = mean(baseline, noInvestment, 20, r -> years(r, Metrics.MIDDLE_CORRIDOR, Metrics.TITR, 2035, 2040));
        double growingLate = mean(baseline, ParameterSet.defaults(), 20, r -> years(r, Metrics.MIDDLE_CORRIDOR, Metrics.TITR, 2035, 2040));
        assertThat(frozenLate).isGreaterThan(5.6);
        assertThat(growingLate).isGreaterThan(frozenLate * 1.3);
    }

    @Test
    void theWorldBankReformCaseLandsNearElevenMegatonnesBy2030() {
        double reform = mean("middle-corridor-reform", r -> r.yearMean(Metrics.MIDDLE_CORRIDOR, Metrics.TITR, 2030));
        double base = mean("baseline", r -> r.yearMean(Metrics.MIDDLE_CORRIDOR, Metrics.TITR, 2030));
        assertThat(reform).isBetween(9.5, 12.5);
        assertThat(base).isLessThan(8);
    }
}
