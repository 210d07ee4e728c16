package org.cascade.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.OptionalInt;
import org.cascade.params.ParameterRegistry;
import org.cascade.region.DisputeCode;
import org.cascade.region.InstitutionCode;
import org.cascade.region.Pair;
import org.cascade.region.RouteCode;
import org.cascade.region.StateCode;
import org.cascade.scenario.ScenarioEvent.BorderClose;
import org.cascade.scenario.ScenarioEvent.Clash;
import org.cascade.scenario.ScenarioEvent.CommodityShock;
import org.cascade.scenario.ScenarioEvent.Crisis;
import org.cascade.scenario.ScenarioEvent.DisputeReopen;
import org.cascade.scenario.ScenarioEvent.Join;
import org.cascade.scenario.ScenarioEvent.Negotiation;
import org.cascade.scenario.ScenarioEvent.RouteDisruption;
import org.cascade.scenario.ScenarioEvent.RouteInvestment;
import org.cascade.scenario.ScenarioEvent.SetParameter;
import org.cascade.scenario.ScenarioEvent.Stamp;
import org.cascade.scenario.ScenarioEvent.Trust;
import org.junit.jupiter.api.Test;

/** Event records refuse what the model could not apply, with the ranges the loader reports. */
class ScenarioEventTest {
    private static final Stamp AT = Stamp.of(YearMonth.of(2026, 1));

    @Test
    void valuesOutsideTheirTypesRangeAreRefused() {
        assertThatThrownBy(() -> new Negotiation(AT, DisputeCode.KG_TJ, 0))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'negotiation'").hasMessageContaining("(0, 1]");
        assertThat(new Negotiation(AT, DisputeCode.KG_TJ, 1).progress()).isEqualTo(1);
        assertThatThrownBy(() -> new Clash(AT, DisputeCode.KG_TJ, 1.01)).hasMessageContaining("(0, 1]");
        assertThatThrownBy(() -> new DisputeReopen(AT, DisputeCode.UZ_KG, Double.NaN)).hasMessageContaining("(0, 1]");
        assertThatThrownBy(() -> new RouteDisruption(AT, RouteCode.NORTHERN, 0.5, 0)).hasMessageContaining("[1, 600]");
        assertThatThrownBy(() -> new RouteInvestment(AT, RouteCode.BTC, 100.5)).hasMessageContaining("(0, 100]");
        assertThatThrownBy(() -> new Crisis(AT, StateCode.TJ, -0.1)).hasMessageContaining("(0, 1]");
        assertThat(new Trust(AT, Pair.of(StateCode.KZ, StateCode.AZ), -1).delta()).isEqualTo(-1);
        assertThatThrownBy(() -> new Trust(AT, Pair.of(StateCode.KZ, StateCode.AZ), -1.1)).hasMessageContaining("[-1, 1]");
        assertThatThrownBy(() -> new CommodityShock(AT, 2.5)).hasMessageContaining("[-2, 2]");
        assertThatThrownBy(() -> new BorderClose(AT, DisputeCode.KG_TJ, OptionalInt.of(0))).hasMessageContaining("[1, 600]");
        assertThatThrownBy(() -> new SetParameter(AT, ParameterRegistry.get().require("policy.KG.stance"), 2))
            .hasMessageContaining("[-1, 1]");
    }

    @Test
    void missingTargetsAndDatesBeforeTheStartAreRefused() {
        assertThatThrownBy(() -> new Join(AT, InstitutionCode.CACM, null)).isInstanceOf(NullPointerException.class)
            .hasMessageContaining("state");
        assertThatThrownBy(() -> new Negotiation(null, DisputeCode.KG_TJ, 0.5)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Stamp.of(YearMonth.of(2024, 12))).hasMessageContaining("before the start 2025-01");
    }

    @Test
    void aDatedSetOfAParameterReadOnlyAtStartIsRefused() {
        assertThatThrownBy(() -> new SetParameter(AT, ParameterRegistry.get().require("trade.new_pair_potential"), 0.3))
            .hasMessageContaining("read only when the run starts");
    }

    @Test
    void eachRecordNamesItsTypeAndTarget() {
        assertThat(new Join(AT, InstitutionCode.CACM, StateCode.AZ)).satisfies(e -> {
            assertThat(e.type()).isEqualTo(EventType.JOIN);
            assertThat(e.target()).isEqualTo("cacm");
            assertThat(e.step()).isEqualTo(12);
        });
        assertThat(new Crisis(AT, StateCode.TJ, 0.5).target()).isEqualTo("TJ");
        assertThat(new CommodityShock(AT, -0.3).type()).isEqualTo(EventType.COMMODITY_SHOCK);
    }
}
