package org.cascade.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The selected order statistics are the values a full sort puts at those ranks, bit for bit, and so are the
 * percentiles taken from them: random slices with ties, repeated values, -0.0 and 0.0, NaNs, sorted and reversed
 * input, of every size from 0 to a few thousand.
 */
class OrderStatisticsTest {
    @Test
    void theWantedRanksHoldWhatASortPutsThere() {
        SplittableRandom random = new SplittableRandom(11);
        for (int trial = 0; trial < 3000; trial++) {
            int n = trial < 60 ? trial : random.nextInt(1, trial % 7 == 0 ? 4000 : 300);
            int offset = random.nextInt(0, 5);
            double[] a = new double[offset + n + 3];
            int kind = trial % 6;
            for (int i = 0; i < n; i++) {
                a[offset + i] = switch (kind) {
                    case 0 -> random.nextGaussian();
                    case 1 -> random.nextInt(0, 4);                      // many ties
                    case 2 -> random.nextBoolean() ? 0.0 : -0.0;         // signed zeros
                    case 3 -> random.nextInt(0, 10) == 0 ? Double.NaN : random.nextDouble() * 1e9;
                    case 4 -> i;                                          // sorted
                    default -> n - i + (random.nextInt(0, 3) == 0 ? Double.NaN : 0); // reversed, with NaNs
                };
            }
            double[] sorted = Arrays.copyOfRange(a, offset, offset + n);
            Arrays.sort(sorted);
            int m = OrderStatistics.numbersFirst(a, offset, n);
            int numbers = n;
            while (numbers > 0 && Double.isNaN(sorted[numbers - 1])) {
                numbers--;
            }
            assertThat(m).isEqualTo(numbers);
            TreeSet<Integer> wanted = new TreeSet<>();
            for (double p : Aggregator.QUANTILES) {
                if (m > 0) {
                    int lo = (int) Math.floor(p * (m - 1));
                    wanted.add(offset + lo);
                    wanted.add(offset + Math.min(lo + 1, m - 1));
                }
            }
            wanted.add(offset + Math.max(0, m - 1));
            int[] ranks = wanted.stream().filter(r -> r < offset + Math.max(m, 1)).mapToInt(Integer::intValue).toArray();
            if (m > 0) {
                OrderStatistics.select(a, offset, offset + m, ranks, 0, ranks.length);
            }
            for (int r : ranks) {
                if (m > 0) {
                    assertThat(Double.doubleToRawLongBits(a[r])).as("trial %d rank %d", trial, r - offset)
                        .isEqualTo(Double.doubleToRawLongBits(sorted[r - offset]));
                }
            }
            for (double p : Aggregator.QUANTILES) {
                assertThat(Double.doubleToRawLongBits(Aggregator.quantile(a, offset, m, p)))
                    .isEqualTo(Double.doubleToRawLongBits(Aggregator.quantile(sorted, 0, m, p)));
            }
        }
    }
}
