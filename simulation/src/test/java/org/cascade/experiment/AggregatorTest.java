package org.cascade.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.junit.jupiter.api.Test;

/**
 * The aggregator's per-step percentiles: exact (type 7) while an arm's values fit, a t-digest beyond; both against
 * independently computed percentiles of known data, NaN left out, and the same whatever the chunks' arrival.
 */
class AggregatorTest {
    private static final int REPLICATES = 2000;
    private static final int STEPS = 2;

    private static RunPlan plan() throws Exception {
        return RunPlan.of(ExperimentEngineTest.spec("""
            kind: ensemble
            replicates: %d
            years: 1
            horizons: [2025]
            arms:
              - name: a
                scenario: baseline
            outcomes:
              - metric: regional_trade_usd
            """.formatted(REPLICATES)));
    }

    /** Cell 0 (step 0): a standard normal sample; cell 1 (step 1): 1..R shuffled, every 10th replicate NaN. */
    private static double[][] data() {
        Random rnd = new Random(3);
        double[][] x = new double[STEPS][REPLICATES];
        List<Double> perm = new ArrayList<>();
        for (int r = 1; r <= REPLICATES; r++) {
            perm.add((double) r);
        }
        java.util.Collections.shuffle(perm, rnd);
        for (int r = 0; r < REPLICATES; r++) {
            x[0][r] = rnd.nextGaussian();
            x[1][r] = r % 10 == 0 ? Double.NaN : perm.get(r);
        }
        return x;
    }

    private static List<ChunkResult> chunks(RunPlan plan, double[][] x) {
        List<ChunkResult> out = new ArrayList<>();
        for (RunPlan.Chunk c : plan.chunks()) {
            int n = c.count();
            double[] mean = new double[STEPS];
            double[] m2 = new double[STEPS];
            double[] values = new double[STEPS * n];
            for (int cell = 0; cell < STEPS; cell++) {
                for (int j = 0; j < n; j++) {
                    double v = x[cell][c.first() - 1 + j];
                    values[cell * n + j] = v;
                    double d = v - mean[cell];
                    mean[cell] += d / (j + 1);
                    m2[cell] += d * (v - mean[cell]);
                }
            }
            out.add(new ChunkResult(plan.fingerprint(), c.index(), c.arm(), c.point(), c.first(), n, STEPS, 1, 1, mean,
                m2, values, new double[n]));
        }
        return out;
    }

    private static ArmStats aggregate(RunPlan plan, List<ChunkResult> chunks, long exactValues) {
        Aggregator a = new Aggregator(plan, plan.chunks(), exactValues);
        chunks.forEach(a::add);
        return a.finished().get(0);
    }

    private static double type7(double[] x, double p) {
        Percentile q = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
        return q.evaluate(java.util.Arrays.stream(x).filter(v -> !Double.isNaN(v)).toArray(), p * 100);
    }

    @Test
    void whileTheValuesFitThePercentilesAreExactAndLeaveNaNOut() throws Exception {
        RunPlan plan = plan();
        double[][] x = data();
        ArmStats s = aggregate(plan, chunks(plan, x), Aggregator.EXACT_VALUES);
        assertThat((long) STEPS * REPLICATES).isLessThanOrEqualTo(Aggregator.EXACT_VALUES);
        for (int cell = 0; cell < STEPS; cell++) {
            for (int k = 0; k < Aggregator.QUANTILES.length; k++) {
                assertThat(s.quantile(k, cell, 0)).as("cell %d, q %s", cell, Aggregator.QUANTILES[k])
                    .isEqualTo(type7(x[cell], Aggregator.QUANTILES[k]));
            }
        }
        // 1..2000 without every 10th replicate's value: the median of the 1,800 left
        assertThat(s.quantile(1, 1, 0)).isEqualTo(type7(x[1], 0.5));
        assertThat(s.n()).isEqualTo(REPLICATES);
    }

    @Test
    void beyondTheBoundTheDigestAgreesWithTheExactPercentilesOfAKnownDistribution() throws Exception {
        RunPlan plan = plan();
        double[][] x = data();
        List<ChunkResult> chunks = chunks(plan, x);
        ArmStats exact = aggregate(plan, chunks, Aggregator.EXACT_VALUES);
        ArmStats digest = aggregate(plan, chunks, 0);
        NormalDistribution normal = new NormalDistribution();
        for (int k = 0; k < Aggregator.QUANTILES.length; k++) {
            double p = Aggregator.QUANTILES[k];
            // 2,000 standard normal draws: the sample percentile is within ~0.1 of the true one
            assertThat(exact.quantile(k, 0, 0)).isCloseTo(normal.inverseCumulativeProbability(p), within(0.12));
            assertThat(digest.quantile(k, 0, 0)).isCloseTo(exact.quantile(k, 0, 0), within(0.02));
            assertThat(digest.quantile(k, 1, 0)).isCloseTo(exact.quantile(k, 1, 0), within(0.01 * REPLICATES));
            assertThat(digest.mean(0, 0)).isEqualTo(exact.mean(0, 0));
            assertThat(digest.sd(0, 0)).isEqualTo(exact.sd(0, 0));
        }
        // the two modes really differ in how they estimate (else this test would prove nothing about the digest)
        assertThat(digest.quantile(0, 0, 0)).isNotEqualTo(exact.quantile(0, 0, 0));
    }

    /** On real runs the per-step percentiles at a horizon's month are the exact ones of horizons.csv, bit for bit. */
    @Test
    void perStepPercentilesAtAHorizonEqualTheHorizonStatistics() throws Exception {
        RunPlan plan = RunPlan.of(ExperimentEngineTest.spec(ExperimentEngineTest.COMPARE));
        ExperimentResult r = new ExperimentEngine(plan, 2).run(null, null);
        int[] steps = ExperimentEngine.horizonSteps(plan.spec());
        for (int arm = 0; arm < plan.spec().arms().size(); arm++) {
            for (int o = 0; o < plan.spec().outcomes().size(); o++) {
                for (int h = 0; h < steps.length; h++) {
                    double[] exact = r.horizonSummary(arm, 0, o, h);
                    for (int k = 0; k < Aggregator.QUANTILES.length; k++) {
                        assertThat(r.stats(arm, 0).quantile(k, steps[h], o)).as("arm %d outcome %d h %d q %d", arm, o, h, k)
                            .isEqualTo(exact[3 + k]);
                    }
                }
            }
        }
    }
}
