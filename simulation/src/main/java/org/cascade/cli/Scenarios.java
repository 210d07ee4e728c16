package org.cascade.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import org.cascade.scenario.Scenario;
import org.cascade.scenario.ScenarioException;
import org.cascade.scenario.ScenarioLibrary;
import org.cascade.scenario.ScenarioLoader;

/** Finds a scenario given as a file path or a bundled id. */
final class Scenarios {
    /** A loaded scenario and where it came from (a path, or "bundled:ID"). */
    record Resolved(Scenario scenario, String source) {
    }

    /** Id of the built-in scenario with the model's defaults and no events (a bundled file of that id wins). */
    static final String BUILT_IN_DEFAULTS = "defaults";

    private Scenarios() {
    }

    static Resolved resolve(String arg) throws CliException {
        Path path = null;
        try {
            path = Path.of(arg);
        } catch (InvalidPathException e) {
            // not a usable path: may still be an id
        }
        try {
            if (path != null && Files.isRegularFile(path)) {
                return new Resolved(ScenarioLoader.load(path), path.toString());
            }
            List<String> ids = bundledIds();
            if (ids.contains(arg)) {
                return new Resolved(ScenarioLibrary.load(arg), "bundled:" + arg);
            }
            if (BUILT_IN_DEFAULTS.equals(arg)) {
                return new Resolved(Scenario.defaults(), "built-in:" + arg);
            }
            if (path != null && Files.isDirectory(path)) {
                throw new CliException("--scenario " + arg + ": is a directory; give a scenario file (.yaml) or a "
                    + "bundled id" + idList(ids));
            }
            throw new CliException("--scenario " + arg + ": no such file, and no bundled scenario has that id"
                + idList(ids));
        } catch (ScenarioException e) {
            throw new CliException(e.getMessage());
        }
    }

    static List<String> bundledIds() {
        try {
            return ScenarioLibrary.ids();
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    private static String idList(List<String> ids) {
        return " (bundled: " + String.join(", ", ids) + (ids.isEmpty() ? "" : ", ") + BUILT_IN_DEFAULTS + ")";
    }
}
