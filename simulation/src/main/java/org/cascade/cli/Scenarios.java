package org.cascade.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import org.cascade.scenario.Scenario;
import org.cascade.scenario.ScenarioException;
import org.cascade.scenario.ScenarioLibrary;
import org.cascade.scenario.ScenarioLoader;

/** Finds a scenario given as a file path or a bundled id. */
final class Scenarios {
    /** A loaded scenario and where it came from (a path, or "bundled:ID"); {@code path} is null unless a file. */
    record Resolved(Scenario scenario, String source, Path path) {
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
                return new Resolved(ScenarioLoader.load(path), path.toString(), path);
            }
            List<String> ids = bundledIds();
            if (ids.contains(arg)) {
                return new Resolved(ScenarioLibrary.load(arg), "bundled:" + arg, null);
            }
            if (BUILT_IN_DEFAULTS.equals(arg)) {
                return new Resolved(Scenario.defaults(), "built-in:" + arg, null);
            }
            if (path != null && Files.isDirectory(path)) {
                throw new CliException("--scenario " + arg + ": is a directory; give a scenario file (.yaml) or a "
                    + "bundled id" + idList(ids));
            }
            if (path != null && looksLikeAFile(arg, path)) {
                ScenarioLoader.load(path); // says why it cannot be read: no such file, symlink loop, not a regular file
            }
            throw new CliException("--scenario " + arg + ": no such file, and no bundled scenario has that id"
                + idList(ids));
        } catch (ScenarioException e) {
            throw new CliException(e.getMessage());
        }
    }

    /** A path that exists (even as a broken link), or has a directory part or a .yaml/.yml ending. */
    private static boolean looksLikeAFile(String arg, Path path) {
        String lower = arg.toLowerCase(java.util.Locale.ROOT);
        return Files.exists(path, LinkOption.NOFOLLOW_LINKS) || path.getParent() != null
            || lower.endsWith(".yaml") || lower.endsWith(".yml");
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
