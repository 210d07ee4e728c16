package org.cascade.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

class P2QuantilesTest {
    private static final double[] PS = {0.05, 0.5, 0.95};

    /** Type-7 quantile (linear interpolation between order statistics), as R and NumPy define it by default. */
    static double exact(double[] data, int n, double p) {
        double[] s = Arrays.copyOf(data, n);
        Arrays.sort(s);
        double h = (n - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, n - 1);
        return s[lo] + (h - lo) * (s[hi] - s[lo]);
    }

    /** {@code n} draws of {@code dist} from a generator seeded with {@code seed}: each case has its own stream. */
    private static void checkAccuracy(ToDoubleFunction<Random> dist, long seed, int n, double tolerance) {
        Random rnd = new Random(seed);
        double[] data = new double[n];
        P2Quantiles q = new P2Quantiles(1, PS);
        for (int i = 0; i < n; i++) {
            data[i] = dist.applyAsDouble(rnd);
            q.add(0, data[i]);
            q.advance(1);
        }
        double sd = Math.sqrt(Arrays.stream(data).map(x -> x * x).average().orElseThrow()
            - Math.pow(Arrays.stream(data).average().orElseThrow(), 2));
        for (int j = 0; j < PS.length; j++) {
            assertThat(q.quantile(0, j)).as("p=%s n=%d", PS[j], n).isCloseTo(exact(data, n, PS[j]), within(tolerance * sd));
        }
        assertThat(q.mean(0)).isCloseTo(Arrays.stream(data).average().orElseThrow(), within(1e-9 * (1 + sd)));
    }

    @Test
    void estimatesMatchExactQuantilesOnRandomData() {
        checkAccuracy(Random::nextGaussian, 1, 10_000, 0.05);
        checkAccuracy(Random::nextDouble, 2, 10_000, 0.05);
        checkAccuracy(rnd -> -Math.log(1 - rnd.nextDouble()), 3, 10_000, 0.05);
        checkAccuracy(rnd -> 1e9 * (1 + 0.1 * rnd.nextGaussian()), 4, 1000, 0.1);
        checkAccuracy(Random::nextGaussian, 5, 200, 0.25);
    }

    @Test
    void exactForUpToFiveObservations() {
        double[] data = {3.5, -1, 10, 2, 7};
        for (int n = 1; n <= 5; n++) {
            P2Quantiles q = new P2Quantiles(2, PS);
            for (int i = 0; i < n; i++) {
                q.add(0, data[i]);
                q.add(1, -data[i]);
                q.advance(1);
            }
            for (int j = 0; j < PS.length; j++) {
                assertThat(q.quantile(0, j)).isEqualTo(exact(data, n, PS[j]));
                assertThat(q.quantile(1, j)).isEqualTo(-exact(data, n, 1 - PS[j]), within(1e-12));
            }
        }
    }

    @Test
    void emptyIsNaN() {
        P2Quantiles q = new P2Quantiles(1, PS);
        assertThat(q.quantile(0, 1)).isNaN();
        assertThat(q.mean(0)).isNaN();
    }

    @Test
    void batchUpdateEqualsOneByOne() {
        Random rnd = new Random(7);
        int cells = 5;
        P2Quantiles one = new P2Quantiles(cells, PS);
        P2Quantiles batch = new P2Quantiles(cells, PS);
        int[] sizes = {3, 1, 4, 16, 7, 16, 2, 50};
        for (int k : sizes) {
            double[][] xs = new double[cells][k];
            for (int c = 0; c < cells; c++) {
                for (int i = 0; i < k; i++) {
                    xs[c][i] = c == 4 ? 2.5 : c == 3 ? Math.floor(rnd.nextDouble() * 3) : rnd.nextGaussian() * (c + 1);
                }
            }
            for (int c = 0; c < cells; c++) {
                for (int i = 0; i < k; i++) {
                    one.add(c, one.count() + i + 1, xs[c][i]);
                }
                batch.addAll(c, xs[c], k);
            }
            one.advance(k);
            batch.advance(k);
        }
        for (int c = 0; c < cells; c++) {
            assertThat(batch.mean(c)).isEqualTo(one.mean(c));
            for (int j = 0; j < PS.length; j++) {
                assertThat(batch.quantile(c, j)).isEqualTo(one.quantile(c, j));
            }
        }
        assertThat(batch.quantile(4, 0)).isEqualTo(2.5);
        assertThat(batch.quantile(4, 2)).isEqualTo(2.5);
    }

    @Test
    void quantilesAreOrdered() {
        Random rnd = new Random(11);
        P2Quantiles q = new P2Quantiles(1, PS);
        for (int i = 0; i < 5000; i++) {
            q.add(0, rnd.nextGaussian());
            q.advance(1);
            assertThat(q.quantile(0, 0)).isLessThanOrEqualTo(q.quantile(0, 1));
            assertThat(q.quantile(0, 1)).isLessThanOrEqualTo(q.quantile(0, 2));
        }
    }
}
