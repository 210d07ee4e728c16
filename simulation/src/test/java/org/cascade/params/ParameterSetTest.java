package org.cascade.params;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParameterSetTest {
    private static final ParameterSet SCENARIO = ParameterSet.defaults().with("trade.elasticity", 5.5)
        .with("policy.KZ.tariff", 0.08);
    private static final ParameterSet RUN = ParameterSet.defaults().with("trust.decay", 0.02)
        .with("trade.elasticity", 4.5);

    @Test
    void aSetOverAnotherIsWhatItsValuesSetOneByOneGive() {
        ParameterSet merged = SCENARIO.withAll(RUN);
        assertThat(merged).isEqualTo(SCENARIO.withAll(RUN.overrides()));
        assertThat(List.copyOf(merged.overrides().keySet()))
            .containsExactly("trade.elasticity", "policy.KZ.tariff", "trust.decay");
        assertThat(merged.get("trade.elasticity")).isEqualTo(4.5);
        assertThat(ParameterSet.defaults().withAll(RUN)).isSameAs(RUN);
        assertThat(SCENARIO.withAll(ParameterSet.defaults())).isSameAs(SCENARIO);
    }

    @Test
    void readsByNameAndByRegistryPositionAgree() {
        ParameterRegistry registry = ParameterRegistry.get();
        for (Parameter p : registry.all()) {
            int i = registry.position(p.name());
            assertThat(SCENARIO.get(i)).as(p.name()).isEqualTo(SCENARIO.get(p.name()));
            assertThat(ParameterSet.defaults().get(i)).as(p.name()).isEqualTo(p.defaultValue());
        }
        assertThat(SCENARIO.get(registry.position("policy.KZ.tariff"))).isEqualTo(0.08);
        assertThat(registry.position("no.such.parameter")).isEqualTo(-1);
        assertThat(SCENARIO.getOr("policy.KZ.stance", -7)).isEqualTo(-7); // KZ is party to no dispute
        assertThatThrownBy(() -> SCENARIO.get("trade.elastcity")).isInstanceOf(ParameterException.class)
            .hasMessageContaining("did you mean 'trade.elasticity'");
    }

    @Test
    void aValueOutOfRangeIsRefusedNamingTheRange() {
        assertThatThrownBy(() -> ParameterSet.defaults().withAll(Map.of("trade.elasticity", 1e9)))
            .isInstanceOf(ParameterException.class).hasMessageContaining("trade.elasticity").hasMessageContaining("allowed");
    }
}
