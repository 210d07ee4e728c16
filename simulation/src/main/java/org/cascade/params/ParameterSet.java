package org.cascade.params;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An immutable, validated assignment of values to registry parameters. Unset parameters take their defaults.
 * Every value that enters is checked against the registry (name and range); nothing is clamped.
 */
public final class ParameterSet implements Serializable {
    private static final long serialVersionUID = 1L;

    private static final ParameterSet DEFAULTS = new ParameterSet(Map.of());
    private final Map<String, Double> overrides;

    private ParameterSet(Map<String, Double> overrides) {
        this.overrides = Collections.unmodifiableMap(overrides);
    }

    public static ParameterSet defaults() {
        return DEFAULTS;
    }

    /** Returns a copy with one value changed; throws {@link ParameterException} naming the field and range. */
    public ParameterSet with(String name, double value) {
        check(name, value);
        Map<String, Double> copy = new LinkedHashMap<>(overrides);
        // kept even when equal to the default: over a scenario that sets it, this sets it back
        copy.put(name, value);
        return new ParameterSet(copy);
    }

    /** Returns a copy in which the parameter is no longer set here (it falls back to whatever lies beneath). */
    public ParameterSet without(String name) {
        Map<String, Double> copy = new LinkedHashMap<>(overrides);
        copy.remove(name);
        return new ParameterSet(copy);
    }

    /** Returns a copy with every value of {@code values} set, in their order (as repeated {@link #with} calls). */
    public ParameterSet withAll(Map<String, Double> values) {
        if (values.isEmpty()) {
            return this;
        }
        Map<String, Double> copy = new LinkedHashMap<>(overrides);
        for (Map.Entry<String, Double> e : values.entrySet()) {
            check(e.getKey(), e.getValue());
            copy.put(e.getKey(), e.getValue());
        }
        return new ParameterSet(copy);
    }

    private static void check(String name, double value) {
        String problem = ParameterRegistry.get().require(name).problemWith(value);
        if (!problem.isEmpty()) {
            throw new ParameterException(problem);
        }
    }

    public double get(String name) {
        Double v = overrides.get(name);
        return v != null ? v : ParameterRegistry.get().require(name).defaultValue();
    }

    /**
     * The value of a parameter the registry may not define for every subject (a state's dispute stance exists only
     * for states party to a dispute): {@code absent} when the registry has no such parameter.
     */
    public double getOr(String name, double absent) {
        Double v = overrides.get(name);
        if (v != null) {
            return v;
        }
        return ParameterRegistry.get().find(name).map(Parameter::defaultValue).orElse(absent);
    }

    /** The values set explicitly (including any equal to their default), in the order they were set. */
    public Map<String, Double> overrides() {
        return overrides;
    }

    /** Every parameter with its value, in registry order. */
    public Map<String, Double> all() {
        Map<String, Double> m = new LinkedHashMap<>();
        for (Parameter p : ParameterRegistry.get().all()) {
            m.put(p.name(), get(p.name()));
        }
        return m;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ParameterSet other && overrides.equals(other.overrides);
    }

    @Override
    public int hashCode() {
        return overrides.hashCode();
    }

    @Override
    public String toString() {
        return "ParameterSet" + overrides;
    }
}
