package org.cascade.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ExperimentEngineTest {
    static final String COMPARE = """
        kind: compare
        replicates: 20
        master_seed: 7
        years: 6
        uncertainty: both
        horizons: [2027, 2030]
        arms:
          - name: base
            scenario: baseline
          - name: same
            scenario: baseline
          - name: elastic
            scenario: baseline
            set: {trade.elasticity: 6}
        outcomes:
          - metric: gdp_usd
            subjects: [KZ, UZ]
          - metric: regional_trade_usd
        """;

    static ExperimentSpec spec(String yaml) throws Exception {
        return ExperimentLoader.parse("test.yaml", yaml, null);
    }

    static String csv(ExperimentResult r) throws Exception {
        StringWriter w = new StringWriter();
        r.writeCsv(w);
        r.writeHorizonsCsv(w);
        r.writeDifferencesCsv(w);
        return w.toString();
    }

    @Test
    void planIsDeterministicAndPairsReplicatesAcrossArms() throws Exception {
        RunPlan a = RunPlan.of(spec(COMPARE));
        RunPlan b = RunPlan.of(spec(COMPARE));
        assertThat(a.fingerprint()).isEqualTo(b.fingerprint());
        assertThat(a.chunks()).isEqualTo(b.chunks());
        // 3 arms x ceil(20 / 16) chunks
        assertThat(a.chunks()).hasSize(6);
        for (int r = 1; r <= 20; r++) {
            assertThat(a.task(0, 0, r)).isEqualTo(b.task(0, 0, r));
            assertThat(a.task(1, 0, r).seed()).isEqualTo(a.task(0, 0, r).seed());
            assertThat(a.task(1, 0, r).overrides()).isEqualTo(a.task(0, 0, r).overrides());
            assertThat(a.task(2, 0, r).overrides().get("trade.elasticity")).isEqualTo(6.0);
        }
        assertThat(a.task(0, 0, 1).seed()).isNotEqualTo(a.task(0, 0, 2).seed());
        assertThat(a.task(0, 0, 1).overrides()).isNotEqualTo(a.task(0, 0, 2).overrides());
    }

    @Test
    void selfComparisonIsExactlyZeroAndShardsMergeToTheSameBytes() throws Exception {
        RunPlan plan = RunPlan.of(spec(COMPARE));
        AtomicLong last = new AtomicLong();
        ExperimentResult one = new ExperimentEngine(plan, 2).run((d, t) -> last.set(t), new AtomicBoolean());
        assertThat(last.get()).isEqualTo(60);
        for (ExperimentResult.Row row : one.differences()) {
            if (row.armB().equals("same")) {
                assertThat(row.stats().diff()).isEqualTo(0.0);
                assertThat(row.stats().ciLow()).isEqualTo(0.0);
                assertThat(row.stats().ciHigh()).isEqualTo(0.0);
                assertThat(row.stats().withinNoise()).isTrue();
                assertThat(row.stats().a12()).isEqualTo(0.5);
            }
        }
        assertThat(one.differences()).anySatisfy(row -> {
            assertThat(row.armB()).isEqualTo("elastic");
            assertThat(row.stats().diff()).isNotEqualTo(0.0);
        });

        List<ChunkResult> parts = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            new ExperimentEngine(plan, 1).runChunks(plan.shard(i, 3), null, null,
                c -> parts.add(ChunkResult.fromBytes(c.toBytes())));
        }
        java.util.Collections.reverse(parts);
        ExperimentResult merged = ExperimentEngine.merge(plan, parts, one.run());
        assertThat(csv(merged)).isEqualTo(csv(one));

        ExperimentResult again = new ExperimentEngine(RunPlan.of(spec(COMPARE)), 1).run(null, null);
        assertThat(csv(again)).isEqualTo(csv(one));

        assertThatThrownBy(() -> ExperimentEngine.merge(plan, parts.subList(1, parts.size()), one.run()))
            .hasMessageContaining("missing");
    }

    @Test
    void aSensitivityStudyKeepsHorizonValuesPerPointAndMergesLikeTheRest() throws Exception {
        String yaml = """
            kind: sensitivity
            replicates: 3
            years: 2
            uncertainty: shocks
            arms:
              - name: base
                scenario: baseline
            sensitivity:
              method: morris
              parameters: [trade.elasticity, connectivity.digital]
              trajectories: 2
            outcomes:
              - metric: regional_trade_usd
            """;
        RunPlan plan = RunPlan.of(spec(yaml));
        assertThat(plan.perStep()).isFalse();
        ExperimentResult one = new ExperimentEngine(plan, 2).run(null, null);
        double[] means = one.pointMeans(0, 0);
        assertThat(means).hasSize(6);
        assertThat(java.util.Arrays.stream(means).allMatch(v -> v > 0)).isTrue();
        // points differ in their parameters, so at least two means differ
        assertThat(java.util.Arrays.stream(means).distinct().count()).isGreaterThan(1);
        List<ChunkResult> parts = new ArrayList<>();
        for (int i = 2; i >= 1; i--) {
            new ExperimentEngine(plan, 1).runChunks(plan.shard(i, 2), null, null, parts::add);
        }
        assertThat(csv(ExperimentEngine.merge(plan, parts, one.run()))).isEqualTo(csv(one));
    }

    @Test
    void cancelStopsWithoutAResult() throws Exception {
        RunPlan plan = RunPlan.of(spec(COMPARE));
        AtomicBoolean cancel = new AtomicBoolean();
        AtomicLong seen = new AtomicLong();
        assertThatThrownBy(() -> new ExperimentEngine(plan, 2).run((d, t) -> {
            seen.set(d);
            if (d >= 5) {
                cancel.set(true);
            }
        }, cancel)).isInstanceOf(ExperimentCancelledException.class);
        assertThat(seen.get()).isLessThan(60);
    }

    @Test
    void aCancelledShardLeavesNothingBehind(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) throws Exception {
        ExperimentSpec s = spec(COMPARE);
        RunPlan plan = RunPlan.of(s);
        AtomicBoolean cancel = new AtomicBoolean();
        AtomicLong chunksWritten = new AtomicLong();
        try (ExperimentFiles.ShardWriter w = ExperimentFiles.shard(s, null, plan, tmp, 1, 1)) {
            assertThatThrownBy(() -> new ExperimentEngine(plan, 1).runChunks(plan.chunks(), (d, t) -> {
                if (d >= 40) {
                    cancel.set(true);
                }
            }, cancel, c -> {
                w.add(c);
                chunksWritten.incrementAndGet();
            })).isInstanceOf(ExperimentCancelledException.class);
        }
        assertThat(chunksWritten.get()).isPositive();
        try (var files = java.nio.file.Files.list(tmp)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void runLimitIsRefusedWithBothNumbers() {
        assertThatThrownBy(() -> spec(COMPARE.replace("replicates: 20", "replicates: 20\nrun_limit: 50")))
            .hasMessageContaining("test.yaml:2: replicates:")
            .hasMessageContaining("60 runs")
            .hasMessageContaining("run limit is 50");
    }
}
