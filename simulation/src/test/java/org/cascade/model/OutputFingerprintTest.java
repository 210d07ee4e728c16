package org.cascade.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cascade.calibration.Backcast;
import org.cascade.calibration.WholeModelBackcast;
import org.cascade.params.ParameterSet;
import org.cascade.results.LoggedEvent;
import org.cascade.results.RunResult;
import org.cascade.results.SeriesKey;
import org.cascade.run.EnsembleDesign;
import org.cascade.run.ModelRun;
import org.cascade.run.UncertaintyMode;
import org.cascade.scenario.Scenario;
import org.cascade.scenario.ScenarioLibrary;
import org.junit.jupiter.api.Test;

/**
 * Bit-identity of the model's outputs: every bundled scenario for 20 years with seeds 1, 2 and 3, replicates of
 * ensembles that draw the uncertain parameters, and both backcasts, each hashed over every recorded value
 * ({@link Double#doubleToLongBits}) and every event-log line, and compared with the hashes recorded from the model
 * before its speed-ups (issue 8). A change that only makes the model faster must leave every hash as it is; a
 * change meant to move outputs updates the hashes below, with the reason in its commit.
 */
class OutputFingerprintTest {
    private static final int YEARS = 20;
    /** Replicates of each drawn-parameter ensemble (shocks and judgements both vary, as in the ensemble). */
    private static final int REPLICATES = 4;

    /** Recorded from the model as of commit 98c5623 (before the speed-ups). */
    private static final Map<String, String> EXPECTED = expected();

    private static Map<String, String> expected() {
        Map<String, String> e = new LinkedHashMap<>();
        e.put("baseline/seed1", "1cbcb37b64cf901f65a05388850055e1");
        e.put("baseline/seed2", "11c5bf60cc0419f5ee4c54ebaddc9909");
        e.put("baseline/seed3", "9d4ed27f8de94ee9bbbce310b1596eaa");
        e.put("adaptive-region/seed1", "7060d830fe691eb87b10d4718369a0f0");
        e.put("adaptive-region/seed2", "ac9146a2fb62089d2f130176071b409f");
        e.put("adaptive-region/seed3", "1c20cc366a9cfac96d7faa61c8754015");
        e.put("caspian-solidarity/seed1", "36fe2c0979f9c12e26d55c6621b0b5fd");
        e.put("caspian-solidarity/seed2", "5e6c900a2cc4fc9f321e9a2ce6cb9627");
        e.put("caspian-solidarity/seed3", "3b94024695ad18f99582f2e177218fbb");
        e.put("connectivity-push/seed1", "5ec54da464bfbf81cd0cdafe3140fe6e");
        e.put("connectivity-push/seed2", "959ff0c63427afadc2447bc285d2924a");
        e.put("connectivity-push/seed3", "744bfc3e73a8bebf0e508bb264c1a327");
        e.put("fergana-relapse/seed1", "97b6d78726b5e3bebf7342d79b48a485");
        e.put("fergana-relapse/seed2", "a481525b3d9f41987c5b29f1503518d5");
        e.put("fergana-relapse/seed3", "009fd2fdf48398b153bf2cfb1daaba1f");
        e.put("history-2025/seed1", "b2bdf82f4ddb104a8f884088d71f20dd");
        e.put("history-2025/seed2", "6c4174ebb244893e2315cbb3c016fe8c");
        e.put("history-2025/seed3", "3015a678a74e1c87f1a291ba76f52188");
        e.put("middle-corridor-reform/seed1", "a003253b33faa498f6fcd1fce99bdd6f");
        e.put("middle-corridor-reform/seed2", "0d1d90897ceaec67e87b9a2bc0985f01");
        e.put("middle-corridor-reform/seed3", "6b30391f235f668abe6acb4032712215");
        e.put("northern-route-disruption/seed1", "98d30ba81ec91094f86b73a7daa99f36");
        e.put("northern-route-disruption/seed2", "e988a3825894462ddd6d42f051045a4d");
        e.put("northern-route-disruption/seed3", "28efb0279a6b91aa79e82258dfd0ee2d");
        e.put("south-caucasus-peace/seed1", "d8691018a98c0501d20b0b403310bf2e");
        e.put("south-caucasus-peace/seed2", "f805324a251fe7bbee3d84b749a80361");
        e.put("south-caucasus-peace/seed3", "be8ef0bdf4c64560094c258decca29d2");
        e.put("tariff-war/seed1", "92b843a60cd6792265b3ceed29c2d71d");
        e.put("tariff-war/seed2", "07f7cf09676305d889d62e381862c224");
        e.put("tariff-war/seed3", "d3a0087952f2087ea4f9f69be7568552");
        e.put("baseline/drawn1", "3ad5d4ee0b7af6ee8dc43bdbddbcadec");
        e.put("baseline/drawn2", "f034eb18db0d37c6412211a6125424e2");
        e.put("baseline/drawn3", "3d0d2bfe1eb33dea261cec94dda9de6d");
        e.put("baseline/drawn4", "de3285ce2e4c1762247aecbe68222e06");
        e.put("adaptive-region/drawn1", "4e40ed9509612480b8f408169518c4cb");
        e.put("adaptive-region/drawn2", "68b6c61a4a1e920af5a1d3f364af9740");
        e.put("adaptive-region/drawn3", "1a392d7d8df5e246024efafaee779970");
        e.put("adaptive-region/drawn4", "990684a12d7f97356fafb43633e4f1ed");
        e.put("south-caucasus-peace/drawn1", "c03e32b37e72620bee5acb6658129edf");
        e.put("south-caucasus-peace/drawn2", "7be3146388d0a0bd30fe96420659b5d4");
        e.put("south-caucasus-peace/drawn3", "ea85851de2976f66abfa21d0ddc16dc6");
        e.put("south-caucasus-peace/drawn4", "ec95d0663c584547eb337a305ffc3276");
        e.put("backcast/routes", "17119dff6d3cb82728f1320f6c5fc602");
        e.put("backcast/whole-model", "43025151b38cc30e423d11fd71ddc124");
        return e;
    }

