package org.cascade.experiment.sensitivity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.apache.commons.math3.random.SobolSequenceGenerator;
import org.junit.jupiter.api.Test;

class SobolTest {
    private static final TestFunctions.GFunction G = new TestFunctions.GFunction(new double[] {0, 1, 4.5, 9, 99, 99});

    /** Rows run A, B, AB_1..AB_k; A and B split the 2k-dimensional Sobol points after the skip; AB_i mixes them. */
    @Test
    void rowsAreABThenEachABi() {
        int k = 3;
        int n = 16;
        SobolDesign d = Sobol.design(k, n, 5);
        assertThat(d.size()).isEqualTo(n * (k + 2));
        SobolSequenceGenerator sequence = new SobolSequenceGenerator(2 * k);
        for (int j = 0; j < 5; j++) {
            sequence.nextVector();
        }
        for (int j = 0; j < n; j++) {
            double[] point = sequence.nextVector();
            double[] a = d.row(d.rowOfA(j));
            double[] b = d.row(d.rowOfB(j));
            assertThat(d.rowOfA(j)).isEqualTo(j);
            assertThat(d.rowOfB(j)).isEqualTo(n + j);
            assertThat(a).containsExactly(Arrays.copyOfRange(point, 0, k));
            assertThat(b).containsExactly(Arrays.copyOfRange(point, k, 2 * k));
            for (int i = 0; i < k; i++) {
                assertThat(d.rowOfAB(i, j)).isEqualTo((2 + i) * n + j);
                double[] ab = d.row(d.rowOfAB(i, j));
                for (int c = 0; c < k; c++) {
                    assertThat(ab[c]).isEqualTo(c == i ? b[c] : a[c]);
                }
            }
        }
        assertThat(Sobol.design(k, n, 5).row(3)).containsExactly(Sobol.design(k, n + 5, 0).row(8));
    }

    /** Ishigami (a = 7, b = 0.1) at n = 8192: S1 = 0.314, 0.442, 0 and ST = 0.558, 0.442, 0.244 within 0.02. */
    @Test
    void ishigamiIndicesMatchTheAnalyticValues() {
        SobolDesign d = Sobol.design(3, 8192, 1);
        SobolResult result = Sobol.analyse(d, TestFunctions.evaluate(d, TestFunctions.Ishigami::at), 500, 1);
        double[] s1 = TestFunctions.Ishigami.firstOrder();
        double[] st = TestFunctions.Ishigami.total();
        for (int i = 0; i < 3; i++) {
            SobolResult.Factor f = result.factors().get(i);
            print("Ishigami n=8192", f, s1[i], st[i]);
            assertThat(f.s1()).as("S1 of x%d", i + 1).isCloseTo(s1[i], within(0.02));
            assertThat(f.st()).as("ST of x%d", i + 1).isCloseTo(st[i], within(0.02));
            assertThat(f.s1Interval().contains(s1[i])).as("S1 interval of x%d", i + 1).isTrue();
            assertThat(f.stInterval().contains(st[i])).as("ST interval of x%d", i + 1).isTrue();
            assertThat(f.s1Interval().width()).isLessThan(0.1);
            assertThat(f.stInterval().width()).isLessThan(0.1);
        }
    }

    /** Sobol's G-function with a = 0, 1, 4.5, 9, 99, 99 at n = 8192, against its analytic indices within 0.02. */
    @Test
    void gFunctionIndicesMatchTheAnalyticValues() {
        SobolDesign d = Sobol.design(6, 8192, 1);
        SobolResult result = Sobol.analyse(d, TestFunctions.evaluate(d, G::at), 300, 2);
        double[] s1 = G.firstOrder();
        double[] st = G.total();
        for (int i = 0; i < 6; i++) {
            SobolResult.Factor f = result.factors().get(i);
            print("G-function n=8192", f, s1[i], st[i]);
            assertThat(f.s1()).as("S1 of x%d", i + 1).isCloseTo(s1[i], within(0.02));
            assertThat(f.st()).as("ST of x%d", i + 1).isCloseTo(st[i], within(0.02));
        }
    }

