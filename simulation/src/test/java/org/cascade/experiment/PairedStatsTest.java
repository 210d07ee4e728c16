package org.cascade.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.random.MersenneTwister;
import org.junit.jupiter.api.Test;

class PairedStatsTest {
    @Test
    void intervalCoversAKnownShiftAbout95PercentOfTheTime() {
        MersenneTwister rng = new MersenneTwister(12345);
        int trials = 1000;
        int n = 30;
        double shift = 0.7;
        int covered = 0;
        for (int t = 0; t < trials; t++) {
            double[] a = new double[n];
            double[] b = new double[n];
            for (int i = 0; i < n; i++) {
                a[i] = 10 + 2 * rng.nextGaussian();
                // paired: B shares A's draw plus its own noise
                b[i] = a[i] + shift + rng.nextGaussian();
            }
            PairedStats s = PairedStats.of(a, b, 0.1);
            if (s.ciLow() <= shift && shift <= s.ciHigh()) {
                covered++;
            }
        }
        // binomial(1000, 0.95): sd 6.9, so 930..970 is about +-3 sd
        assertThat(covered).isBetween(930, 970);
    }

    @Test
    void identicalSamplesGiveZerosAndA12OfOneHalf() {
        double[] a = {3, 1, 4, 1, 5, 9, 2, 6};
        PairedStats s = PairedStats.of(a, a.clone(), 0.1);
        assertThat(s.diff()).isEqualTo(0.0);
        assertThat(s.ciLow()).isEqualTo(0.0);
        assertThat(s.ciHigh()).isEqualTo(0.0);
        assertThat(s.hedgesG()).isEqualTo(0.0);
        assertThat(s.a12()).isEqualTo(0.5);
        assertThat(s.withinNoise()).isTrue();
        assertThat(s.needed()).isEqualTo(0);
    }

    @Test
    void a12AndHedgesGAgainstHandComputedValues() {
        // every B above every A: A12 = 1; reversed: 0
        assertThat(PairedStats.a12(new double[] {5, 6, 7}, new double[] {1, 2, 3})).isEqualTo(1.0);
        assertThat(PairedStats.a12(new double[] {1, 2, 3}, new double[] {5, 6, 7})).isEqualTo(0.0);
        // {1,2} over {1,3}: pairs (1,1) tie, (1,3) lose, (2,1) win, (2,3) lose -> (1 + 0.5) / 4
        assertThat(PairedStats.a12(new double[] {1, 2}, new double[] {1, 3})).isEqualTo(0.375);
        // differences 2, 3, 4: mean 3, sd 1; J = 1 - 3 / (4 * 2 - 1) = 4/7
        PairedStats s = PairedStats.of(new double[] {0, 0, 0}, new double[] {2, 3, 4}, 0.1);
        assertThat(s.hedgesG()).isCloseTo(3.0 * 4 / 7, within(1e-12));
        // t(0.975, 2) = 4.302652729749464; half-width 4.3027 / sqrt(3)
        assertThat(s.ciHigh() - s.diff()).isCloseTo(4.302652729749464 / Math.sqrt(3), within(1e-9));
        assertThat(s.withinNoise()).isFalse();
        // half-width wanted 0.1 * 3 = 0.3: (4.3027 * 1 / 0.3)^2 = 205.7 -> 206
        assertThat(s.needed()).isEqualTo(206);
        // differences 1, 2, 3: the interval [2 - 2.48, 2 + 2.48] contains 0
        assertThat(PairedStats.of(new double[] {0, 0, 0}, new double[] {1, 2, 3}, 0.1).withinNoise()).isTrue();
    }
}
