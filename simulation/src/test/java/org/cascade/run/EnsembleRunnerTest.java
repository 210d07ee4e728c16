package org.cascade.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
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
        String one = csv(new EnsembleRunner(seed -> Fixtures.result("fx", seed, 2), 1).run(99, 37, null));
        String many = csv(new EnsembleRunner(seed -> Fixtures.result("fx", seed, 2), 6).run(99, 37, null));
        String again = csv(new EnsembleRunner(seed -> Fixtures.result("fx", seed, 2), 3).run(99, 37, null));
        assertThat(many).isEqualTo(one);
        assertThat(again).isEqualTo(one);
        String other = csv(new EnsembleRunner(seed -> Fixtures.result("fx", seed, 2), 2).run(100, 37, null));
        assertThat(other).isNotEqualTo(one);
    }

    @Test
    void csvHeaderRowsAndStatistics() throws Exception {
        int r = 9;
        EnsembleResult e = new EnsembleRunner(seed -> Fixtures.result("fx", seed, 1), 2).run(5, r, null);
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

    @Test
    void replicatesRunInSeedOrderOfRAndProgressIsReported() throws Exception {
        List<Integer> progress = new ArrayList<>();
        AtomicInteger calls = new AtomicInteger();
        new EnsembleRunner(seed -> {
            calls.incrementAndGet();
            return Fixtures.result("fx", seed, 1);
        }, 2).run(1, 40, (done, total) -> progress.add(done));
        assertThat(calls).hasValue(40);
        assertThat(progress).isSorted().endsWith(40);
    }

    @Test
    void aFailingReplicateFailsTheEnsemble() {
        assertThatThrownBy(() -> new EnsembleRunner(seed -> {
            throw new IllegalStateException("boom");
        }, 2).run(1, 5, null)).isInstanceOf(IllegalStateException.class).hasMessage("boom");
    }

    @Test
    void replicatesWithDifferentSeriesAreRefused() {
        assertThatThrownBy(() -> new EnsembleRunner(seed -> Fixtures.result("fx", seed, seed % 2 == 0 ? 1 : 2), 1)
            .run(1, 20, null)).isInstanceOf(IllegalStateException.class).hasMessageContaining("different series");
    }
}
