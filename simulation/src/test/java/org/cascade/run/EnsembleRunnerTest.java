package org.cascade.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cascade.run.output.EnsembleCsvWriter;
import org.junit.jupiter.api.Test;

class EnsembleRunnerTest {
    private static String csv(EnsembleResult e) throws Exception {
        StringWriter w = new StringWriter();
        EnsembleCsvWriter.write(e, w);
        return w.toString();
    }

    @Test
    void sameMasterSeedGivesIdenticalCsvWhateverTheThreadCount() throws Exception {
        String one = csv(new EnsembleRunner((seed, draws) -> Fixtures.result("fx", seed, 2), 1).run(99, 37, null));
        String many = csv(new EnsembleRunner((seed, draws) -> Fixtures.result("fx", seed, 2), 6).run(99, 37, null));
        String again = csv(new EnsembleRunner((seed, draws) -> Fixtures.result("fx", seed, 2), 3).run(99, 37, null));
        assertThat(many).isEqualTo(one);
        assertThat(again).isEqualTo(one);
        String other = csv(new EnsembleRunner((seed, draws) -> Fixtures.result("fx", seed, 2), 2).run(100, 37, null));
        assertThat(other).isNotEqualTo(one);
    }

    @Test
    void csvHeaderRowsAndStatistics() throws Exception {
        int r = 9;
        EnsembleResult e = new EnsembleRunner((seed, draws) -> Fixtures.result("fx", seed, 1), 2).run(5, r, null);
        String[] lines = csv(e).split("\n");
        assertThat(lines[0]).isEqualTo("scenario,step,date,metric,subject,n,mean,p05,p50,p95");
        assertThat(lines).hasSize(1 + 13 * Fixtures.keys().size());
        assertThat(lines[1]).startsWith("fx,0,2025-01,gdp_usd,KZ,9,");
        assertThat(lines[lines.length - 1]).startsWith("fx,12,2026-01,\"odd,metric\",\"sub\"\"ject\",9,");

        // The mean and the median against the replicates computed directly.
        double[] values = new double[r];
        for (int i = 1; i <= r; i++) {
            values[i - 1] = Fixtures.result("fx", EnsembleRunner.replicateSeed(5, i), 1).value(12, 2);
        }
        double mean = java.util.Arrays.stream(values).average().orElseThrow();
        assertThat(e.mean(12, 2)).isCloseTo(mean, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(e.p05(12, 2)).isLessThanOrEqualTo(e.p50(12, 2)).isLessThanOrEqualTo(e.p95(12, 2));
        assertThat(e.n(12, 2)).isEqualTo(r);
    }

    @Test
    void replicateSeedsAreDeterministic32BitAndDistinct() {
        Set<Long> seen = new HashSet<>();
        for (int r = 1; r <= 10_000; r++) {
            long s = EnsembleRunner.replicateSeed(1, r);
            assertThat(s).isBetween(0L, 0xFFFF_FFFFL);
            seen.add(s);
        }
        assertThat(seen).hasSize(10_000);
        assertThat(EnsembleRunner.replicateSeed(1, 1)).isEqualTo(EnsembleRunner.replicateSeed(1, 1))
            .isNotEqualTo(EnsembleRunner.replicateSeed(2, 1));
    }

    /**
     * Replicate r gets seed replicateSeed(master, r), each exactly once, and every cell receives the replicates in
     * the order r = 1..R whatever the thread count: the statistics equal those of a one-by-one feed in that order
     * (P-square estimates depend on the order of observations once n > 5, so a different order or a different seed
     * for some replicate changes them).
     */
    @Test
    void replicateRGetsTheSeedDerivedForRAndCellsSeeReplicatesInOrder() throws Exception {
        long master = 1;
        int r = 40;
        List<Long> expectedSeeds = new ArrayList<>();
        for (int i = 1; i <= r; i++) {
            expectedSeeds.add(EnsembleRunner.replicateSeed(master, i));
        }
        P2Quantiles inOrder = feed(master, r, false);
        P2Quantiles reversed = feed(master, r, true);
        int series = Fixtures.keys().size();
        boolean orderMatters = false;
        for (int cell = 0; cell < inOrder.cells() && !orderMatters; cell++) {
            orderMatters = inOrder.quantile(cell, 1) != reversed.quantile(cell, 1);
        }
        assertThat(orderMatters).as("the fixture must make the statistics depend on the order").isTrue();

        for (int threads : new int[] {1, 2, 5}) {
            List<Long> seeds = java.util.Collections.synchronizedList(new ArrayList<>());
            List<Integer> progress = new ArrayList<>();
            EnsembleResult e = new EnsembleRunner((seed, draws) -> {
                seeds.add(seed);
                return Fixtures.result("fx", seed, 1);
            }, threads).run(master, r, (done, total) -> progress.add(done));
            assertThat(seeds).as("threads=%d", threads).containsExactlyInAnyOrderElementsOf(expectedSeeds);
            assertThat(progress).isSorted().endsWith(r);
            for (int step = 0; step < e.steps(); step++) {
                for (int s = 0; s < series; s++) {
                    int cell = step * series + s;
                    assertThat(e.mean(step, s)).isEqualTo(inOrder.mean(cell));
                    assertThat(e.p05(step, s)).as("threads=%d cell=%d", threads, cell).isEqualTo(inOrder.quantile(cell, 0));
                    assertThat(e.p50(step, s)).as("threads=%d cell=%d", threads, cell).isEqualTo(inOrder.quantile(cell, 1));
                    assertThat(e.p95(step, s)).as("threads=%d cell=%d", threads, cell).isEqualTo(inOrder.quantile(cell, 2));
                }
            }
        }
    }

    /** The statistics of replicates 1..r fed one by one, in order or reversed. */
    private static P2Quantiles feed(long master, int r, boolean reverse) {
        int series = Fixtures.keys().size();
        P2Quantiles q = null;
        for (int k = 0; k < r; k++) {
            int i = reverse ? r - k : k + 1;
            org.cascade.results.RunResult res = Fixtures.result("fx", EnsembleRunner.replicateSeed(master, i), 1);
            if (q == null) {
                q = new P2Quantiles(res.steps() * series, EnsembleRunner.QUANTILES);
            }
            for (int step = 0; step < res.steps(); step++) {
                for (int s = 0; s < series; s++) {
                    q.add(step * series + s, res.value(step, s));
                }
            }
            q.advance(1);
        }
        return q;
    }

    @Test
    void aFailingReplicateFailsTheEnsemble() {
        assertThatThrownBy(() -> new EnsembleRunner((seed, draws) -> {
            throw new IllegalStateException("boom");
        }, 2).run(1, 5, null)).isInstanceOf(IllegalStateException.class).hasMessage("boom");
    }

    @Test
    void replicatesWithDifferentSeriesAreRefused() {
        assertThatThrownBy(() -> new EnsembleRunner((seed, draws) -> Fixtures.result("fx", seed, seed % 2 == 0 ? 1 : 2), 1)
            .run(1, 20, null)).isInstanceOf(IllegalStateException.class).hasMessageContaining("different series");
    }
}
