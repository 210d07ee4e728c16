package org.cascade.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.cascade.params.ParameterSet;
import org.cascade.region.RouteCode;
import org.cascade.results.Metrics;
import org.cascade.results.RunResult;
import org.junit.jupiter.api.Test;

class RouteChoiceProcessTest {
    private final ParameterSet calm = Fixtures.calm();

    @Test
    void aCheaperRouteWinsShare() {
        RunResult base = Fixtures.run(calm, 1, 1);
        RunResult cheap = Fixtures.run(calm, 1, 1,
            Fixtures.set(2025, 1, "route.southern.tariff", 60));
        assertThat(cheap.last(Metrics.ROUTE_SHARE, "southern")).isGreaterThan(base.last(Metrics.ROUTE_SHARE, "southern"));
        assertThat(cheap.last(Metrics.ROUTE_SHARE, "northern")).isLessThan(base.last(Metrics.ROUTE_SHARE, "northern"));
    }

    @Test
    void noRouteCarriesMoreThanItsCapacity() {
        RunResult r = Fixtures.run(calm.with("route.middle-corridor.tariff", 20).with("route.middle-corridor.transit_days", 5),
            1, 3);
        for (int step = 1; step < r.steps(); step++) {
            for (RouteCode route : RouteCode.values()) {
                assertThat(r.value(step, Metrics.ROUTE_VOLUME, route.id()))
                    .isLessThanOrEqualTo(r.value(step, Metrics.ROUTE_CAPACITY, route.id()) + 1e-9);
            }
        }
        assertThat(r.last(Metrics.MIDDLE_CORRIDOR, Metrics.TITR)).isGreaterThan(5.9);
    }

    @Test
    void sharesWithinEachModeSumToOne() {
        RunResult r = Fixtures.run(calm, 1, 2);
        double freight = 0;
        double oil = 0;
        for (RouteCode route : RouteCode.values()) {
            double s = r.last(Metrics.ROUTE_SHARE, route.id());
            if (route.mode() == RouteCode.Mode.FREIGHT) {
                freight += s;
            } else {
                oil += s;
            }
        }
        assertThat(freight).isCloseTo(1, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(oil).isCloseTo(1, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void reopeningBakuSupsaTakesOilFromTheOtherPipelines() {
        RunResult r = Fixtures.run(calm, 1, 2, Fixtures.set(2025, 1, "route.baku-supsa.reliability", 0.95));
        assertThat(r.value(0, Metrics.ROUTE_VOLUME, "baku-supsa")).isZero();
        assertThat(r.last(Metrics.ROUTE_VOLUME, "baku-supsa")).isGreaterThan(0.1);
    }
}
