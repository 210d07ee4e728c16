package org.cascade.experiment.sensitivity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class MorrisTest {
    private static final TestFunctions.GFunction G = new TestFunctions.GFunction(new double[] {0, 1, 4.5, 9, 99, 99});

    /** Every point is on the grid in [0, 1]; each step moves its recorded factor by delta in its recorded direction. */
    @Test
    void trajectoriesMoveOneFactorAtATimeByDeltaOnTheGrid() {
        for (int levels : new int[] {4, 6, 8}) {
            int k = 5;
            int r = 30;
            MorrisDesign d = Morris.design(k, r, levels, 42);
            double delta = levels / (2.0 * (levels - 1));
            assertThat(d.delta()).isEqualTo(delta);
            assertThat(d.size()).isEqualTo(r * (k + 1));
            boolean sawUp = false;
            boolean sawDown = false;
            for (int t = 0; t < r; t++) {
                int[] moves = new int[k];
                for (int s = 0; s < k; s++) {
                    double[] from = d.row(d.rowOf(t, s));
                    double[] to = d.row(d.rowOf(t, s + 1));
                    int i = d.movedFactor(t, s);
                    moves[i]++;
                    for (int j = 0; j < k; j++) {
                        double expected = j == i ? from[j] + d.direction(t, s) * delta : from[j];
                        assertThat(to[j]).as("levels %d, trajectory %d step %d factor %d", levels, t, s, j)
                            .isCloseTo(expected, within(1e-12));
                    }
                    sawUp |= d.direction(t, s) > 0;
                    sawDown |= d.direction(t, s) < 0;
                }
                assertThat(moves).as("each factor moves once per trajectory").containsOnly(1);
            }
            assertThat(sawUp && sawDown).isTrue();
            for (int row = 0; row < d.size(); row++) {
                for (double x : d.row(row)) {
                    double level = x * (levels - 1);
                    assertThat(level).isBetween(0.0, levels - 1.0).isEqualTo(Math.rint(level));
                }
            }
        }
    }

    /** mu* of y = sum c_i p_i, p_i = lo_i + x_i (hi_i - lo_i), is |c_i| (hi_i - lo_i), mu is c_i times it, sigma 0. */
    @Test
    void linearFunctionMuStarIsTheCoefficientTimesTheRange() {
        double[] c = {3, -2, 0.5, 0};
        double[] lo = {0, 10, -1, 5};
        double[] hi = {1, 30, 3, 6};
        MorrisDesign d = Morris.design(4, 12, 4, 7);
        double[] y = TestFunctions.evaluate(d, x -> {
            double v = 0;
            for (int i = 0; i < c.length; i++) {
                v += c[i] * (lo[i] + x[i] * (hi[i] - lo[i]));
            }
            return v;
        });
        MorrisResult result = Morris.analyse(d, y, 200, 1);
        for (int i = 0; i < c.length; i++) {
            MorrisResult.Factor f = result.factors().get(i);
            double range = hi[i] - lo[i];
            assertThat(f.factor()).isEqualTo(i);
            assertThat(f.muStar()).as("mu* of factor %d", i).isCloseTo(Math.abs(c[i]) * range, within(1e-9));
            assertThat(f.mu()).as("mu of factor %d", i).isCloseTo(c[i] * range, within(1e-9));
            assertThat(f.sigma()).as("sigma of factor %d", i).isCloseTo(0, within(1e-9));
            assertThat(f.muStarInterval().contains(f.muStar()) || f.muStarInterval().width() < 1e-9).isTrue();
        }
        assertThat(result.ranking()).extracting(MorrisResult.Factor::factor).containsExactly(1, 0, 2, 3);
    }

    /** On the G-function the factors rank by a_i, and those with a = 99 have mu* near zero, for several seeds. */
    @Test
    void gFunctionRanksTheImportantFactorsFirst() {
        for (long seed = 1; seed <= 5; seed++) {
            MorrisDesign d = Morris.design(6, 20, 4, seed);
            MorrisResult result = Morris.analyse(d, TestFunctions.evaluate(d, G::at), 500, seed);
            List<Integer> ranking = result.ranking().stream().map(MorrisResult.Factor::factor).toList();
            assertThat(ranking.subList(0, 4)).as("seed %d", seed).containsExactly(0, 1, 2, 3);
            double top = result.factors().get(0).muStar();
            System.out.printf("Morris G-function r=20 seed %d: mu* %s%n", seed, result.factors().stream()
                .map(f -> String.format("%.4f", f.muStar())).toList());
            // expected 2.52 for a = 0 and 0.034 for a = 99 (a ratio of 0.013): near zero is under 4% of the top
            assertThat(result.factors().get(4).muStar()).as("seed %d", seed).isLessThan(0.04 * top);
            assertThat(result.factors().get(5).muStar()).as("seed %d", seed).isLessThan(0.04 * top);
            assertThat(result.factors().get(0).sigma()).as("a = 0 interacts").isGreaterThan(0.1);
        }
    }

    /** With many trajectories mu* converges to its expectation on the 4-level grid (see GFunction). */
    @Test
    void gFunctionMuStarConvergesToItsGridExpectation() {
        double[] expected = G.muStarOnFourLevels();
        MorrisDesign d = Morris.design(6, 2000, 4, 3);
        MorrisResult result = Morris.analyse(d, TestFunctions.evaluate(d, G::at), 200, 3);
        for (int i = 0; i < 6; i++) {
            MorrisResult.Factor f = result.factors().get(i);
            System.out.printf("Morris G-function r=2000 factor %d: mu* %.4f [%.4f, %.4f], expected %.4f%n", i,
                f.muStar(), f.muStarInterval().low(), f.muStarInterval().high(), expected[i]);
            assertThat(f.muStar()).as("factor %d", i).isCloseTo(expected[i], within(0.03 * expected[i]));
            assertThat(f.muStarInterval().width()).isLessThan(0.1 * expected[i]);
        }
    }

    /** Resampling trajectories gives intervals around mu* that narrow as trajectories are added. */
    @Test
    void bootstrapIntervalsNarrowWithMoreTrajectories() {
        MorrisDesign few = Morris.design(6, 25, 4, 9);
        MorrisDesign many = Morris.design(6, 400, 4, 9);
        MorrisResult a = Morris.analyse(few, TestFunctions.evaluate(few, G::at), 1000, 2);
        MorrisResult b = Morris.analyse(many, TestFunctions.evaluate(many, G::at), 1000, 2);
        for (int i = 0; i < 4; i++) {
            MorrisResult.Factor f = a.factors().get(i);
            assertThat(f.muStarInterval().contains(f.muStar())).isTrue();
            assertThat(f.muStarInterval().width()).isGreaterThan(0);
            // 16 times the trajectories: about a quarter of the width
            assertThat(b.factors().get(i).muStarInterval().width()).as("factor %d", i)
                .isBetween(0.15 * f.muStarInterval().width(), 0.4 * f.muStarInterval().width());
        }
    }

    @Test
    void sameSeedSameDesignAndResult() {
        MorrisDesign d1 = Morris.design(6, 15, 4, 11);
        MorrisDesign d2 = Morris.design(6, 15, 4, 11);
        MorrisDesign other = Morris.design(6, 15, 4, 12);
        boolean differs = false;
        for (int i = 0; i < d1.size(); i++) {
            assertThat(d2.row(i)).isEqualTo(d1.row(i));
            differs |= !Arrays.equals(other.row(i), d1.row(i));
        }
        assertThat(differs).as("another seed gives another design").isTrue();
        double[] y = TestFunctions.evaluate(d1, G::at);
        assertThat(Morris.analyse(d2, y, 300, 5)).isEqualTo(Morris.analyse(d1, y, 300, 5));
        MorrisResult otherBootstrap = Morris.analyse(d1, y, 300, 6);
        assertThat(otherBootstrap.factors().get(0).muStar()).isEqualTo(Morris.analyse(d1, y, 300, 5).factors().get(0).muStar());
        assertThat(otherBootstrap.factors().get(0).muStarInterval())
            .isNotEqualTo(Morris.analyse(d1, y, 300, 5).factors().get(0).muStarInterval());
    }

    @Test
    void refusesBadDesignsAndOutputs() {
        assertThatThrownBy(() -> Morris.design(0, 10, 4, 1)).hasMessageContaining("factors (k) must be >= 1, got 0");
        assertThatThrownBy(() -> Morris.design(3, 1, 4, 1)).hasMessageContaining("trajectories (r) must be >= 2");
        assertThatThrownBy(() -> Morris.design(3, 10, 2, 1)).hasMessageContaining("levels (p) must be even and >= 4").hasMessageEndingWith("got 2");
        assertThatThrownBy(() -> Morris.design(3, 10, 5, 1)).hasMessageContaining("got 5");
        MorrisDesign d = Morris.design(3, 4, 4, 1);
        assertThat(d.size()).isEqualTo(16);
        assertThatThrownBy(() -> Morris.analyse(d, new double[15], 100, 1))
            .hasMessageContaining("y has 15 values but the design has 16 rows");
        double[] y = new double[16];
        y[9] = Double.NaN;
        assertThatThrownBy(() -> Morris.analyse(d, y, 100, 1)).hasMessageContaining("y[9] is NaN");
        y[9] = Double.POSITIVE_INFINITY;
        assertThatThrownBy(() -> Morris.analyse(d, y, 100, 1)).hasMessageContaining("y[9] is Infinity");
        assertThatThrownBy(() -> Morris.analyse(d, new double[16], 0, 1)).hasMessageContaining("bootstrap must be >= 1");
    }
}