    @Test
    void everyOutputIsBitIdenticalToTheRecordedModel() throws Exception {
        Map<String, String> actual = new LinkedHashMap<>();
        for (String id : ScenarioLibrary.ids()) {
            Scenario s = ScenarioLibrary.load(id);
            for (long seed = 1; seed <= 3; seed++) {
                actual.put(id + "/seed" + seed, hash(ModelRun.run(s, ParameterSet.defaults(), seed, YEARS)));
            }
        }
        for (String id : new String[] {"baseline", "adaptive-region", "south-caucasus-peace"}) {
            Scenario s = ScenarioLibrary.load(id);
            EnsembleDesign design = EnsembleDesign.of(UncertaintyMode.BOTH, s, ParameterSet.defaults(), 1, REPLICATES);
            for (int r = 1; r <= REPLICATES; r++) {
                actual.put(id + "/drawn" + r, hash(ModelRun.run(s, design.draws(r), design.seed(r), YEARS)));
            }
        }
        Digest backcast = new Digest();
        for (Backcast.Comparison c : Backcast.run()) {
            backcast.text(c.series()).number(c.year()).number(c.observed()).number(c.simulated());
        }
        for (double v : Backcast.middleCorridorWithoutChanges(ParameterSet.defaults())) {
            backcast.number(v);
        }
        actual.put("backcast/routes", backcast.hex());
        Digest whole = new Digest();
        for (WholeModelBackcast.Row row : WholeModelBackcast.run(ParameterSet.defaults(), 2)) {
            whole.text(row.series()).text(row.subject()).number(row.year()).number(row.observed())
                .number(row.simulated()).number(row.naive());
        }
        actual.put("backcast/whole-model", whole.hex());

        StringBuilder table = new StringBuilder();
        actual.forEach((k, v) -> table.append("        e.put(\"").append(k).append("\", \"").append(v).append("\");\n"));
        assertThat(actual).as("fingerprints now:\n" + table).isEqualTo(EXPECTED);
    }

    @Test
    void theLogsNumbersAreWrittenExactlyAsStringFormatWritesThem() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(8);
        java.util.List<Double> values = new java.util.ArrayList<>(java.util.List.of(0.0, -0.0, 1e-3, 0.001, 0.004999,
            0.005, 0.015, 0.125, 0.145, 0.995, 0.9951, 0.99500001, 1.0, 9.995, 99.995, 1e7, 9999999.995, 9999999.999,
            Math.nextDown(1e-3), Math.nextDown(1e7), -0.005, -1.5, 1e-9, 1e300, Double.MIN_VALUE, Double.NaN,
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY));
        for (int i = 0; i <= 200_000; i++) {
            values.add(i / 1000.0);
            values.add(i / 100_000.0);
        }
        for (int i = 0; i < 300_000; i++) {
            values.add(random.nextDouble());
            values.add(random.nextDouble(-2, 2));
            values.add(Math.scalb(random.nextDouble(), random.nextInt(-12, 26)));
        }
        for (double v : values) {
            assertThat(DisputeAgent.fmt(v)).as("%s", v).isEqualTo(String.format(java.util.Locale.ROOT, "%.2f", v));
        }
    }

    private static String hash(RunResult r) {
        Digest d = new Digest();
        d.number(r.steps()).number(r.keys().size());
        for (SeriesKey k : r.keys()) {
            d.text(k.metric()).text(k.subject());
        }
        for (int step = 0; step < r.steps(); step++) {
            for (int k = 0; k < r.keys().size(); k++) {
                d.number(r.value(step, k));
            }
        }
        d.number(r.events().size());
        for (LoggedEvent e : r.events()) {
            d.number(e.step()).text(e.kind()).text(e.subject()).text(e.message()).number(e.scheduled() ? 1 : 0);
        }
        return d.hex();
    }

    /** SHA-256 over the raw bits of numbers and the UTF-8 of texts (each text length-prefixed). */
    private static final class Digest {
        private final MessageDigest sha;

        Digest() {
            try {
                sha = MessageDigest.getInstance("SHA-256");
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        Digest number(double v) {
            long bits = Double.doubleToLongBits(v);
            for (int i = 0; i < 8; i++) {
                sha.update((byte) (bits >>> (8 * i)));
            }
            return this;
        }

        Digest text(String s) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            number(b.length);
            sha.update(b);
            return this;
        }

        String hex() {
            return HexFormat.of().formatHex(sha.digest()).substring(0, 32);
        }
    }
}
