package org.cascade.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.cascade.params.ParameterRegistry;
import org.cascade.scenario.ScenarioLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI against the real model. */
class CliEndToEndTest {
    @TempDir
    Path dir;

    private void checkSingleRun(String scenario, String id) throws Exception {
        Path csv = dir.resolve(id + ".csv");
        CascadeCliTest.Result r = CascadeCliTest.cli("run", "--scenario", scenario, "--years", "2", "--seed", "3",
            "--set", "trade.elasticity=5", "--out", csv.toString(), "--summary");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).startsWith("wrote ").contains(id + ".csv", id + "-events.csv", id + ".json", id + ".sha256");
        assertThat(r.out()).contains("Regional trade", "2025-01", "2027-01", "Events:");

        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).isEqualTo("scenario,seed,step,date,metric,subject,value");
        long series = lines.stream().skip(1).filter(l -> l.contains(",0,2025-01,")).count();
        assertThat(series).isGreaterThan(100);
        assertThat(lines).hasSize(1 + (int) series * 25);
        assertThat(lines.get(lines.size() - 1)).contains(",3,24,2027-01,");

        assertThat(Files.readAllLines(dir.resolve(id + "-events.csv")).get(0))
            .isEqualTo("scenario,seed,step,date,kind,subject,scheduled,message");
        String json = Files.readString(dir.resolve(id + ".json"));
        assertThat(json).contains("\"seed\": 3", "\"years\": 2", "\"events_not_reached\": [],\n",
            "\"trade.elasticity\": {\"value\": 5, \"default\": 4.5, \"unit\": \"\", \"set_by\": \"command_line\"}");
        ParameterRegistry.get().all().forEach(p -> assertThat(json).contains("\"" + p.name() + "\": {"));
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                .containsExactlyInAnyOrder(id + ".csv", id + "-events.csv", id + ".json", id + ".sha256");
        }
        // The manifest, in sha256sum's format, lists the three files with their hashes.
        assertThat(Files.readString(dir.resolve(id + ".sha256"))).isEqualTo(
            OutputSetKillTest.sha256(csv) + "  " + id + ".csv\n"
                + OutputSetKillTest.sha256(dir.resolve(id + "-events.csv")) + "  " + id + "-events.csv\n"
                + OutputSetKillTest.sha256(dir.resolve(id + ".json")) + "  " + id + ".json\n");
        assertThat(json).contains("\"manifest\": \"" + id + ".sha256\"");
    }

    @Test
    void runTheDefaultsForTwoYears() throws Exception {
        checkSingleRun("defaults", "defaults");
    }

    @Test
    void runBaselineForTwoYears() throws Exception {
        assertThat(ScenarioLibrary.ids()).contains("baseline");
        checkSingleRun("baseline", "baseline");
    }

    @Test
    void noOutPrintsTheSummaryAndWritesNothing() throws Exception {
        Path runs = Path.of("runs");
        List<String> before = listing(runs);
        CascadeCliTest.Result r = CascadeCliTest.cli("run", "--scenario", "defaults", "--years", "5", "--seed", "1",
            "--no-out", "--summary");
        assertThat(r.code()).as(r.err()).isZero();
        // five years log more events than the summary shows: the rest are not said to be in a CSV
        assertThat(r.out()).contains("Regional trade", "2030-01", " more)").doesNotContain("events CSV");
        assertThat(r.err()).doesNotContain("wrote");
        assertThat(listing(runs)).isEqualTo(before);
    }

    /** The names in a directory, or null when it does not exist. */
    private static List<String> listing(Path d) throws Exception {
        if (!Files.exists(d)) {
            return null;
        }
        try (Stream<Path> files = Files.list(d)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void sameSeedSameCsv() throws Exception {
        Path a = dir.resolve("a.csv");
        Path b = dir.resolve("b.csv");
        assertThat(CascadeCliTest.cli("run", "--scenario", "defaults", "--years", "2", "--seed", "5", "--out", a.toString())
            .code()).isZero();
        assertThat(CascadeCliTest.cli("run", "--scenario", "defaults", "--years", "2", "--seed", "5", "--out", b.toString())
            .code()).isZero();
        assertThat(Files.readString(b)).isEqualTo(Files.readString(a));
    }

    @Test
    void ensembleOfTwentyReplicates() throws Exception {
        String scenario = "baseline";
        Path csv = dir.resolve("ens.csv");
        CascadeCliTest.Result r = CascadeCliTest.cli("run", "--scenario", scenario, "--years", "2", "--replicates", "20",
            "--out", csv.toString(), "--summary");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("replicate 20/20", "wrote ");
        assertThat(r.out()).contains("mean of 20 replicates");
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).isEqualTo("scenario,step,date,metric,subject,n,mean,p05,p50,p95");
        assertThat(lines.get(1)).startsWith(scenario + ",0,2025-01,").contains(",20,");
        long series = lines.stream().skip(1).filter(l -> l.contains(",0,2025-01,")).count();
        assertThat(lines).hasSize(1 + (int) series * 25);
        String json = Files.readString(dir.resolve("ens.json"));
        assertThat(json).contains("\"replicates\": 20", "\"master_seed\": 1", "\"seed_rule\"", "\"uncertainty\": \"both\"");
        assertThat(Files.readString(dir.resolve("ens.sha256"))).isEqualTo(OutputSetKillTest.sha256(csv) + "  ens.csv\n"
            + OutputSetKillTest.sha256(dir.resolve("ens.json")) + "  ens.json\n");

        // Same master seed, different thread count: identical statistics.
        Path again = dir.resolve("again.csv");
        assertThat(CascadeCliTest.cli("run", "--scenario", scenario, "--years", "2", "--replicates", "20",
            "--threads", "1", "--out", again.toString()).code()).isZero();
        assertThat(Files.readString(again)).isEqualTo(Files.readString(csv));
    }

    /**
     * The provenance says what the replicates varied and lists every replicate's seed and draws; a value given with
     * --set is not drawn, and with --uncertainty parameters every replicate runs the master seed's shocks.
     */
    @Test
    void ensembleProvenanceListsTheUncertaintyModeAndTheDraws() throws Exception {
        Path csv = dir.resolve("p.csv");
        CascadeCliTest.Result r = CascadeCliTest.cli("run", "--scenario", "baseline", "--years", "1", "--replicates", "5",
            "--seed", "8", "--uncertainty", "parameters", "--set", "trade.elasticity=5", "--out", csv.toString(), "--summary");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("uncertainty: parameters");
        String json = Files.readString(dir.resolve("p.json"));
        assertThat(json).contains("\"uncertainty\": \"parameters\"", "\"lhs_rule\": \"column of parameter p",
            "\"seed_rule\": \"seed_r = master seed for every r",
            "{\"name\": \"route.value_of_time\", \"distribution\": \"log-uniform\", \"low\": 1.5, \"mode\": null, "
                + "\"high\": 6, \"default\": 3, \"source\": ",
            "\"trade.elasticity\": {\"value\": 5, \"default\": 4.5, \"unit\": \"\", \"set_by\": \"command_line\"}",
            "\"route.value_of_time\": {\"value\": 3, \"default\": 3, \"unit\": \"USD/t/day\", \"set_by\": \"drawn\"}");
        assertThat(json).doesNotContain("{\"name\": \"trade.elasticity\"");
        List<String> columns = json.lines().filter(l -> l.contains("\"columns\": [")).toList();
        assertThat(columns).hasSize(1);
        assertThat(columns.get(0)).contains("[\"replicate\", \"seed\", \"trade.adjustment_rate\"")
            .doesNotContain("\"trade.elasticity\"");
        List<String> rows = json.lines().filter(l -> l.matches("\\s+\\[\\d+, \\d+, .*")).toList();
        assertThat(rows).hasSize(5);
        for (int i = 0; i < 5; i++) {
            assertThat(rows.get(i).trim()).startsWith("[" + (i + 1) + ", 8, ");
            // one value per drawn parameter
            assertThat(rows.get(i).split(",")).hasSize(columns.get(0).split(",").length);
        }
        assertThat(rows.stream().distinct()).hasSize(5);

        // shocks only: no draws
        Path shocks = dir.resolve("s.csv");
        assertThat(CascadeCliTest.cli("run", "--scenario", "baseline", "--years", "1", "--replicates", "3",
            "--uncertainty", "shocks", "--out", shocks.toString()).code()).isZero();
        assertThat(Files.readString(dir.resolve("s.json"))).contains("\"uncertainty\": \"shocks\"", "\"lhs_rule\": null",
            "\"drawn_parameters\": [],", "\"draws\": null", "\"set_by\": \"default\"").doesNotContain("\"drawn\"");
    }

    @Test
    void aHorizonShorterThanTheScenarioRunsAndListsTheEventsNotReached() throws Exception {
        Path csv = dir.resolve("h.csv");
        CascadeCliTest.Result r = CascadeCliTest.cli("run", "--scenario", "history-2025", "--years", "2",
            "--out", csv.toString(), "--summary");
        assertThat(r.code()).as(r.err()).isZero();
        // the mediation reset of 2027-08 is after January 2027, the end of two years
        assertThat(r.out()).contains("Not reached: 1 scenario event dated after the 2-year horizon, not applied\n"
            + "  2027-08  set  dispute.mediation\n");
        assertThat(Files.readString(dir.resolve("h.json"))).contains("\"events_not_reached\": [\n"
            + "    {\"date\": \"2027-08\", \"type\": \"set\", \"target\": \"dispute.mediation\", \"line\": 73}\n"
            + "  ],\n");
        assertThat(Files.readString(dir.resolve("h-events.csv"))).contains("dispute.mediation set to 1")
            .doesNotContain("dispute.mediation set to 0");
    }
}
