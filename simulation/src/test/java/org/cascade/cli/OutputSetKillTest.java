package org.cascade.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.cascade.run.output.AtomicOutputs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a CLI run in a child JVM at every step of writing its output set over an existing one (the writer's test
 * hook {@link AtomicOutputs#PAUSE_PROPERTY} stops it before each step), then checks what is on disk: before the
 * commit point the old set is whole; after the new manifest is in place the new set is whole; in between there is
 * no manifest (the set does not claim to be whole) and every file present is a complete file of one of the two
 * runs. The next run, to another file in the same directory, completes or removes what the killed run left.
 */
class OutputSetKillTest {
    private static final List<String> STEPS = List.of("write set.csv", "write set-events.csv", "write set.json",
        "write set.sha256", "commit", "old manifest removed", "moved set.csv", "moved set-events.csv",
        "moved set.json", "moved set.sha256");
    private static final List<String> FILES = List.of("set.csv", "set-events.csv", "set.json");
    private static final int COMMIT = STEPS.indexOf("commit");
    private static final int MANIFEST_MOVED = STEPS.indexOf("moved set.sha256");

    @TempDir
    Path root;

    @Test
    void killedAtAnyStepLeavesTheOldOrTheNewSetOrNoManifestAndTheNextRunRepairs() throws Exception {
        for (int k = 0; k < STEPS.size(); k++) {
            Path dir = Files.createDirectory(root.resolve("kill" + k));
            Path csv = dir.resolve("set.csv");
            CascadeCliTest.Result old = CascadeCliTest.cli("run", "--scenario", "defaults", "--years", "1", "--seed", "1",
                "--out", csv.toString());
            assertThat(old.code()).as(old.err()).isZero();
            Map<String, String> oldHashes = checkWholeSet(dir, 1);

            List<String> seen = runAndKillAt(k, csv);
            assertThat(seen).as("pauses before the kill").isEqualTo(STEPS.subList(0, k + 1));

            String step = STEPS.get(k);
            Path manifest = dir.resolve("set.sha256");
            if (k <= COMMIT) {
                assertThat(checkWholeSet(dir, 1)).as("killed at '%s': the old set", step).isEqualTo(oldHashes);
            } else if (k == MANIFEST_MOVED) {
                checkWholeSet(dir, 2);
            } else {
                assertThat(manifest).as("killed at '%s': no manifest while files are replaced", step).doesNotExist();
                Map<String, String> newHashes = stagedManifest(dir);
                for (String f : FILES) {
                    assertThat(List.of(oldHashes.get(f), newHashes.get(f))).as("killed at '%s': %s is whole", step, f)
                        .contains(sha256(dir.resolve(f)));
                }
            }

            // The next run (another set in the same directory) repairs: the killed run's set is the old one if it was
            // killed before the commit point, else the new one, and no work directory is left.
            CascadeCliTest.Result next = CascadeCliTest.cli("run", "--scenario", "defaults", "--years", "1", "--seed",
                "3", "--out", dir.resolve("other.csv").toString());
            assertThat(next.code()).as(next.err()).isZero();
            checkWholeSet(dir, k <= COMMIT ? 1 : 2);
            try (Stream<Path> files = Files.list(dir)) {
                assertThat(files.map(p -> p.getFileName().toString())).as("after the kill at '%s'", step)
                    .containsExactlyInAnyOrder("set.csv", "set-events.csv", "set.json", "set.sha256",
                        "other.csv", "other-events.csv", "other.json", "other.sha256");
            }
        }
    }

    @Test
    void aRunStoppedByTermDeletesItsStagingDirectory() throws Exception {
        Path csv = root.resolve("set.csv");
        CascadeCliTest.Result old = CascadeCliTest.cli("run", "--scenario", "defaults", "--years", "1", "--seed", "1",
            "--out", csv.toString());
        assertThat(old.code()).as(old.err()).isZero();
        int k = STEPS.indexOf("write set.json");
        assertThat(runAndKillAt(k, csv, false)).isEqualTo(STEPS.subList(0, k + 1));
        checkWholeSet(root, 1);
        try (Stream<Path> files = Files.list(root)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                .containsExactlyInAnyOrder("set.csv", "set-events.csv", "set.json", "set.sha256");
        }
    }

    private static List<String> runAndKillAt(int k, Path csv) throws Exception {
        return runAndKillAt(k, csv, true);
    }

    /**
     * Starts the CLI in a child JVM writing seed 2 over {@code csv}, lets it pass k pauses and, at pause k, kills it
     * (SIGKILL when {@code forcibly}, else SIGTERM) and waits for it to end.
     */
    private static List<String> runAndKillAt(int k, Path csv, boolean forcibly) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder pb = new ProcessBuilder(java.toString(), "-Xmx256m", "-D" + AtomicOutputs.PAUSE_PROPERTY + "=true",
            "-cp", System.getProperty("java.class.path"), CascadeCli.class.getName(),
            "run", "--scenario", "defaults", "--years", "1", "--seed", "2", "--out", csv.toString());
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        List<String> pauses = new ArrayList<>();
        StringBuilder other = new StringBuilder();
        try (BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8));
             OutputStream in = p.getOutputStream()) {
            String line;
            while ((line = err.readLine()) != null) {
                if (!line.startsWith("cascade-pause: ")) {
                    other.append(line).append('\n');
                    continue;
                }
                pauses.add(line.substring("cascade-pause: ".length()));
                if (pauses.size() == k + 1) {
                    if (forcibly) {
                        p.destroyForcibly();
                    } else {
                        p.destroy();
                    }
                    // stdin stays open until the child has ended, so it cannot go on past the pause
                    if (!p.waitFor(60, TimeUnit.SECONDS)) {
                        throw new AssertionError("the child did not end within 60 s of the kill");
                    }
                    break;
                }
                in.write('\n');
                in.flush();
            }
        } finally {
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("the child did not end within 60 s of the kill");
            }
        }
        assertThat(pauses.size()).as("the child stopped early: %s", other).isEqualTo(k + 1);
        return pauses;
    }

    /**
     * Checks that {@code dir} holds a whole set: the manifest lists exactly the three files, each matches its hash,
     * and the CSVs and the provenance all come from the run with {@code seed}. Returns the manifest.
     */
    static Map<String, String> checkWholeSet(Path dir, long seed) throws Exception {
        Map<String, String> hashes = parseManifest(Files.readString(dir.resolve("set.sha256")));
        assertThat(hashes.keySet()).containsExactlyElementsOf(FILES);
        for (Map.Entry<String, String> e : hashes.entrySet()) {
            assertThat(sha256(dir.resolve(e.getKey()))).as(e.getKey()).isEqualTo(e.getValue());
        }
        List<String> rows = Files.readAllLines(dir.resolve("set.csv"));
        assertThat(rows.get(1)).startsWith("defaults," + seed + ",0,2025-01,");
        assertThat(rows.get(rows.size() - 1)).startsWith("defaults," + seed + ",12,2026-01,");
        List<String> events = Files.readAllLines(dir.resolve("set-events.csv"));
        assertThat(events.get(0)).isEqualTo("scenario,seed,step,date,kind,subject,scheduled,message");
        for (String event : events.subList(1, events.size())) {
            assertThat(event).startsWith("defaults," + seed + ",");
        }
        String json = Files.readString(dir.resolve("set.json"));
        assertThat(json).contains("\"seed\": " + seed + ",", "\"series_csv\": \"set.csv\"").endsWith("}\n");
        return hashes;
    }

    /** The manifest inside the commit directory of the killed run. */
    private static Map<String, String> stagedManifest(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            Path work = s.filter(p -> p.getFileName().toString().startsWith(".set.sha256.cascade-commit-")).findFirst()
                .orElseThrow(() -> new AssertionError("no commit directory in " + dir));
            return parseManifest(Files.readString(work.resolve("set.sha256")));
        }
    }

    private static Map<String, String> parseManifest(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = Pattern.compile("(?m)^([0-9a-f]{64})  (\\S+)$").matcher(text);
        while (m.find()) {
            out.put(m.group(2), m.group(1));
        }
        assertThat(text.lines().count()).as(text).isEqualTo(out.size());
        return out;
    }

    static String sha256(Path f) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
    }
}
