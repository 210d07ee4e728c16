package org.cascade.run.output;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cascade.params.ParameterSet;
import org.cascade.run.EnsembleDesign;
import org.cascade.scenario.Scenario;

/**
 * Everything needed to reproduce a run or an ensemble: written as JSON by {@link ProvenanceJson}.
 *
 * @param scenario            the scenario as loaded (its own parameter overrides, id, title, sha256)
 * @param scenarioSource      where it came from: a file path, or "bundled:ID"
 * @param commandLine         the values set on the command line (or in the UI), applied over the scenario's;
 *                            kept as a map so a value equal to the default still counts as set
 * @param seed                the run's seed; for an ensemble, the master seed
 * @param years               horizon in years
 * @param ensemble            what the replicates ran with (seeds, uncertainty mode, parameter draws); null for a single run
 * @param runAt               when the run started
 * @param args                the command-line arguments (empty when not run from the CLI)
 * @param outputs             output kind to file name, e.g. "series" to "baseline-seed1.csv"
 * @param setIn               who set the {@code commandLine} values, as "set_by" names it: {@link #COMMAND_LINE} or
 *                            {@link #WEB} (the web explorer)
 */
public record Provenance(Scenario scenario, String scenarioSource, Map<String, Double> commandLine, long seed,
                         int years, EnsembleDesign ensemble, Instant runAt, List<String> args,
                         Map<String, String> outputs, String setIn) {
    public static final String COMMAND_LINE = "command_line";
    public static final String WEB = "web";

    public Provenance {
        Objects.requireNonNull(scenario);
        scenarioSource = scenarioSource == null ? "" : scenarioSource;
        commandLine = Map.copyOf(commandLine == null ? Map.of() : commandLine);
        runAt = runAt == null ? Instant.now() : runAt;
        args = List.copyOf(args == null ? List.of() : args);
        outputs = outputs == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(outputs));
        setIn = setIn == null ? COMMAND_LINE : setIn;
    }

    /** A run from the command line. */
    public Provenance(Scenario scenario, String scenarioSource, Map<String, Double> commandLine, long seed,
                      int years, EnsembleDesign ensemble, Instant runAt, List<String> args,
                      Map<String, String> outputs) {
        this(scenario, scenarioSource, commandLine, seed, years, ensemble, runAt, args, outputs, COMMAND_LINE);
    }

    /** The parameters the model ran with: the scenario's, with the command line's on top. */
    public ParameterSet effectiveParameters() {
        return scenario.parameters().withAll(new LinkedHashMap<>(commandLine));
    }

    /** Who set a parameter: {@link #setIn()}, "scenario", "drawn" (per replicate, by the ensemble) or "default". */
    public String setBy(String name) {
        if (commandLine.containsKey(name)) {
            return setIn;
        }
        if (scenario.parameters().overrides().containsKey(name)) {
            return "scenario";
        }
        return ensemble != null && ensemble.isDrawn(name) ? "drawn" : "default";
    }

    /** Number of months simulated ({@code years * 12}); the outputs hold steps 0..months. */
    public int months() {
        return years * 12;
    }
}
