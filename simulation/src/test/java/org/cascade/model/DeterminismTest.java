package org.cascade.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.cascade.params.ParameterSet;
import org.cascade.results.RunResult;
import org.junit.jupiter.api.Test;

class DeterminismTest {
    @Test
    void sameSeedGivesIdenticalRunsAndDifferentSeedsDiffer() {
        RunResult a = Fixtures.run(ParameterSet.defaults(), 42, 20);
        RunResult b = Fixtures.run(ParameterSet.defaults(), 42, 20);
        RunResult c = Fixtures.run(ParameterSet.defaults(), 43, 20);
        boolean differs = false;
        for (int step = 0; step < a.steps(); step++) {
            for (int s = 0; s < a.keys().size(); s++) {
                assertThat(a.value(step, s)).isEqualTo(b.value(step, s));
                differs |= a.value(step, s) != c.value(step, s);
            }
        }
        assertThat(a.events()).isEqualTo(b.events());
        assertThat(differs).isTrue();
    }

    @Test
    void onlyTheLow32BitsOfTheSeedCount() {
        RunResult a = Fixtures.run(ParameterSet.defaults(), 7, 2);
        RunResult b = Fixtures.run(ParameterSet.defaults(), 7 + (1L << 32), 2);
        assertThat(a.last("gdp_usd", "KZ")).isEqualTo(b.last("gdp_usd", "KZ"));
    }
}
