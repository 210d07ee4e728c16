package org.cascade.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.cascade.params.ParameterSet;
import org.cascade.region.RouteCode;
import org.cascade.run.ModelRun;
import org.cascade.scenario.ScenarioEvent.RouteDisruption;
import org.cascade.scenario.ScenarioEvent.RouteInvestment;
import org.junit.jupiter.api.Test;

class RouteAgentTest {
    private final ParameterSet calm = Fixtures.calm().with("policy.KZ.corridor_investment", 0)
        .with("policy.AZ.corridor_investment", 0).with("policy.UZ.corridor_investment", 0);

    @Test
    void investmentBuysCapacityOnlyAfterTheLag() {
        ModelRun run = Fixtures.start(calm.with("route.investment_lag_months", 12),
            new RouteInvestment(Fixtures.at(2025, 1), RouteCode.MIDDLE_CORRIDOR, 2));
        RouteAgent mc = run.model().routes[RouteCode.MIDDLE_CORRIDOR.ordinal()];
        ModelParameters p = run.model().p;
        double base = p.capacity[RouteCode.MIDDLE_CORRIDOR.ordinal()];
        Fixtures.steps(run, 12);
        assertThat(mc.effectiveCapacity).isEqualTo(base);
        run.step();
        assertThat(mc.effectiveCapacity).isCloseTo(base + 2 * p.capacityPerBn, within(1e-9));
    }

    @Test
    void withNoLagInvestmentBuysCapacityAtOnce() {
        ModelRun run = Fixtures.start(calm.with("route.investment_lag_months", 0),
            new RouteInvestment(Fixtures.at(2025, 1), RouteCode.TRANS_CASPIAN, 1.5));
        ModelParameters p = run.model().p;
        run.step();
        assertThat(run.model().routes[RouteCode.TRANS_CASPIAN.ordinal()].effectiveCapacity)
            .isCloseTo(p.capacity[RouteCode.TRANS_CASPIAN.ordinal()] + 1.5 * p.capacityPerBn, within(1e-9));
    }

    @Test
    void volumesNearCapacityDoNotSwingMonthToMonth() {
        ModelRun run = Fixtures.start(calm, new RouteDisruption(Fixtures.at(2025, 6), RouteCode.NORTHERN, 0.6, 36));
        Fixtures.steps(run, 24);
        double[] mc = run.result().series("middle_corridor_mt", "TITR");
        for (int step = 14; step < mc.length; step++) {
            assertThat(Math.abs(mc[step] - mc[step - 1])).as("month " + step).isLessThan(0.15);
        }
    }

    @Test
    void disruptionCutsCapacityAndEnds() {
        ModelRun run = Fixtures.start(calm,
            new RouteDisruption(Fixtures.at(2025, 3), RouteCode.NORTHERN, 0.6, 4));
        RouteAgent north = run.model().routes[RouteCode.NORTHERN.ordinal()];
        double full = run.model().p.capacity[RouteCode.NORTHERN.ordinal()];
        Fixtures.steps(run, 2);
        assertThat(north.effectiveCapacity).isEqualTo(full);
        run.step();
        assertThat(north.effectiveCapacity).isCloseTo(full * 0.4, within(1e-9));
        Fixtures.steps(run, 3);
        assertThat(north.effectiveCapacity).isCloseTo(full * 0.4, within(1e-9));
        run.step();
        assertThat(north.effectiveCapacity).isEqualTo(full);
        assertThat(run.events()).anyMatch(e -> e.kind().equals("route_restored") && e.subject().equals("northern"));
    }

    @Test
    void generalisedCostAddsTariffTimeRiskAndCongestion() {
        ModelRun run = Fixtures.start(calm);
        RouteAgent r = run.model().routes[RouteCode.MIDDLE_CORRIDOR.ordinal()];
        ModelParameters p = run.model().p;
        int mc = RouteCode.MIDDLE_CORRIDOR.ordinal();
        r.congestionVolume = p.capacity[mc] / 2;
        r.updateConditions(p);
        double expected = p.tariff[mc] + p.valueOfTime * p.transitDays[mc] + p.riskPremium * (1 - p.reliability[mc])
            + p.congestionCost * Math.pow(0.5, p.congestionPower);
        assertThat(p.congestionCost * Math.pow(0.5, p.congestionPower)).as("the congestion term is tested").isPositive();
        assertThat(r.generalisedCost).isCloseTo(expected, within(1e-9));
    }

    @Test
    void zeroReliabilityClosesTheRoute() {
        ModelRun run = Fixtures.start(calm);
        assertThat(run.model().routes[RouteCode.BAKU_SUPSA.ordinal()].available()).isFalse();
        assertThat(run.model().routes[RouteCode.BTC.ordinal()].available()).isTrue();
    }
}
