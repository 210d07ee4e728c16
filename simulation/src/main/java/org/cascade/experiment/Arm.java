package org.cascade.experiment;

import java.util.Map;
import java.util.Objects;
import org.cascade.params.ParameterSet;
import org.cascade.scenario.Scenario;

/**
 * One arm of an experiment: a scenario with parameter overrides.
 *
 * @param name      short name used in outputs (letters, digits, '-', '_')
 * @param source    where the scenario came from ("bundled:baseline", a path, "built-in:defaults")
 * @param scenario  the loaded scenario
 * @param overrides the arm's parameter values over the scenario's, in the order given
 */
public record Arm(String name, String source, Scenario scenario, Map<String, Double> overrides) implements java.io.Serializable {
    public Arm {
        Objects.requireNonNull(name);
        Objects.requireNonNull(source);
        Objects.requireNonNull(scenario);
        overrides = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(overrides));
    }

    /** The overrides as a validated parameter set (over the defaults). */
    public ParameterSet overrideSet() {
        return ParameterSet.defaults().withAll(overrides);
    }

    /** True when the scenario or the arm sets the parameter (so it is never drawn for this arm). */
    public boolean sets(String parameter) {
        return overrides.containsKey(parameter) || scenario.parameters().overrides().containsKey(parameter);
    }
}
