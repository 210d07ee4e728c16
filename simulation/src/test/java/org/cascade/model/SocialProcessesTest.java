package org.cascade.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.cascade.params.ParameterSet;
import org.cascade.region.InstitutionCode;
import org.cascade.region.Pair;
import org.cascade.region.StateCode;
import org.cascade.results.Metrics;
import org.cascade.results.RunResult;
import org.cascade.run.ModelRun;
import org.cascade.scenario.ScenarioEvent.Crisis;
import org.cascade.scenario.ScenarioEvent.Summit;
import org.cascade.scenario.ScenarioEvent.Trust;
import org.junit.jupiter.api.Test;

/** Investment, travel, crises, trust, summits and GDP: one test per rule. */
class SocialProcessesTest {
    private final ParameterSet calm = Fixtures.calm();

    @Test
    void investmentFlowsAddToStocksAndNeverCrossAnEmbargo() {
        RunResult r = Fixtures.run(calm.with("policy.AZ.outward_investment", 0.02), 1, 3);
        assertThat(r.last(Metrics.INVESTMENT_STOCK, "KZ-AZ")).isGreaterThan(r.value(0, Metrics.INVESTMENT_STOCK, "KZ-AZ"));
        assertThat(r.last(Metrics.INVESTMENT_STOCK, "AZ-AM")).isZero();
    }

    @Test
    void investmentFollowsTrust() {
        RunResult base = Fixtures.run(calm, 1, 5);
        RunResult trusting = Fixtures.run(calm, 1, 5, new Trust(Fixtures.at(2025, 1), Pair.of(StateCode.KZ, StateCode.TM), 0.4));
        assertThat(trusting.last(Metrics.INVESTMENT_STOCK, "KZ-TM"))
            .isGreaterThan(base.last(Metrics.INVESTMENT_STOCK, "KZ-TM") * 1.2);
    }

    @Test
    void opennessAndLinksRaiseTravel() {
        RunResult base = Fixtures.run(calm, 1, 3);
        RunResult open = Fixtures.run(calm.with("policy.TM.visa_openness", 0.9), 1, 3);
        RunResult ferries = Fixtures.run(calm.with("connectivity.caspian_links", 3), 1, 3);
        assertThat(open.last(Metrics.TRAVEL, "KZ-TM")).isGreaterThan(base.last(Metrics.TRAVEL, "KZ-TM") * 1.5);
        assertThat(ferries.last(Metrics.TRAVEL, "KZ-AZ")).isGreaterThan(base.last(Metrics.TRAVEL, "KZ-AZ") * 1.3);
        assertThat(ferries.last(Metrics.TRAVEL, "KZ-UZ")).isCloseTo(base.last(Metrics.TRAVEL, "KZ-UZ"),
            org.assertj.core.data.Percentage.withPercentage(2));
    }

    @Test
    void assistanceInACrisisRaisesTrustBothWays() {
        ParameterSet solidarity = calm.with("shock.solidarity", 1);
        RunResult helped = Fixtures.run(solidarity, 1, 1, new Crisis(Fixtures.at(2025, 2), StateCode.AZ, 1));
        RunResult alone = Fixtures.run(calm.with("shock.solidarity", 0), 1, 1,
            new Crisis(Fixtures.at(2025, 2), StateCode.AZ, 1));
        assertThat(helped.events()).anyMatch(e -> e.message().startsWith("KZ assisted AZ"));
        assertThat(alone.events()).noneMatch(e -> e.kind().equals("assist"));
        double without = alone.value(3, Metrics.TRUST, "KZ-AZ");
        double expectedGain = solidarity.get("trust.crisis_assist_gain") * (1 - without);
        assertThat(helped.value(3, Metrics.TRUST, "KZ-AZ") - without).isGreaterThan(0.5 * expectedGain);
        assertThat(alone.value(3, Metrics.GDP, "AZ")).isLessThan(Fixtures.run(calm, 1, 1).value(3, Metrics.GDP, "AZ"));
    }

    @Test
    void trustDecaysTowardItsBaseLevel() {
        ModelRun run = Fixtures.start(calm.with("institution.ots.enabled", 0).with("institution.cacm.enabled", 0));
        CascadeModel m = run.model();
        int k = Pair.of(StateCode.KZ, StateCode.TM).index();
        m.relations.trust[k] = 0.95;
        run.step();
        double expected = 0.95 + m.p.trustDecay * (m.relations.trustBase[k] - 0.95);
        assertThat(m.relations.trust[k]).isCloseTo(expected, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void aSummitRaisesTrustAmongTheMembersPresentOnly() {
        ModelRun run = Fixtures.start(calm.with("institution.ots.enabled", 0).with("institution.cacm.enabled", 0),
            new Summit(Fixtures.at(2025, 1), InstitutionCode.OTS));
        CascadeModel m = run.model();
        int member = Pair.of(StateCode.KZ, StateCode.AZ).index();
        int outsider = Pair.of(StateCode.TJ, StateCode.AM).index();
        double memberBefore = m.relations.trust[member];
        double outsiderBefore = m.relations.trust[outsider];
        run.step();
        assertThat(m.relations.trust[member] - memberBefore).isGreaterThan(0.01);
        assertThat(m.relations.trust[outsider]).isCloseTo(outsiderBefore, org.assertj.core.data.Offset.offset(0.001));
    }

    @Test
    void gdpGrowsAtTrendWithoutShocks() {
        RunResult r = Fixtures.run(calm, 1, 10);
        double growth = Math.pow(r.last(Metrics.GDP, "AZ") / r.value(0, Metrics.GDP, "AZ"), 1.0 / 10) - 1;
        double trend = calm.get("policy.AZ.trend_growth");
        assertThat(growth).isCloseTo(trend, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void aSetEventChangesAParameterFromItsMonthOn() {
        ModelRun run = Fixtures.start(calm, Fixtures.set(2025, 4, "policy.KG.stance", 1));
        Fixtures.steps(run, 3);
        double before = ParameterSet.defaults().get("policy.KG.stance");
        assertThat(before).isNotEqualTo(1);
        assertThat(run.model().p.stance[StateCode.KG.ordinal()]).isEqualTo(before);
        run.step();
        assertThat(run.model().p.stance[StateCode.KG.ordinal()]).isEqualTo(1);
    }
}
