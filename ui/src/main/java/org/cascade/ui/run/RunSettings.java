package org.cascade.ui.run;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cascade.params.ParameterSet;
import org.cascade.scenario.Scenario;

/**
 * What a person chose on the explore page: scenario, changed parameters (already validated), seed, horizon,
 * speed and the pairs shown in the trade chart. Kept per browser session so a reload keeps them.
 */
public final class RunSettings {
    public static final List<String> DEFAULT_PAIRS = List.of("KZ-UZ", "KZ-AZ", "KG-TJ", "AZ-AM");
    /** Months per second; 0 means full speed. */
    public static final int FULL_SPEED = 0;
    /** A 20-year run unfolds in four seconds: slow enough to watch, quick enough not to wait for. */
    public static final int DEFAULT_SPEED = 60;
    /** The speeds a person can pick, in months per second. */
    public static final List<Integer> SPEEDS = List.of(FULL_SPEED, 1, 3, 6, 12, 24, 60, 120);

    /** Seconds a human lever waits for the person at the page before the default rule decides. */
    public static final int DEFAULT_DECISION_SECONDS = 60;
    /** The deadlines a link may ask for, in seconds. */
    public static final int MIN_DECISION_SECONDS = 1;
    public static final int MAX_DECISION_SECONDS = 3600;

    private String scenarioId = "baseline";
    private ParameterSet overrides = ParameterSet.defaults();
    private long seed = 1;
    private int years = Scenario.DEFAULT_YEARS;
    private int speed = DEFAULT_SPEED;
    private List<String> pairs = DEFAULT_PAIRS;
    private Set<String> kept = Set.of();
    private String language = "";
    private int decisionSeconds = DEFAULT_DECISION_SECONDS;

    public String scenarioId() {
        return scenarioId;
    }

    public void scenarioId(String id) {
        this.scenarioId = id;
    }

    public ParameterSet overrides() {
        return overrides;
    }

    public void overrides(ParameterSet p) {
        this.overrides = p;
    }

    public long seed() {
        return seed;
    }

    public void seed(long s) {
        this.seed = s;
    }

    public int years() {
        return years;
    }

    public void years(int y) {
        this.years = y;
    }

    public int speed() {
        return speed;
    }

    public void speed(int s) {
        this.speed = s;
    }

    public List<String> pairs() {
        return pairs;
    }

    public void pairs(List<String> p) {
        this.pairs = List.copyOf(p);
    }

    /** Parameters whose page value holds for the whole run: the scenario's dated sets of them are left out. */
    public Set<String> kept() {
        return kept;
    }

    public void kept(Set<String> k) {
        this.kept = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(k));
    }

    /** The language a link asked for ("en", "ru"), or empty for the browser's. */
    public String language() {
        return language;
    }

    public void language(String l) {
        this.language = l == null ? "" : l;
    }

    /** Seconds a human lever waits for an answer before the default rule decides. */
    public int decisionSeconds() {
        return decisionSeconds;
    }

    public void decisionSeconds(int seconds) {
        if (seconds < MIN_DECISION_SECONDS || seconds > MAX_DECISION_SECONDS) {
            throw new IllegalArgumentException("decision deadline must be in [" + MIN_DECISION_SECONDS + ", "
                + MAX_DECISION_SECONDS + "] seconds, got " + seconds);
        }
        this.decisionSeconds = seconds;
    }

    public RunSettings copy() {
        RunSettings c = new RunSettings();
        c.scenarioId = scenarioId;
        c.overrides = overrides;
        c.seed = seed;
        c.years = years;
        c.speed = speed;
        c.pairs = pairs;
        c.kept = kept;
        c.language = language;
        c.decisionSeconds = decisionSeconds;
        return c;
    }

    public Map<String, Double> overrideMap() {
        return new LinkedHashMap<>(overrides.overrides());
    }
}
