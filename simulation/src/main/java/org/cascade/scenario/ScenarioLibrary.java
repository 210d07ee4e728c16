package org.cascade.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.cascade.params.Suggest;

/**
 * The scenario library shipped in {@code scenarios/} and bundled in the jar under {@code org/cascade/scenarios/}.
 * The list of scenarios is {@code scenarios/library.txt} (one id per line, '#' starts a comment), bundled next to
 * the YAML files; a test checks that it names exactly the YAML files in the folder.
 */
public final class ScenarioLibrary {
    /** Classpath folder of the bundled scenarios. */
    public static final String RESOURCE_DIR = "/org/cascade/scenarios/";
    /** The index file, in the folder above. */
    public static final String INDEX = "library.txt";
    /** The scenario listed first. */
    public static final String BASELINE = "baseline";

    private ScenarioLibrary() {
    }

    /** Ids of the bundled scenarios, "baseline" first, then alphabetical. */
    public static List<String> ids() {
        List<String> ids = new ArrayList<>(listed());
        ids.sort(Comparator.comparing((String id) -> !id.equals(BASELINE)).thenComparing(Comparator.naturalOrder()));
        return List.copyOf(ids);
    }

    /** Loads a bundled scenario by id (e.g. "baseline"). */
    public static Scenario load(String id) throws ScenarioException {
        List<String> ids = ids();
        String name = "scenarios/" + id + ".yaml";
        if (!ids.contains(id)) {
            throw new ScenarioException(name, 0, "", "no bundled scenario '" + id + "'"
                + Suggest.nearest(id, ids).map(s -> "; did you mean '" + s + "'?").orElse("")
                + "; bundled: " + String.join(", ", ids));
        }
        try (InputStream in = ScenarioLibrary.class.getResourceAsStream(RESOURCE_DIR + id + ".yaml")) {
            if (in == null) {
                throw new ScenarioException(name, 0, "", "listed in " + INDEX + " but missing from the jar");
            }
            // bounded like a file: parse refuses more than MAX_FILE_BYTES
            return ScenarioLoader.parse(name, in.readNBytes(ScenarioLoader.MAX_FILE_BYTES + 1));
        } catch (IOException e) {
            throw new ScenarioException(name, 0, "", "cannot read the bundled file: " + e.getMessage());
        }
    }

    /** All bundled scenarios, loaded, in the order of {@link #ids()}. */
    public static List<Scenario> all() throws ScenarioException {
        List<Scenario> out = new ArrayList<>();
        for (String id : ids()) {
            out.add(load(id));
        }
        return List.copyOf(out);
    }

    /** The ids in library.txt, in file order, without blank lines and comments. */
    static List<String> listed() {
        try (InputStream in = ScenarioLibrary.class.getResourceAsStream(RESOURCE_DIR + INDEX)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE_DIR + INDEX + " is missing from the classpath");
            }
            return parseIndex(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> parseIndex(String text) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\\R")) {
            int hash = line.indexOf('#');
            String id = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (!id.isEmpty() && !out.contains(id)) {
                out.add(id);
            }
        }
        return out;
    }
}
