package org.cascade.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.cascade.params.ParameterSet;
import org.cascade.region.StateCode;
import org.cascade.results.Metrics;
import org.cascade.results.RunResult;
import org.cascade.run.ModelRun;
import org.junit.jupiter.api.Test;
import org.cascade.region.DisputeCode;
import org.cascade.scenario.ScenarioEvent.BorderOpen;
import org.cascade.scenario.ScenarioEvent.BorderSettled;
import org.cascade.scenario.ScenarioEvent.Clash;
import org.cascade.scenario.ScenarioEvent.DisputeReopen;
import org.cascade.scenario.ScenarioEvent.Negotiation;

class DisputeAgentTest {
    private final ParameterSet calm = Fixtures.calm();

    @Test
    void aTreatySettlesOpensAndRemovesTheUndelimitedShare() {
        RunResult r = Fixtures.run(calm, 1, 1, new BorderSettled(Fixtures.at(2025, 3), DisputeCode.KG_TJ));
        assertThat(r.value(2, Metrics.BORDER_OPEN, "KG-TJ")).isZero();
        assertThat(r.value(3, Metrics.BORDER_OPEN, "KG-TJ")).isEqualTo(1);
        assertThat(r.value(3, Metrics.DISPUTE_UNDELIMITED, "KG-TJ")).isZero();
        assertThat(r.value(3, Metrics.DISPUTE_PROGRESS, "KG-TJ")).isEqualTo(1);
        assertThat(r.events()).anyMatch(e -> e.message().startsWith("KG-TJ border settled"));
    }

    @Test
    void aClashClosesTheBorderCutsTrustAndCostsBothSidesGdp() {
        ParameterSet p = calm.with("dispute.closure_months", 12);
        ModelRun run = Fixtures.start(p, new BorderOpen(Fixtures.at(2025, 1), DisputeCode.UZ_KG),
            new Clash(Fixtures.at(2025, 2), DisputeCode.UZ_KG, 1));
        CascadeModel m = run.model();
        DisputeAgent d = m.dispute(DisputeCode.UZ_KG);
        double trust = m.relations.trust[d.pairIndex];
        run.step();
        run.step();
        assertThat(d.open).isFalse();
        assertThat(d.tension).isGreaterThan(0.9);
        assertThat(m.relations.trust[d.pairIndex]).isLessThan(trust - 0.3);
        assertThat(m.state(StateCode.UZ).loss).isGreaterThan(0.009);
        assertThat(m.state(StateCode.KG).loss).isGreaterThan(0.009);
        assertThat(run.events()).anyMatch(e -> e.message().startsWith("UZ-KG border closed: scheduled clash after tension"));
        Fixtures.steps(run, 11);
        assertThat(d.open).isFalse();
        run.step();
        assertThat(d.open).isTrue();
    }

    @Test
    void hawkishStancesRaiseTension() {
        RunResult dove = Fixtures.run(calm.with("dispute.incident_rate", 0).with("dispute.clash_rate", 0), 1, 3);
        RunResult hawk = Fixtures.run(calm.with("dispute.incident_rate", 0).with("dispute.clash_rate", 0)
            .with("policy.AZ.stance", 1).with("policy.AM.stance", 1), 1, 3);
        assertThat(hawk.last(Metrics.DISPUTE_TENSION, "AZ-AM")).isGreaterThan(dove.last(Metrics.DISPUTE_TENSION, "AZ-AM") + 0.2);
    }

    @Test
    void negotiationRoundsNeedTrustAndWill() {
        RunResult willing = Fixtures.run(calm.with("dispute.mediation", 5), 1, 3);
        RunResult unwilling = Fixtures.run(calm.with("policy.AZ.political_will", 0).with("policy.AM.political_will", 0)
            .with("dispute.negotiation_base", -10), 1, 3);
        assertThat(unwilling.last(Metrics.DISPUTE_PROGRESS, "AZ-AM")).isEqualTo(0.45);
        assertThat(willing.last(Metrics.DISPUTE_PROGRESS, "AZ-AM")).isGreaterThan(0.6);
    }

