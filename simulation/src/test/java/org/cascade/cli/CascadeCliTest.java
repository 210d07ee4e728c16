package org.cascade.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.cascade.params.ParameterRegistry;
import org.cascade.scenario.ScenarioLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CascadeCliTest {
    /** The fields every scenario file must have. */
    static final String HEAD = "title: Fine\ndescription: d\nlook_for: l\nsources: [s]\n";

    @TempDir
    Path dir;

    record Result(int code, String out, String err) {
    }

    static Result cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CascadeCli.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(code, out.toString(), err.toString());
    }

    /** Exit 2, one line on stderr containing every fragment, no stack trace, and no output files left. */
    private void assertBadInput(Result r, String... fragments) throws Exception {
        assertThat(r.code).as(r.err).isEqualTo(2);
        assertThat(r.err.strip().lines().count()).as(r.err).isEqualTo(1);
        assertThat(r.err).contains(fragments).doesNotContain("Exception", "\tat ");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.filter(p -> !p.getFileName().toString().endsWith(".yaml")).toList()).isEmpty();
        }
    }

    private String out() {
        return dir.resolve("run.csv").toString();
    }

    @Test
    void unknownSetNameSuggestsTheNearest() throws Exception {
        assertBadInput(cli("run", "--scenario", "defaults", "--set", "trade.elastcity=5", "--out", out()),
            "--set trade.elastcity=5", "unknown parameter 'trade.elastcity'", "did you mean 'trade.elasticity'?");
    }

    @Test
    void setValueOutOfRangeNamesTheRange() throws Exception {
        assertBadInput(cli("run", "--scenario", "defaults", "--set", "trade.elasticity=12", "--out", out()),
            "'trade.elasticity' = 12 is out of range; allowed [1, 10]");
    }

    @Test
    void setValueNaNOrNotANumber() throws Exception {
        assertBadInput(cli("run", "--scenario", "defaults", "--set", "trade.elasticity=NaN", "--out", out()),
            "'trade.elasticity' must be a finite number in [1, 10]");
        assertBadInput(cli("run", "--scenario", "defaults", "--set", "trade.elasticity=abc", "--out", out()),
            "'abc' is not a number; allowed [1, 10]");
        assertBadInput(cli("run", "--scenario", "defaults", "--set", "trade.elasticity=5d", "--out", out()),
            "'5d' is not a number");
    }

    @Test
    void setWithoutEquals() throws Exception {
        assertBadInput(cli("run", "--scenario", "defaults", "--set", "trade.elasticity", "--out", out()),
            "--set trade.elasticity: expected NAME=VALUE");
    }

    @Test
    void yearsOutOfRange() throws Exception {
        assertBadInput(cli("run", "--scenario", "defaults", "--years", "0", "--out", out()),
            "--years 0 is out of range; allowed 1..50");
        assertBadInput(cli("run", "--scenario", "defaults", "--years", "51", "--out", out()),
            "--years 51 is out of range; allowed 1..50");
    }

    @Test
    void replicatesOutOfRange() throws Exception {
        assertBadInput(cli("run", "--scenario", "defaults", "--replicates", "0", "--out", out()),
            "--replicates 0 is out of range; allowed 1..100000");
        assertBadInput(cli("run", "--scenario", "defaults", "--replicates", "100001", "--out", out()),
            "allowed 1..100000");
    }

    @Test
    void seedNotANumber() throws Exception {
        assertBadInput(cli("run", "--scenario", "defaults", "--seed", "abc", "--out", out()), "--seed", "'abc'");
    }

    @Test
    void picocliUsageErrorsExit2WithOneLine() throws Exception {
        assertBadInput(cli("run", "--scenario", "defaults", "--bogus"), "Unknown option: '--bogus'");
        assertBadInput(cli("run"), "Missing required option: '--scenario");
        assertBadInput(cli("frobnicate"), "frobnicate");
        assertBadInput(cli(), "missing command");
    }

    @picocli.CommandLine.Command(name = "boom")
    static final class Boom implements java.util.concurrent.Callable<Integer> {
        @Override
        public Integer call() {
            throw new IllegalStateException("model broke\nsecond line");
        }
    }

    @Test
    void unexpectedFailureExits1WithOneLine() {
        picocli.CommandLine cmd = CascadeCli.commandLine();
        cmd.addSubcommand("boom", new Boom());
        StringWriter err = new StringWriter();
        cmd.setOut(new PrintWriter(new StringWriter(), true));
        cmd.setErr(new PrintWriter(err, true));
        assertThat(cmd.execute("boom")).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("error: unexpected IllegalStateException: model broke" + System.lineSeparator());
    }

    @Test
    void unwritableOutNamesThePathAndWhy() throws Exception {
        String missing = dir.resolve("no-such-dir/run.csv").toString();
        assertBadInput(cli("run", "--scenario", "defaults", "--years", "1", "--out", missing),
            "--out", missing, "no-such-dir does not exist");
        Path file = Files.writeString(dir.resolve("plain.yaml"), "not a directory");
        assertBadInput(cli("run", "--scenario", "defaults", "--years", "1", "--out", file.resolve("run.csv").toString()),
            "plain.yaml is not a directory");
    }

    @Test
    void unknownScenario() throws Exception {
        assertBadInput(cli("run", "--scenario", "no-such-scenario", "--out", out()),
            "--scenario no-such-scenario: no such file, and no bundled scenario has that id");
    }

    @Test
    void brokenScenarioFileNamesTheFile() throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.yaml"),
            HEAD + "years: 20\nparameters:\n  trade.elasticity: 12\nevents: []\n");
        Result r = cli("run", "--scenario", broken.toString(), "--out", out());
        assertBadInput(r, broken.toString());
        Result v = cli("validate", broken.toString());
        assertThat(v.code).isEqualTo(2);
        assertThat(v.err).contains(broken.toString()).doesNotContain("Exception");
    }

    @Test
    void brokenScenarioNamesLineFieldAndRangeOnceTheLoaderIsReal() throws Exception {
        assumeTrue(loaderImplemented(), "ScenarioLoader is still the contract stub");
        Path broken = Files.writeString(dir.resolve("broken.yaml"),
            HEAD + "years: 20\nparameters:\n  trade.elasticity: 12\nevents: []\n");
        assertBadInput(cli("run", "--scenario", broken.toString(), "--out", out()),
            broken + ":7:", "trade.elasticity", "[1, 10]");
    }

    @Test
    void eventOutsideTheFilesOwnHorizonIsRefused() throws Exception {
        assumeTrue(loaderImplemented(), "ScenarioLoader is still the contract stub");
        Path s = Files.writeString(dir.resolve("late.yaml"), HEAD + """
            years: 2
            events:
              - date: 2030-01
                type: summit
                institution: ots
            """);
        assertBadInput(cli("run", "--scenario", s.toString(), "--years", "20", "--out", out()),
            "late.yaml:7: events[0].date: 2030-01 is outside the horizon", "2025-01 to 2026-12");
    }

    @Test
    void validateReportsEachFile() throws Exception {
        Path missing = dir.resolve("missing.yaml");
        Result r = cli("validate", missing.toString());
        assertThat(r.code).isEqualTo(2);
        assertThat(r.err).contains(missing + ": no such file");
        assumeTrue(loaderImplemented(), "ScenarioLoader is still the contract stub");
        Path ok = Files.writeString(dir.resolve("ok.yaml"), HEAD + "years: 5\n");
        Result good = cli("validate", ok.toString());
        assertThat(good.code).as(good.err).isZero();
        assertThat(good.out).contains("OK " + ok + " (Fine, 0 events)");
        Result mixed = cli("validate", ok.toString(), missing.toString());
        assertThat(mixed.code).isEqualTo(2);
        assertThat(mixed.out).contains("OK " + ok);
    }

    @Test
    void paramsListsEveryParameterAlignedAndAsMarkdown() {
        Result r = cli("params");
        assertThat(r.code).isZero();
        ParameterRegistry.get().all().forEach(p -> assertThat(r.out).contains(p.name()));
        assertThat(r.out).contains("Trade and corridors", "Disputes", "NAME", "SOURCE");
        // Aligned: every parameter row starts its default column at the same offset.
        List<String> rows = r.out.lines().filter(l -> l.startsWith("trade.") || l.startsWith("dispute.")).toList();
        assertThat(rows.stream().map(l -> l.indexOf('[')).distinct().count()).isEqualTo(1);
        assertThat(r.out.lines().mapToInt(String::length).max().orElseThrow()).isLessThan(200);

        Result md = cli("params", "--markdown");
        assertThat(md.code).isZero();
        assertThat(md.out).isEqualTo(org.cascade.doc.DocTables.parameterTable()).contains("| `trade.elasticity` |");
        assertThat(md.out.lines().filter(l -> l.startsWith("| `")).count()).isEqualTo(ParameterRegistry.get().size());
    }

    @Test
    void scenariosListsTheLibrary() throws Exception {
        Result r = cli("scenarios");
        assertThat(r.code).isZero();
        for (String id : ScenarioLibrary.ids()) {
            assertThat(r.out).contains(id);
        }
    }

    @Test
    void versionAndHelp() {
        assertThat(cli("--version").out).contains("CASCADE 0.1.0");
        Result help = cli("run", "--help");
        assertThat(help.code).isZero();
        assertThat(help.out).contains("--scenario", "--replicates", "--set");
    }

    static boolean loaderImplemented() {
        try {
            org.cascade.scenario.ScenarioLoader.parse("probe.yaml", "title: Probe\nyears: 5\n");
            return true;
        } catch (Exception e) {
            return !String.valueOf(e.getMessage()).contains("not implemented");
        }
    }
}
