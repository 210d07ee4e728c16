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
    /**
     * Every parameter's value in registry order, built on the first read: a run reads hundreds of them when it starts,
     * and a read by position costs no map look-up (nor, for the JIT, the code of one at every read).
     */
    private transient volatile double[] values;

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

    /**
     * Returns a copy with every value set in {@code over} set on top, in its order: what {@code withAll(over.overrides())}
     * gives, without checking the values again (a set holds only checked ones). Over an empty set, {@code over} itself.
     */
    public ParameterSet withAll(ParameterSet over) {
        if (over.overrides.isEmpty()) {
            return this;
        }
        if (overrides.isEmpty()) {
            return over;
        }
        Map<String, Double> copy = new LinkedHashMap<>(overrides);
        copy.putAll(over.overrides);
        return new ParameterSet(copy);
    }

    private static void check(String name, double value) {
        String problem = ParameterRegistry.get().require(name).problemWith(value);
        if (!problem.isEmpty()) {
            throw new ParameterException(problem);
        }
    }

    public double get(String name) {
        int i = ParameterRegistry.get().position(name);
        if (i < 0) {
            ParameterRegistry.get().require(name); // throws, naming the parameter and the nearest one
        }
        return values()[i];
    }

    /**
     * The value at a registry position ({@link ParameterRegistry#position}): for code that reads many parameters
     * every run, with the positions looked up once.
     */
    public double get(int position) {
        return values()[position];
    }

    /**
     * The value of a parameter the registry may not define for every subject (a state's dispute stance exists only
     * for states party to a dispute): {@code absent} when the registry has no such parameter.
     */
    public double getOr(String name, double absent) {
        int i = ParameterRegistry.get().position(name);
        return i < 0 ? absent : values()[i];
    }

    private double[] values() {
        double[] v = values;
        if (v == null) {
            ParameterRegistry registry = ParameterRegistry.get();
            v = registry.defaultValues();
            for (Map.Entry<String, Double> e : overrides.entrySet()) {
                int i = registry.position(e.getKey());
                if (i >= 0) { // a name from an older registry, in a checkpoint, is not a parameter any more
                    v[i] = e.getValue();
                }
            }
            values = v;
        }
        return v;
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
