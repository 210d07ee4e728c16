package org.cascade.params;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParameterUncertaintyTest {
    private final ParameterRegistry registry = ParameterRegistry.get();

    @Test
    void everyEntryIsABehaviouralParameterAndItsDistributionLiesInItsRangeAndContainsItsDefault() {
        assertThat(ParameterUncertainty.all()).isNotEmpty();
        for (ParameterUncertainty.Entry e : ParameterUncertainty.all()) {
            Parameter p = registry.find(e.name()).orElseThrow(() -> new AssertionError("not a parameter: " + e.name()));
            assertThat(p).as(e.name()).isEqualTo(e.parameter());
            assertThat(p.isLever()).as("%s is a lever", e.name()).isFalse();
            Distribution d = e.distribution();
            assertThat(d.low()).as(e.name()).isGreaterThanOrEqualTo(p.min());
            assertThat(d.high()).as(e.name()).isLessThanOrEqualTo(p.max());
            assertThat(p.defaultValue()).as(e.name()).isBetween(d.low(), d.high());
            assertThat(e.source()).as(e.name()).isNotBlank();
            // the extreme draws are values the registry accepts
            assertThat(p.problemWith(e.value(0))).as(e.name()).isEmpty();
            assertThat(p.problemWith(e.value(1))).as(e.name()).isEmpty();
            assertThat(registry.uncertainty(e.name())).contains(e);
        }
    }

    @Test
    void everyAssumedBehaviouralParameterHasARangeOrIsFixedForAStatedReason() {
        List<String> missing = registry.all().stream()
            .filter(p -> !p.isLever() && p.source().startsWith("Assumption"))
            .map(Parameter::name)
            .filter(n -> registry.uncertainty(n).isEmpty() && !ParameterUncertainty.fixed().containsKey(n))
            .toList();
        assertThat(missing).as("judgements with neither a range nor a reason to stay fixed").isEmpty();
        ParameterUncertainty.fixed().forEach((name, reason) -> {
            assertThat(registry.find(name)).as(name).isPresent();
            assertThat(registry.require(name).isLever()).as(name).isFalse();
            assertThat(registry.uncertainty(name)).as("%s is both fixed and drawn", name).isEmpty();
            assertThat(reason).as(name).isNotBlank();
        });
    }

    @Test
    void leversHaveNoRange() {
        registry.all().stream().filter(Parameter::isLever)
            .forEach(p -> assertThat(registry.uncertainty(p.name())).as(p.name()).isEmpty());
    }

    @Test
    void anEntryIsCheckedWhenBuilt() {
        Parameter elasticity = registry.require("trade.elasticity");
        assertThatThrownBy(() -> new ParameterUncertainty.Entry(elasticity, Distribution.uniform(0.5, 6), "x"))
            .hasMessageContaining("trade.elasticity").hasMessageContaining("allowed range [1, 10]");
        assertThatThrownBy(() -> new ParameterUncertainty.Entry(elasticity, Distribution.uniform(5, 6), "x"))
            .hasMessageContaining("does not contain the default 4.5");
        assertThatThrownBy(() -> new ParameterUncertainty.Entry(elasticity, Distribution.uniform(4, 5), " "))
            .hasMessageContaining("source");
        assertThatThrownBy(() -> new ParameterUncertainty.Entry(registry.require("connectivity.digital"),
            Distribution.uniform(0, 1), "x")).hasMessageContaining("lever");
        assertThatThrownBy(() -> new ParameterUncertainty.Entry(registry.require("route.investment_lag_months"),
            Distribution.uniform(12.5, 30), "x")).hasMessageContaining("whole ends");
    }

    @Test
    void quantilesOfTheThreeShapes() {
        assertThat(Distribution.uniform(2, 6).quantile(0.25)).isCloseTo(3, within(1e-12));
        // triangular(0, 1, 2) is symmetric: its median is its mode
        assertThat(Distribution.triangular(0, 1, 2).quantile(0.5)).isCloseTo(1, within(1e-12));
        // log-uniform: the median is the geometric mean of the ends
        assertThat(Distribution.logUniform(1e5, 1e7).quantile(0.5)).isCloseTo(1e6, within(1e-3));
        Distribution d = Distribution.logUniform(0.002, 0.008);
        assertThat(d.quantile(0)).isEqualTo(0.002);
        assertThat(d.quantile(1)).isEqualTo(0.008);
        assertThat(d.describe()).isEqualTo("log-uniform(0.002, 0.008)");
        assertThatThrownBy(() -> Distribution.logUniform(0, 1)).hasMessageContaining("low > 0");
        assertThatThrownBy(() -> Distribution.triangular(0, 3, 2)).hasMessageContaining("mode 3.0 outside");
        assertThatThrownBy(() -> Distribution.uniform(2, 2)).hasMessageContaining("low < high");
        assertThatThrownBy(() -> d.quantile(1.5)).hasMessageContaining("[0, 1]");
    }

    @Test
    void wholeNumberParametersDrawWholeNumbers() {
        ParameterUncertainty.Entry lag = registry.uncertainty("route.investment_lag_months").orElseThrow();
        for (double p = 0; p <= 1; p += 0.01) {
            double v = lag.value(p);
            assertThat(v).isEqualTo(Math.rint(v)).isBetween(12.0, 36.0);
        }
    }
}