    /** A small design estimates roughly and says so: wider intervals at n = 256 than at n = 4096. */
    @Test
    void intervalsNarrowWithMoreBaseRows() {
        SobolDesign small = Sobol.design(3, 256, 1);
        SobolDesign large = Sobol.design(3, 4096, 1);
        SobolResult a = Sobol.analyse(small, TestFunctions.evaluate(small, TestFunctions.Ishigami::at), 300, 4);
        SobolResult b = Sobol.analyse(large, TestFunctions.evaluate(large, TestFunctions.Ishigami::at), 300, 4);
        for (int i = 0; i < 3; i++) {
            // 16 times the rows: about a quarter of the width
            assertThat(b.factors().get(i).stInterval().width()).as("ST of x%d", i + 1)
                .isBetween(0.1 * a.factors().get(i).stInterval().width(), 0.45 * a.factors().get(i).stInterval().width());
            assertThat(b.factors().get(i).s1Interval().width()).as("S1 of x%d", i + 1)
                .isBetween(0.1 * a.factors().get(i).s1Interval().width(), 0.45 * a.factors().get(i).s1Interval().width());
        }
    }

    @Test
    void sameArgumentsSameResult() {
        SobolDesign d = Sobol.design(6, 512, 1);
        double[] y = TestFunctions.evaluate(d, G::at);
        SobolResult first = Sobol.analyse(d, y, 200, 8);
        assertThat(TestFunctions.evaluate(Sobol.design(6, 512, 1), G::at)).containsExactly(y);
        assertThat(Sobol.analyse(d, y, 200, 8)).isEqualTo(first);
        SobolResult otherSeed = Sobol.analyse(d, y, 200, 9);
        for (int i = 0; i < 6; i++) {
            assertThat(otherSeed.factors().get(i).s1()).isEqualTo(first.factors().get(i).s1());
            assertThat(otherSeed.factors().get(i).st()).isEqualTo(first.factors().get(i).st());
        }
        assertThat(otherSeed.factors().get(0).s1Interval()).as("another bootstrap seed, other resamples")
            .isNotEqualTo(first.factors().get(0).s1Interval());
        assertThat(Sobol.design(6, 512, 2).row(0)).isNotEqualTo(d.row(0));
    }

    @Test
    void refusesBadDesignsAndOutputs() {
        assertThatThrownBy(() -> Sobol.design(0, 64, 1)).hasMessageContaining("factors (k) must be in 1..500, got 0");
        assertThatThrownBy(() -> Sobol.design(501, 64, 1)).hasMessageContaining("got 501");
        assertThatThrownBy(() -> Sobol.design(2, 1, 1)).hasMessageContaining("base rows (n) must be >= 2, got 1");
        assertThatThrownBy(() -> Sobol.design(2, 64, -1)).hasMessageContaining("skip must be in 0..");
        SobolDesign d = Sobol.design(2, 8, 1);
        assertThat(d.size()).isEqualTo(32);
        assertThatThrownBy(() -> Sobol.analyse(d, new double[33], 100, 1))
            .hasMessageContaining("y has 33 values but the design has 32 rows");
        double[] y = TestFunctions.evaluate(d, x -> x[0]);
        y[20] = Double.NaN;
        assertThatThrownBy(() -> Sobol.analyse(d, y, 100, 1)).hasMessageContaining("y[20] is NaN");
        y[20] = Double.NEGATIVE_INFINITY;
        assertThatThrownBy(() -> Sobol.analyse(d, y, 100, 1)).hasMessageContaining("y[20] is -Infinity");
        assertThatThrownBy(() -> Sobol.analyse(d, new double[32], 100, 1))
            .hasMessageContaining("does not vary over the 16 points of A and B");
        assertThatThrownBy(() -> Sobol.analyse(d, TestFunctions.evaluate(d, x -> x[0]), 0, 1))
            .hasMessageContaining("bootstrap must be >= 1");
    }

    private static void print(String what, SobolResult.Factor f, double s1, double st) {
        System.out.printf("%s x%d: S1 %.4f [%.4f, %.4f] analytic %.4f; ST %.4f [%.4f, %.4f] analytic %.4f%n", what,
            f.factor() + 1, f.s1(), f.s1Interval().low(), f.s1Interval().high(), s1, f.st(), f.stInterval().low(),
            f.stInterval().high(), st);
    }
}
