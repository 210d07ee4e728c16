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

    /**
     * Refuses a scenario with an event outside a horizon of {@code years} (steps 0..years*12-1), e.g.
     * {@code file:12: events[3].date: 2046-01 is outside the horizon 2025-01 to 2044-12}.
     */
    public static void checkHorizon(Scenario s, int years, String file) throws ScenarioException {
        int months = years * 12;
        for (int i = 0; i < s.events().size(); i++) {
            ScenarioEvent e = s.events().get(i);
            if (e.step() < 0 || e.step() >= months) {
                throw new ScenarioException(file, e.line(), "events[" + i + "].date", e.date()
                    + " is outside the horizon " + ScenarioEvent.START + " to " + ScenarioEvent.dateOf(months - 1));
            }
        }
    }
}
