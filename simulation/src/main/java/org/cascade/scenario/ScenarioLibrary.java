package org.cascade.scenario;

import java.util.List;

/**
 * The scenario library shipped in {@code scenarios/} (and bundled in the jar under org/cascade/scenarios/).
 * Contract; the implementation is being written on branch "scenarios".
 */
public final class ScenarioLibrary {
    private ScenarioLibrary() {
    }

    /** Ids of the bundled scenarios, "baseline" first, then alphabetical. */
    public static List<String> ids() {
        return List.of();
    }

    /** Loads a bundled scenario by id (e.g. "baseline"). */
    public static Scenario load(String id) throws ScenarioException {
        throw new ScenarioException(id + ".yaml", 0, "", "the scenario library is not implemented yet");
    }

    /** All bundled scenarios, loaded. */
    public static List<Scenario> all() throws ScenarioException {
        return List.of();
    }
}
