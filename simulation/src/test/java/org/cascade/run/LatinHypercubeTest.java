package org.cascade.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.cascade.params.ParameterUncertainty;
import org.junit.jupiter.api.Test;

class LatinHypercubeTest {
    private static final List<ParameterUncertainty.Entry> ALL = ParameterUncertainty.all();

    /** Each parameter's draws fall one per stratum of cumulative probability, and in the matching value interval. */
    @Test
    void everyParameterDrawsEachStratumExactlyOnce() {
        int r = 50;
        LatinHypercube h = LatinHypercube.sample(ALL, 7, r);
        assertThat(h.entries()).isEqualTo(ALL);
        for (int j = 0; j < ALL.size(); j++) {
            ParameterUncertainty.Entry e = ALL.get(j);
            int[] strata = new int[r];
            double[] values = new double[r];
            for (int i = 1; i <= r; i++) {
                double u = h.probability(i, j);
                assertThat(u).as(e.name()).isGreaterThanOrEqualTo(0).isLessThan(1);
                strata[i - 1] = (int) Math.floor(u * r);
                values[i - 1] = h.value(i, j);
                assertThat(values[i - 1]).as(e.name()).isEqualTo(e.value(u));
                assertThat(h.row(i)).containsEntry(e.name(), values[i - 1]);
            }
            assertThat(strata).as("%s: one draw per stratum", e.name())
                .containsExactlyInAnyOrder(IntStream.range(0, r).toArray());
            if (!e.parameter().integer()) {
                Arrays.sort(values);
                for (int k = 0; k < r; k++) {
                    assertThat(values[k]).as("%s: the %d-th smallest draw", e.name(), k)
                        .isBetween(e.distribution().quantile((double) k / r), e.distribution().quantile((double) (k + 1) / r));
                }
            }
        }
    }

    @Test
    void deterministicFromTheMasterSeedAndAColumnDoesNotDependOnTheOthers() {
        LatinHypercube a = LatinHypercube.sample(ALL, 3, 20);
        LatinHypercube b = LatinHypercube.sample(ALL, 3, 20);
        LatinHypercube other = LatinHypercube.sample(ALL, 4, 20);
        int last = ALL.size() - 1;
        LatinHypercube alone = LatinHypercube.sample(List.of(ALL.get(last)), 3, 20);
        boolean differs = false;
        for (int r = 1; r <= 20; r++) {
            assertThat(b.row(r)).isEqualTo(a.row(r));
            differs |= other.probability(r, 0) != a.probability(r, 0);
            assertThat(alone.probability(r, 0)).isEqualTo(a.probability(r, last));
        }
        assertThat(differs).as("another master seed gives another design").isTrue();
    }

    @Test
    void columnsAreShuffledIndependently() {
        LatinHypercube h = LatinHypercube.sample(ALL, 11, 100);
        boolean sameOrder = IntStream.rangeClosed(1, 100)
            .allMatch(r -> (int) (h.probability(r, 0) * 100) == (int) (h.probability(r, 1) * 100));
        assertThat(sameOrder).isFalse();
    }
}
