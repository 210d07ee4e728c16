package org.cascade.scenario;

import java.nio.file.Path;

/**
 * Reads and validates scenario files (YAML). Contract; the implementation is being written on branch "scenarios".
 */
public final class ScenarioLoader {
    private ScenarioLoader() {
    }

    /** Loads a file; the scenario id is the file name without ".yaml". */
    public static Scenario load(Path file) throws ScenarioException {
        throw new ScenarioException(file.toString(), 0, "", "scenario loading is not implemented yet");
    }

    /** Parses YAML text; {@code name} is used in messages and as the id (without ".yaml"). */
    public static Scenario parse(String name, String yaml) throws ScenarioException {
        throw new ScenarioException(name, 0, "", "scenario loading is not implemented yet");
    }
}
