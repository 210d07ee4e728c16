package org.cascade.scenario;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.cascade.params.ParameterSet;

/**
 * An immutable, validated scenario: what it is about, its parameter overrides and its dated events.
 *
 * @param id          short name, the file name without ".yaml" (e.g. "baseline")
 * @param years       default horizon in years (1..50)
 * @param sha256      hash of the file's bytes, for provenance ("" when built in code)
 * @param governments levers the scenario's {@code governments:} block hands over one by one (a state's own mode is
 *                    the parameter {@code government.<S>.mode}, under {@link #parameters})
 */
public record Scenario(String id, String title, String description, String lookFor, List<String> sources,
                       int years, ParameterSet parameters, List<ScenarioEvent> events, String sha256,
                       Governments governments) implements Serializable {
    public static final int MIN_YEARS = 1;
    public static final int MAX_YEARS = 50;
    public static final int DEFAULT_YEARS = 20;

    public Scenario {
        Objects.requireNonNull(id);
        title = title == null ? id : title;
        description = description == null ? "" : description;
        lookFor = lookFor == null ? "" : lookFor;
        sources = List.copyOf(sources == null ? List.of() : sources);
        parameters = parameters == null ? ParameterSet.defaults() : parameters;
        events = events == null ? List.of()
            : events.stream().sorted(Comparator.comparingInt(ScenarioEvent::step)).toList();
        sha256 = sha256 == null ? "" : sha256;
        governments = governments == null ? Governments.none() : governments;
        if (years < MIN_YEARS || years > MAX_YEARS) {
            throw new IllegalArgumentException("years must be in [" + MIN_YEARS + ", " + MAX_YEARS + "], got " + years);
        }
    }

    /** A scenario whose levers all follow their state's {@code government.<S>.mode}. */
    public Scenario(String id, String title, String description, String lookFor, List<String> sources, int years,
                    ParameterSet parameters, List<ScenarioEvent> events, String sha256) {
        this(id, title, description, lookFor, sources, years, parameters, events, sha256, Governments.none());
    }

    /** A scenario with no overrides and no events: the model's defaults. */
    public static Scenario defaults() {
        return new Scenario("defaults", "Model defaults", "", "", List.of(), DEFAULT_YEARS, ParameterSet.defaults(),
            List.of(), "");
    }

    /** The events a run of {@code years} applies: those dated before the end of its horizon, in firing order. */
    public List<ScenarioEvent> eventsWithin(int years) {
        if (events.isEmpty() || events.getLast().step() < years * 12) {
            return events; // all of them (sorted by step), as most runs have
        }
        return events.stream().filter(e -> e.step() < years * 12).toList();
    }

    /**
     * The events a run of {@code years} does not reach: those dated at or after the end of its horizon, in date
     * order. A run shorter than the scenario's timeline still runs; these are listed for the user instead.
     */
    public List<ScenarioEvent> eventsNotReached(int years) {
        return events.stream().filter(e -> e.step() >= years * 12).toList();
    }

    public Scenario withParameters(ParameterSet p) {
        return new Scenario(id, title, description, lookFor, sources, years, p, events, sha256, governments);
    }

    public Scenario withEvents(List<ScenarioEvent> e) {
        return new Scenario(id, title, description, lookFor, sources, years, parameters, e, sha256, governments);
    }

    public Scenario withYears(int y) {
        if (y == years) {
            return this;
        }
        return new Scenario(id, title, description, lookFor, sources, y, parameters, events, sha256, governments);
    }
}
