package org.cascade.run.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cascade.params.Parameter;
import org.cascade.params.ParameterRegistry;
import org.cascade.params.ParameterSet;
import org.cascade.results.RunResult;
import org.cascade.run.Fixtures;
import org.cascade.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputWritersTest {
    @Test
    void tidyCsvHasTheExactHeaderAndOneRowPerSeriesPerStep() throws Exception {
        RunResult r = Fixtures.result("baseline", 7, 2);
        StringWriter w = new StringWriter();
        TidyCsvWriter.write(r, w);
        String[] lines = w.toString().split("\n");
        assertThat(lines[0]).isEqualTo("scenario,seed,step,date,metric,subject,value");
        assertThat(lines).hasSize(1 + r.keys().size() * 25);
        assertThat(lines[1]).startsWith("baseline,7,0,2025-01,gdp_usd,KZ,");
        assertThat(lines[lines.length - 1]).startsWith("baseline,7,24,2027-01,\"odd,metric\",\"sub\"\"ject\",");
        // Values read back exactly.
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].contains("odd,metric")) {
                continue;
            }
            String[] f = lines[i].split(",");
            int step = Integer.parseInt(f[2]);
            int series = r.indexOf(f[4], f[5]);
            assertThat(Double.parseDouble(f[6])).isEqualTo(r.value(step, series));
        }
    }

    @Test
    void numbersRoundTrip() {
        for (double v : new double[] {0, 1, -3, 288e9, 0.1, 1.0 / 3, 123456789.123456789, 1e-300, 6.02e23, Math.PI * 1e12}) {
            assertThat(Double.parseDouble(Csv.number(v))).isEqualTo(v);
        }
        assertThat(Csv.number(288e9)).isEqualTo("288000000000");
        assertThat(Csv.field("a,b")).isEqualTo("\"a,b\"");
        assertThat(Csv.field("plain")).isEqualTo("plain");
    }

    @Test
    void eventLogCsvQuotesTheMessage() throws Exception {
        RunResult r = Fixtures.result("baseline", 7, 1);
        StringWriter w = new StringWriter();
        EventLogCsvWriter.write(r, w);
        String[] lines = w.toString().split("\n");
        assertThat(lines[0]).isEqualTo("scenario,seed,step,date,kind,subject,scheduled,message");
        assertThat(lines).hasSize(3);
        assertThat(lines[1]).isEqualTo(
            "baseline,7,3,2025-04,clash,KG-TJ,false,\"KG-TJ border closed: clash after tension 0.82, \"\"severe\"\"\"");
        assertThat(lines[2]).isEqualTo("baseline,7,7,2025-08,summit,ots,true,\"OTS summit\"");
    }

    @Test
    void provenanceJsonListsEveryParameterWithWhoSetIt() throws Exception {
        ParameterSet scenarioParams = ParameterSet.defaults().with("trade.elasticity", 6).with("route.logit_scale", 80);
        Scenario sc = new Scenario("corridor", "Middle \"Corridor\" push", "", "", List.of(), 20, scenarioParams,
            List.of(), "ab12");
        Map<String, Double> cli = new LinkedHashMap<>();
        cli.put("route.logit_scale", 90.0);
        double adjustment = ParameterRegistry.get().require("trade.adjustment_rate").defaultValue();
        String adj = Csv.number(adjustment);
        cli.put("trade.adjustment_rate", adjustment); // equal to the default, still set on the command line
        Provenance p = new Provenance(sc, "scenarios/corridor.yaml", cli, 42, 10, null,
            Instant.parse("2025-03-01T10:15:30Z"), List.of("run", "--seed", "42"), Map.of("series_csv", "x.csv"));
        StringWriter w = new StringWriter();
        ProvenanceJson.write(p, w);
        String json = w.toString();

        for (Parameter par : ParameterRegistry.get().all()) {
            assertThat(json).contains("\"" + par.name() + "\": {\"value\": ");
        }
        assertThat(countMatches(json, "\"set_by\": ")).isEqualTo(ParameterRegistry.get().size());
        assertThat(json).contains("\"trade.elasticity\": {\"value\": 6, \"default\": 4.5, \"unit\": \"\", \"set_by\": \"scenario\"}");
        assertThat(json).contains("\"route.logit_scale\": {\"value\": 90, \"default\": "
            + Csv.number(ParameterRegistry.get().require("route.logit_scale").defaultValue())
            + ", \"unit\": \"USD/t\", \"set_by\": \"command_line\"}");
        assertThat(json).contains("\"trade.adjustment_rate\": {\"value\": " + adj + ", \"default\": " + adj
            + ", \"unit\": \"1/month\", \"set_by\": \"command_line\"}");
        assertThat(json).contains("\"trade.income_elasticity\": {\"value\": 1, \"default\": 1, \"unit\": \"\", \"set_by\": \"default\"}");
        assertThat(json).contains("\"title\": \"Middle \\\"Corridor\\\" push\"", "\"sha256\": \"ab12\"", "\"seed\": 42",
            "\"years\": 10", "\"months\": 120", "\"steps\": 121", "\"run_at\": \"2025-03-01T10:15:30Z\"", "\"ensemble\": null",
            "\"command_line\": [\"run\", \"--seed\", \"42\"]", "\"model_version\": \"" + Version.get() + "\"",
            "\"java_version\": \"" + System.getProperty("java.version") + "\"", "\"last_date\": \"2035-01\"");
        assertThat(Version.get()).isEqualTo("0.1.0");
        assertBalanced(json);
    }

    @Test
    void provenanceJsonForAnEnsemble() throws Exception {
        Provenance p = new Provenance(Scenario.defaults(), "built-in:defaults", Map.of(), 9, 20,
            org.cascade.run.EnsembleDesign.shocksOnly(9, 1000), Instant.now(), List.of(), Map.of());
        StringWriter w = new StringWriter();
        ProvenanceJson.write(p, w);
        assertThat(w.toString()).contains("\"master_seed\": 9", "\"replicates\": 1000", "\"uncertainty\": \"shocks\"",
            "\"seed_rule\": " + Json.string(org.cascade.run.Seeds.SEED_RULE), "\"seed\": null",
            "\"lhs_rule\": null", "\"drawn_parameters\": []", "\"draws\": null");
        assertBalanced(w.toString());
    }

    @Test
    void atomicOutputsLeaveNothingBehindWhenAWriteFails(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a.csv");
        Path b = dir.resolve("b.csv");
        Path manifest = dir.resolve("a.sha256");
        try (AtomicOutputs out = new AtomicOutputs(manifest)) {
            out.write(a, w -> w.write("complete\n"));
            out.write(b, w -> {
                w.write("half");
                throw new java.io.IOException("disk full");
            });
            out.commit();
        } catch (java.io.IOException expected) {
            assertThat(expected).hasMessage("disk full");
        }
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
        try (AtomicOutputs out = new AtomicOutputs(manifest)) {
            out.write(a, w -> w.write("complete\n"));
            assertThat(a).doesNotExist();
            assertThat(out.commit()).containsExactly(a, manifest);
        }
        assertThat(a).hasContent("complete");
        assertThat(manifest).hasContent(sha256("complete\n") + "  a.csv");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactlyInAnyOrder(a, manifest);
        }
    }

    @Test
    void aNewSetReplacesTheOldOneAndFilesOnlyTheOldSetHadGo(@TempDir Path dir) throws Exception {
        Path manifest = dir.resolve("x.sha256");
        try (AtomicOutputs out = new AtomicOutputs(manifest)) {
            out.write(dir.resolve("x.csv"), w -> w.write("old csv\n"));
            out.write(dir.resolve("x-events.csv"), w -> w.write("old events\n"));
            out.commit();
        }
        Path unrelated = Files.writeString(dir.resolve("x-notes.txt"), "mine");
        try (AtomicOutputs out = new AtomicOutputs(manifest)) {
            out.write(dir.resolve("x.csv"), w -> w.write("new csv\n"));
            out.commit();
        }
        assertThat(dir.resolve("x.csv")).hasContent("new csv");
        assertThat(dir.resolve("x-events.csv")).as("listed by the old manifest only").doesNotExist();
        assertThat(unrelated).hasContent("mine");
        assertThat(manifest).hasContent(sha256("new csv\n") + "  x.csv");
    }

    @Test
    void recoverDeletesUnfinishedSetsAndCompletesCommittedOnes(@TempDir Path dir) throws Exception {
        long dead = deadPid();
        // a run killed while writing: its staging directory goes, the old file stays
        Files.writeString(dir.resolve("a.csv"), "old a\n");
        Path staging = Files.createDirectory(dir.resolve(".a.sha256.cascade-staging-" + dead + "-1f"));
        Files.writeString(staging.resolve("a.csv"), "half");
        // a run killed after its commit point with one file moved: the rest of its set is moved into place
        Files.writeString(dir.resolve("b.csv"), "new b\n");
        Files.writeString(dir.resolve("b.json"), "old json\n");
        Path commit = Files.createDirectory(dir.resolve(".b.sha256.cascade-commit-" + dead + "-2e"));
        Files.writeString(commit.resolve("b.json"), "new json\n");
        Files.writeString(commit.resolve("b.sha256"),
            sha256("new b\n") + "  b.csv\n" + sha256("new json\n") + "  b.json\n");
        Files.writeString(commit.resolve("old.sha256"), sha256("old b\n") + "  b.csv\n");
        // a temporary file of an earlier version
        Files.writeString(dir.resolve(".c.csv.0123abcd.tmp"), "x");
        // a live run's staging directory (this JVM's pid, registered as live) is left alone
        AtomicOutputs live = new AtomicOutputs(dir.resolve("d.sha256"));
        live.write(dir.resolve("d.csv"), w -> w.write("d\n"));

        assertThat(AtomicOutputs.recover(dir)).hasSize(3);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".d.sha256")))
                .containsExactlyInAnyOrder("a.csv", "b.csv", "b.json", "b.sha256");
        }
        assertThat(dir.resolve("a.csv")).hasContent("old a");
        assertThat(dir.resolve("b.json")).hasContent("new json");
        assertThat(dir.resolve("b.sha256")).hasContent(sha256("new b\n") + "  b.csv\n" + sha256("new json\n") + "  b.json");
        live.commit();
        live.close();
        assertThat(dir.resolve("d.csv")).hasContent("d");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("."));
        }
    }

    @Test
    void problemWithNamesThePathAndWhy(@TempDir Path dir) throws Exception {
        assertThat(AtomicOutputs.problemWith(dir.resolve("ok.csv"))).isEmpty();
        assertThat(AtomicOutputs.problemWith(dir.resolve("missing/x.csv")))
            .contains("x.csv").contains("does not exist");
        Path file = Files.writeString(dir.resolve("file"), "");
        assertThat(AtomicOutputs.problemWith(file.resolve("x.csv"))).contains("is not a directory");
        assertThat(AtomicOutputs.problemWith(dir)).contains("is a directory");
        assertThat(AtomicOutputs.problemWith(Path.of("/dev/null"))).isEqualTo(
            "cannot write /dev/null: it is a character device, not a regular file");
        Path link = Files.createSymbolicLink(dir.resolve("null.csv"), Path.of("/dev/null"));
        assertThat(AtomicOutputs.problemWith(link)).contains("a character device");
    }

    /** A pid no process has: one of a child that has exited. */
    private static long deadPid() throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version")
            .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        p.waitFor();
        return p.pid();
    }

    private static String sha256(String text) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
            .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    private static int countMatches(String s, String what) {
        Matcher m = Pattern.compile(Pattern.quote(what)).matcher(s);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** Braces and brackets outside strings balance (a cheap well-formedness check without a JSON library). */
    private static void assertBalanced(String json) {
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                depth--;
                assertThat(depth).isGreaterThanOrEqualTo(0);
            }
        }
        assertThat(depth).isZero();
        assertThat(inString).isFalse();
    }
}
