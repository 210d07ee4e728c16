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
        Path out = dir.resolve("ens");
        CascadeCliTest.Result r = CascadeCliTest.cli("run", "--scenario", scenario, "--years", "2", "--replicates", "20",
            "--out", out.toString(), "--summary");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("runs 20/20 (100%)", "wrote ");
        assertThat(r.out()).contains("mean of 20 replicates");
        // the files of 'ensemble', and the experiment file that reproduces them
        assertThat(Files.readString(out.resolve("experiment.sha256")).lines().map(l -> l.substring(66)).toList())
            .containsExactlyInAnyOrder("experiment.yaml", "experiment.csv", "horizons.csv", "provenance.json",
                "report.html");
        List<String> lines = Files.readAllLines(out.resolve("experiment.csv"));
        assertThat(lines.get(0)).isEqualTo("arm,point,metric,subject,step,date,stat,value");
        assertThat(lines.get(1)).isEqualTo(scenario + ",0,gdp_usd,KZ,0,2025-01,n,20");
        // 6 statistics per outcome and step, 25 steps
        long outcomes = lines.stream().skip(1).filter(l -> l.contains(",0,2025-01,n,")).count();
        assertThat(lines).hasSize(1 + (int) outcomes * 25 * 6);
        String json = Files.readString(out.resolve("provenance.json"));
        assertThat(json).contains("\"kind\": \"ensemble\"", "\"replicates\": 20", "\"master_seed\": 1",
            "\"seed_rule\"", "\"uncertainty\": \"both\"", "\"years\": 2",
            "\"experiment_file\": " + org.cascade.run.output.Json.string(out.resolve("experiment.yaml").toString()));
        assertThat(Files.readString(out.resolve("report.html")))
            .contains("./cascade cli ensemble " + out.resolve("experiment.yaml") + " --out DIR");

        // Same master seed, different thread count: identical statistics.
        Path again = dir.resolve("again");
        assertThat(CascadeCliTest.cli("run", "--scenario", scenario, "--years", "2", "--replicates", "20",
            "--threads", "1", "--out", again.toString()).code()).isZero();
        assertThat(Files.readString(again.resolve("experiment.csv"))).isEqualTo(Files.readString(out.resolve("experiment.csv")));
        // The file written beside the outputs, run by 'ensemble', gives the same statistics again.
        Path viaFile = dir.resolve("via-file");
        CascadeCliTest.Result e = CascadeCliTest.cli("ensemble", out.resolve("experiment.yaml").toString(), "--out",
            viaFile.toString());
        assertThat(e.code()).as(e.err()).isZero();
        assertThat(Files.readString(viaFile.resolve("experiment.csv"))).isEqualTo(Files.readString(out.resolve("experiment.csv")));
        assertThat(Files.readString(viaFile.resolve("horizons.csv"))).isEqualTo(Files.readString(out.resolve("horizons.csv")));
    }

    /** An ensemble's --out is a directory: a CSV name is refused, naming what it writes. */
    @Test
    void anEnsembleWritesADirectory() throws Exception {
        CascadeCliTest.Result r = CascadeCliTest.cli("run", "--scenario", "baseline", "--years", "1", "--replicates", "3",
            "--out", dir.resolve("ens.csv").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("with --replicates the outputs are a directory", "experiment.csv");
        assertThat(Files.exists(dir.resolve("ens.csv"))).isFalse();
        Files.writeString(dir.resolve("plain"), "x");
        CascadeCliTest.Result f = CascadeCliTest.cli("run", "--scenario", "baseline", "--years", "1", "--replicates", "3",
            "--out", dir.resolve("plain").toString());
        assertThat(f.code()).isEqualTo(2);
        assertThat(f.err()).contains("not a directory");
        // --no-out runs and prints the summary, writing nothing
        CascadeCliTest.Result n = CascadeCliTest.cli("run", "--scenario", "baseline", "--years", "1", "--replicates", "3",
            "--no-out", "--summary");
        assertThat(n.code()).as(n.err()).isZero();
        assertThat(n.out()).contains("mean of 3 replicates");
        assertThat(n.err()).doesNotContain("wrote ");
    }

    /**
     * The provenance says what the replicates varied and how: the seed and draw rules under the mode, the values given
     * with --set as the arm's overrides (never drawn); with --uncertainty shocks nothing is drawn.
     */
    @Test
    void ensembleProvenanceListsTheUncertaintyModeAndTheDraws() throws Exception {
        Path out = dir.resolve("p");
        CascadeCliTest.Result r = CascadeCliTest.cli("run", "--scenario", "baseline", "--years", "1", "--replicates", "5",
            "--seed", "8", "--uncertainty", "parameters", "--set", "trade.elasticity=5", "--out", out.toString(), "--summary");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("uncertainty: parameters");
        String json = Files.readString(out.resolve("provenance.json"));
        assertThat(json).contains("\"uncertainty\": \"parameters\"", "\"master_seed\": 8",
            "\"seed_rule\": \"seed_r = master seed for every r", "\"draw_rule\": \"row r of one Latin hypercube",
            "\"overrides\": {\"trade.elasticity\": 5}", "\"trade.elasticity\": 5,");
        assertThat(Files.readString(out.resolve("experiment.yaml"))).contains("set: {\"trade.elasticity\": 5.0}",
            "uncertainty: parameters", "master_seed: 8", "replicates: 5");

        // shocks only: no draws
        Path shocks = dir.resolve("s");
        assertThat(CascadeCliTest.cli("run", "--scenario", "baseline", "--years", "1", "--replicates", "3",
            "--uncertainty", "shocks", "--out", shocks.toString()).code()).isZero();
        assertThat(Files.readString(shocks.resolve("provenance.json"))).contains("\"uncertainty\": \"shocks\"",
            "\"draw_rule\": \"none\"", "\"overrides\": {}");
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
