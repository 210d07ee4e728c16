package org.cascade.cli;

import static org.assertj.core.api.Assertions.assertThat;

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

    /** Files the test made itself before running the CLI (besides .yaml files). */
    private java.util.Set<Path> made = java.util.Set.of();

    /** Exit 2, one line on stderr containing every fragment, no stack trace, and no output files left. */
    private void assertBadInput(Result r, String... fragments) throws Exception {
        assertThat(r.code).as(r.err).isEqualTo(2);
        assertThat(r.err.strip().lines().count()).as(r.err).isEqualTo(1);
        assertThat(r.err).contains(fragments).doesNotContain("Exception", "\tat ");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.filter(p -> !p.getFileName().toString().endsWith(".yaml") && !made.contains(p)).toList())
                .isEmpty();
        }
    }

    private String out() {
        return dir.resolve("run.csv").toString();
    }

    @Test
    void aCommandLineNamingACommandBuildsOnlyThatOneAndEveryOtherGetsThemAll() {
        List<String> all = List.of("run", "ensemble", "compare", "sweep", "sensitivity", "merge", "validate", "params",
            "scenarios");
        assertThat(CascadeCli.commandLine().getSubcommands().keySet()).containsExactlyElementsOf(all);
        assertThat(CascadeCli.commandLine("ensemble", "x.yaml").getSubcommands().keySet()).containsExactly("ensemble");
        assertThat(CascadeCli.commandLine("--help").getSubcommands().keySet()).containsExactlyElementsOf(all);
        assertThat(CascadeCli.commandLine("ensembel").getSubcommands().keySet()).containsExactlyElementsOf(all);
        Result help = cli("--help");
        assertThat(help.code).isZero();
        assertThat(help.out).contains(all.stream().map(c -> "  " + c + " ").toArray(String[]::new));
        Result typo = cli("ensembel", "x.yaml");
        assertThat(typo.code).isEqualTo(CascadeCli.EXIT_USAGE);
        assertThat(typo.err).contains("Unmatched arguments", "'ensembel'", "cascade --help");
        // the handlers reach the one command built: bad input is one line and exit code 2
        Result bad = cli("ensemble", dir.resolve("missing.yaml").toString());
        assertThat(bad.code).isEqualTo(CascadeCli.EXIT_USAGE);
        assertThat(bad.err).startsWith("error: ").contains("missing.yaml").doesNotContain("\tat ");
    }

    @Test
    void everyCommandsHelpPrintsCleanly() {
        java.io.PrintStream systemErr = System.err;
        java.io.ByteArrayOutputStream picocliWarnings = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(picocliWarnings, true));
        try {
            for (String command : List.of("run", "ensemble", "compare", "sweep", "sensitivity", "merge", "validate",
                "params", "scenarios")) {
                Result help = cli(command, "--help");
                assertThat(help.code).as(command).isZero();
                assertThat(help.out).as(command).startsWith("Usage: cascade " + command).doesNotContain("%n");
            }
        } finally {
            System.setErr(systemErr);
        }
        // picocli warns on System.err when a description is not a valid format string (an unescaped %)
        assertThat(picocliWarnings.toString()).isEmpty();
    }

    @Test
    void aHumanSeatInACommandLineRunIsNamedWithWhoDecidesInstead() throws Exception {
        Result r = cli("run", "--scenario", "baseline", "--years", "1", "--set", "government.KZ.mode=2", "--out", out());
        assertThat(r.code).as(r.err).isZero();
        assertThat(r.err).contains("note: human seats KZ (tariff, visa, transit_tariff, corridor, investment, aid,"
            + " summit, partner_visa) have nobody to answer them in a command-line run: the default rule (the adaptive government)"
            + " decides those levers");
        Result scripted = cli("run", "--scenario", "baseline", "--years", "1", "--out", dir.resolve("b.csv").toString());
        assertThat(scripted.err).doesNotContain("human seats");
    }

    @Test
    void aSingleLeverIsHandedOverWithSetAndALeverTheStateLacksIsNamed() throws Exception {
        Result r = cli("run", "--scenario", "baseline", "--years", "1", "--set", "government.KZ.mode=2",
            "--set", "government.KZ.aid.mode=0", "--set", "government.UZ.tariff.mode=2", "--out", out());
        assertThat(r.code).as(r.err).isZero();
        assertThat(r.err).contains("human seats KZ (tariff, visa, transit_tariff, corridor, investment, summit, partner_visa); UZ (tariff)");
        Result lacking = cli("run", "--scenario", "baseline", "--years", "1", "--set", "government.KG.transit_tariff.mode=1",
            "--out", dir.resolve("b.csv").toString());
        assertThat(lacking.code).isNotZero();
        assertThat(lacking.err).contains("KG does not have the lever 'transit_tariff'",
            "the levers of KG: tariff, visa, corridor, stance, investment, aid, summit, partner_visa");
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
    void uncertaintyModeUnknownOrWithoutAnEnsemble() throws Exception {
        assertBadInput(cli("run", "--scenario", "baseline", "--replicates", "5", "--uncertainty", "luck", "--no-out"),
            "--uncertainty luck is not a choice; allowed shocks, parameters or both");
        assertBadInput(cli("run", "--scenario", "baseline", "--uncertainty", "both", "--no-out"),
            "--uncertainty both applies to ensembles; give --replicates R with R > 1");
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
        Path broken = Files.writeString(dir.resolve("broken.yaml"),
            HEAD + "years: 20\nparameters:\n  trade.elasticity: 12\nevents: []\n");
        assertBadInput(cli("run", "--scenario", broken.toString(), "--out", out()),
            broken + ":7:", "trade.elasticity", "[1, 10]");
    }

    @Test
    void eventOutsideTheFilesOwnHorizonIsRefused() throws Exception {
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
        assertThat(r.out.lines().filter(l -> l.startsWith("trade.new_pair_potential ")).findFirst().orElseThrow())
            .contains("constant (start only)");
        assertThat(r.out.lines().filter(l -> l.startsWith("policy.KZ.tariff ")).findFirst().orElseThrow())
            .contains("lever");
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

    // --- Seeds, repeated --set, scenario input -------------------------------------------------------------------

    @Test
    void seedOutsideTheSharedRangeIsRefused() throws Exception {
        assertThat(org.cascade.run.Seeds.RANGE).isEqualTo("0..2147483647");
        assertBadInput(cli("run", "--scenario", "defaults", "--seed", "-1", "--out", out()),
            "--seed -1 is out of range; allowed 0..2147483647");
        assertBadInput(cli("run", "--scenario", "defaults", "--seed", "2147483648", "--out", out()),
            "--seed 2147483648 is out of range; allowed 0..2147483647");
    }

    @Test
    void repeatedSetOfOneNameIsRefused() throws Exception {
        assertBadInput(cli("run", "--scenario", "defaults", "--set", "trade.elasticity=5", "--set", "trade.elasticity=6",
            "--out", out()), "--set trade.elasticity is given more than once");
        assertBadInput(cli("run", "--scenario", "defaults", "--set", "trade.elasticity=5", "--set", " trade.elasticity = 5",
            "--out", out()), "trade.elasticity is given more than once");
    }

    @Test
    void aSymlinkLoopIsNamedAsSuch() throws Exception {
        Path a = dir.resolve("a.yaml");
        Files.createSymbolicLink(a, dir.resolve("b.yaml"));
        Files.createSymbolicLink(dir.resolve("b.yaml"), a);
        assertBadInput(cli("run", "--scenario", a.toString(), "--out", out()), a + ": symlink loop");
        Result v = cli("validate", a.toString());
        assertThat(v.code).isEqualTo(2);
        assertThat(v.err).isEqualTo(a + ": symlink loop (too many levels of symbolic links)" + System.lineSeparator());
    }

    @Test
    void aSystemFileIsNotEchoed() throws Exception {
        Path passwd = Files.writeString(dir.resolve("passwd"),
            "root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n");
        made = java.util.Set.of(passwd);
        assertBadInput(cli("run", "--scenario", passwd.toString(), "--out", out()), passwd + ":1: ", "top level must be a map");
        Result r = cli("run", "--scenario", passwd.toString(), "--out", out());
        assertThat(r.err).doesNotContain("root", "daemon").hasSizeLessThan(200 + passwd.toString().length());
        if (Files.isReadable(Path.of("/etc/passwd"))) {
            Result etc = cli("run", "--scenario", "/etc/passwd", "--out", out());
            assertThat(etc.code).isEqualTo(2);
            assertThat(etc.err).startsWith("error: /etc/passwd:").doesNotContain("root:", "/bin/").hasLineCount(1)
                .hasSizeLessThan(300);
        }
    }

    @Test
    void oversizedAndTaggedScenarioFilesExit2WithOneLine() throws Exception {
        Path big = dir.resolve("big.yaml");
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(50L << 20);
        }
        assertBadInput(cli("run", "--scenario", big.toString(), "--out", out()),
            big + ": the file is too large (52428800 bytes); allowed at most 1048576 bytes (1 MiB)");
        Path tagged = Files.writeString(dir.resolve("tagged.yaml"), HEAD + "years: !custom 5\n");
        assertBadInput(cli("run", "--scenario", tagged.toString(), "--out", out()),
            tagged + ":5: tag '!custom' is not allowed");
        Path nul = Files.writeString(dir.resolve("nul.yaml"), HEAD + "\nyears: 5\u0000\n");
        assertBadInput(cli("run", "--scenario", nul.toString(), "--out", out()), nul + ":6: ", "U+0000 (NUL)");
    }

    @Test
    void defaultsIsListedWithItsTitle() {
        Result r = cli("scenarios");
        assertThat(r.code).isZero();
        assertThat(r.out.lines().filter(l -> l.startsWith("defaults ")))
            .singleElement().asString().endsWith("Model defaults").contains(" 20 ");
    }

    // --- Output targets ------------------------------------------------------------------------------------------

    @Test
    void outMustEndInCsv() throws Exception {
        assertBadInput(cli("run", "--scenario", "defaults", "--years", "1", "--out", dir.resolve("clash.json").toString()),
            "--out " + dir.resolve("clash.json") + ": the output name must end in .csv");
        assertBadInput(cli("run", "--scenario", "defaults", "--years", "1", "--out", dir.resolve("run").toString()),
            "must end in .csv");
        assertBadInput(cli("run", "--scenario", "defaults", "--years", "1", "--out", dir.resolve(".csv").toString()),
            "must end in .csv");
    }

    @Test
    void devNullIsRefusedAndUntouched() throws Exception {
        Path devNull = Path.of("/dev/null");
        assertThat(AtomicOutputsProbe.isCharDevice(devNull)).isTrue();
        assertBadInput(cli("run", "--scenario", "defaults", "--years", "1", "--out", "/dev/null"),
            "--out /dev/null: cannot write /dev/null: it is a character device, not a regular file",
            "use --no-out");
        assertThat(AtomicOutputsProbe.isCharDevice(devNull)).isTrue();
        // a .csv name that leads to the device
        Path link = Files.createSymbolicLink(dir.resolve("null.csv"), devNull);
        made = java.util.Set.of(link);
        assertBadInput(cli("run", "--scenario", "defaults", "--years", "1", "--out", link.toString()),
            "cannot write " + link + ": it is a character device");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(AtomicOutputsProbe.isCharDevice(devNull)).isTrue();
    }

    @Test
    void aFifoIsRefused() throws Exception {
        Path fifo = dir.resolve("pipe.csv");
        // mkfifo is part of coreutils on every Linux the project builds on
        Process p = new ProcessBuilder("mkfifo", fifo.toString()).redirectErrorStream(true).start();
        assertThat(p.waitFor()).isZero();
        made = java.util.Set.of(fifo);
        assertBadInput(cli("run", "--scenario", "defaults", "--years", "1", "--out", fifo.toString()),
            "cannot write " + fifo + ": it is a FIFO (named pipe), not a regular file");
        assertThat(AtomicOutputsProbe.isFifo(fifo)).isTrue();
    }

    @Test
    void aDirectoryIsRefusedAlsoWhereACompanionFileGoes() throws Exception {
        Path d = Files.createDirectory(dir.resolve("d.csv"));
        Path json = Files.createDirectory(dir.resolve("e.json"));
        made = java.util.Set.of(d, json);
        assertBadInput(cli("run", "--scenario", "defaults", "--years", "1", "--out", d.toString()),
            "cannot write " + d + ": it is a directory, not a regular file");
        assertBadInput(cli("run", "--scenario", "defaults", "--years", "1", "--out", dir.resolve("e.csv").toString()),
            "cannot write " + json + ": it is a directory");
        try (Stream<Path> s = Files.list(d)) {
            assertThat(s).isEmpty();
        }
    }

    @Test
    void anOutputThatIsTheScenarioFileIsRefused() throws Exception {
        String yaml = HEAD + "years: 1\n";
        Path scenario = Files.writeString(dir.resolve("s.csv"), yaml);
        made = java.util.Set.of(scenario);
        assertBadInput(cli("run", "--scenario", scenario.toString(), "--out", scenario.toString()),
            "cannot write " + scenario + ": it is the scenario file given with --scenario");
        // through another spelling of the path and through a link
        Path sub = Files.createDirectory(dir.resolve("sub"));
        made = java.util.Set.of(scenario, sub);
        assertBadInput(cli("run", "--scenario", scenario.toString(), "--out", dir.resolve("./sub/../s.csv").toString()),
            "it is the scenario file");
        Path json = Files.writeString(dir.resolve("t.json"), yaml);
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), scenario);
        made = java.util.Set.of(scenario, sub, json, link);
        assertBadInput(cli("run", "--scenario", json.toString(), "--out", dir.resolve("t.csv").toString()),
            "cannot write " + dir.resolve("t.json") + ": it is the scenario file");
        assertBadInput(cli("run", "--scenario", scenario.toString(), "--out", link.toString()), "it is the scenario file");
        assertThat(scenario).hasContent(yaml.strip());
        assertThat(json).hasContent(yaml.strip());
    }

    @Test
    void noOutAndOutExcludeEachOther() throws Exception {
        assertBadInput(cli("run", "--scenario", "defaults", "--no-out", "--out", out()),
            "--no-out and --out " + out() + " exclude each other");
    }

    /** File types, read without the code under test. */
    static final class AtomicOutputsProbe {
        static boolean isCharDevice(Path p) throws Exception {
            return ((Integer) Files.getAttribute(p, "unix:mode") & 0170000) == 0020000;
        }

        static boolean isFifo(Path p) throws Exception {
            return ((Integer) Files.getAttribute(p, "unix:mode") & 0170000) == 0010000;
        }
    }
}
