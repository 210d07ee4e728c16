package org.cascade.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExperimentCommandTest {
    static final String COMPARE = """
        kind: compare
        replicates: 40
        master_seed: 9
        years: 3
        horizons: [2026, 2027]
        arms:
          - name: a
            scenario: baseline
          - name: b
            scenario: baseline
            set: {connectivity.digital: 1}
        outcomes:
          - metric: regional_trade_usd
          - metric: gdp_usd
            subjects: [KZ]
        """;

    @TempDir
    Path tmp;

    record Result(int code, String out, String err) {
    }

    static Result cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CascadeCli.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new Result(code, out.toString(), err.toString());
    }

    Path write(String name, String text) throws Exception {
        Path p = tmp.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void threeShardsMergedGiveTheBytesOfOneMachine() throws Exception {
        Path f = write("cmp.yaml", COMPARE);
        Result one = cli("compare", f.toString(), "--out", tmp.resolve("one").toString(), "--threads", "2");
        assertThat(one.code()).as(one.err()).isEqualTo(0);
        assertThat(one.err()).contains("runs 80/80");
        for (int i = 1; i <= 3; i++) {
            Result s = cli("compare", f.toString(), "--shard", i + "/3", "--out", tmp.resolve("shards").toString(),
                "--threads", "1");
            assertThat(s.code()).as(s.err()).isEqualTo(0);
        }
        Result partial = cli("merge", tmp.resolve("shards/shard-1-of-3").toString(), "--out",
            tmp.resolve("bad").toString());
        assertThat(partial.code()).isEqualTo(2);
        assertThat(partial.err()).contains("missing").contains("give every shard's directory");
        assertThat(tmp.resolve("bad/experiment.csv")).doesNotExist();

        Result merged = cli("merge", tmp.resolve("shards").toString(), "--out", tmp.resolve("merged").toString());
        assertThat(merged.code()).as(merged.err()).isEqualTo(0);
        for (String csv : List.of("experiment.csv", "horizons.csv", "differences.csv")) {
            assertThat(Files.readAllBytes(tmp.resolve("merged").resolve(csv)))
                .as(csv).isEqualTo(Files.readAllBytes(tmp.resolve("one").resolve(csv)));
        }
        assertThat(Files.readString(tmp.resolve("merged/provenance.json"))).contains("\"shards\": [\"1/3\", \"2/3\", \"3/3\"]");
        String report = Files.readString(tmp.resolve("one/report.html"));
        assertThat(report).contains("<svg").contains("Differences (paired, B - A)").contains("./cascade cli compare");
        assertThat(report).as("self-contained: one inline script, the chart downloads").doesNotContain("<script src")
            .containsOnlyOnce("<script>");
        assertThat(report.split("class=\"chart-png\"", -1)).as("a PNG button per chart")
            .hasSize(report.split("<svg ", -1).length);

        Result again = cli("compare", f.toString(), "--out", tmp.resolve("again").toString(), "--threads", "1");
        assertThat(again.code()).isEqualTo(0);
        assertThat(Files.readAllBytes(tmp.resolve("again/experiment.csv")))
            .isEqualTo(Files.readAllBytes(tmp.resolve("one/experiment.csv")));
    }

    @Test
    void badFilesNameFileLineFieldAndWhatIsAllowed() throws Exception {
        Path f = write("bad.yaml", COMPARE.replace("replicates: 40", "replicates: 0"));
        Result r = cli("compare", f.toString(), "--out", tmp.resolve("o").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(f + ":2: replicates: 0 is out of range; allowed [1, 100000]");

        f = write("bad2.yaml", COMPARE.replace("set: {connectivity.digital: 1}", "set: {connectivity.digital: 7}"));
        r = cli("compare", f.toString(), "--out", tmp.resolve("o").toString());
        assertThat(r.err()).contains(f + ":11: arms[2].set.connectivity.digital:").contains("allowed [0, 1]");

        f = write("bad3.yaml", COMPARE.replace("kind: compare", "kind: comparison"));
        r = cli("compare", f.toString(), "--out", tmp.resolve("o").toString());
        assertThat(r.err()).contains(f + ":1: kind: unknown kind 'comparison'; allowed ensemble, compare, sweep or sensitivity");

        f = write("bad4.yaml", COMPARE.replace("metric: regional_trade_usd", "metric: gdp"));
        r = cli("compare", f.toString(), "--out", tmp.resolve("o").toString());
        assertThat(r.err()).contains(f + ":13: outcomes[1].metric: unknown metric 'gdp'; allowed: gdp_usd");

        f = write("bad5.yaml", COMPARE.replace("horizons: [2026, 2027]", "horizons: [2026, 2031]"));
        r = cli("compare", f.toString(), "--out", tmp.resolve("o").toString());
        assertThat(r.err()).contains(f + ":5: horizons: 2031 is out of range; allowed [2025, 2027]");

        f = write("bad6.yaml", COMPARE);
        r = cli("ensemble", f.toString(), "--out", tmp.resolve("o").toString());
        assertThat(r.err()).contains("describes a compare experiment");
        assertThat(tmp.resolve("o")).doesNotExist();
    }

    @Test
    void runLimitIsRefusedUpFront() throws Exception {
        Path f = write("cmp.yaml", COMPARE);
        Result r = cli("compare", f.toString(), "--run-limit", "79", "--out", tmp.resolve("o").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("needs 80 runs").contains("run limit is 79");
        assertThat(r.err()).doesNotContain("runs 1/");
        assertThat(tmp.resolve("o")).doesNotExist();
    }

    @Test
    void aShardCancelledOrFailedLeavesNoCompleteLookingDirectory() throws Exception {
        // a scenario whose runs fail half way: the shard never commits
        Path f = write("cmp.yaml", COMPARE);
        Result ok = cli("compare", f.toString(), "--shard", "1/2", "--out", tmp.resolve("s").toString());
        assertThat(ok.code()).isEqualTo(0);
        Result twice = cli("compare", f.toString(), "--shard", "1/2", "--out", tmp.resolve("s").toString());
        assertThat(twice.code()).isEqualTo(2);
        assertThat(twice.err()).contains("exists");
        try (Stream<Path> files = Files.list(tmp.resolve("s"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("shard-1-of-2");
        }
    }
}