    @Test
    void aReopenedDisputeIsUnsettledAgain() {
        RunResult r = Fixtures.run(calm, 1, 1, new DisputeReopen(Fixtures.at(2025, 2), DisputeCode.UZ_TJ, 0.3));
        assertThat(r.value(1, Metrics.DISPUTE_UNDELIMITED, "UZ-TJ")).isZero();
        assertThat(r.value(2, Metrics.DISPUTE_UNDELIMITED, "UZ-TJ")).isEqualTo(0.3);
        assertThat(r.value(2, Metrics.DISPUTE_TENSION, "UZ-TJ")).isGreaterThan(0.35);
    }

    @Test
    void anEmbargoStaysClosedWhenItsTextIsAgreedAndOpensWithATreaty() {
        ParameterSet noSigning = calm.with("dispute.embargo_lift_rate", 0);
        RunResult r = Fixtures.run(noSigning, 1, 3, new Negotiation(Fixtures.at(2025, 3), DisputeCode.AZ_AM, 0.6),
            new BorderSettled(Fixtures.at(2027, 6), DisputeCode.AZ_AM));
        int agreed = 3; // row k is the state after k months: the March 2025 event shows in row 3
        int treaty = 30;
        assertThat(r.value(agreed, Metrics.DISPUTE_PROGRESS, "AZ-AM")).isEqualTo(1);
        for (int row = agreed; row < treaty; row++) {
            assertThat(r.value(row, Metrics.BORDER_OPEN, "AZ-AM")).as("open at row " + row).isZero();
            assertThat(r.value(row, Metrics.TRADE, "AZ-AM")).as("trade at row " + row).isZero();
        }
        assertThat(r.events()).anyMatch(e -> e.message().startsWith("AZ-AM treaty text agreed"));
        assertThat(r.value(treaty, Metrics.BORDER_OPEN, "AZ-AM")).isEqualTo(1);
        assertThat(r.value(treaty + 3, Metrics.TRADE, "AZ-AM")).isPositive();
    }

    @Test
    void aDelimitationDisputeIsSettledWhenItsNegotiationCompletes() {
        RunResult r = Fixtures.run(calm, 1, 1, new Negotiation(Fixtures.at(2025, 3), DisputeCode.KG_TJ, 0.1));
        assertThat(r.value(2, Metrics.BORDER_OPEN, "KG-TJ")).isZero();
        assertThat(r.value(3, Metrics.DISPUTE_UNDELIMITED, "KG-TJ")).isZero();
        assertThat(r.value(3, Metrics.BORDER_OPEN, "KG-TJ")).isEqualTo(1);
    }

    @Test
    void anEmbargoLiftsByItselfOnlyAtTheSigningRate() {
        int openedFast = 0;
        int openedNever = 0;
        for (long seed = 1; seed <= 20; seed++) {
            // text agreed at once; at the maximum rate (0.1 a month) a treaty follows within 3 years in ~98% of runs
            Negotiation text = new Negotiation(Fixtures.at(2025, 1), DisputeCode.AZ_AM, 0.6);
            RunResult fast = Fixtures.run(calm.with("dispute.embargo_lift_rate", 0.1), seed, 3, text);
            RunResult never = Fixtures.run(calm.with("dispute.embargo_lift_rate", 0), seed, 3, text);
            openedFast += fast.last(Metrics.BORDER_OPEN, "AZ-AM") == 1 ? 1 : 0;
            openedNever += never.last(Metrics.BORDER_OPEN, "AZ-AM") == 1 ? 1 : 0;
            assertThat(fast.events()).filteredOn(e -> e.kind().equals("border_settled") && e.subject().equals("AZ-AM"))
                .allMatch(e -> e.message().contains("peace treaty signed without a scheduled event"));
        }
        assertThat(openedFast).isGreaterThanOrEqualTo(17);
        assertThat(openedNever).isZero();
    }
}
