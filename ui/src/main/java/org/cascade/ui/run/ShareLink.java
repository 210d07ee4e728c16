package org.cascade.ui.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.cascade.params.Parameter;
import org.cascade.params.ParameterException;
import org.cascade.params.ParameterRegistry;
import org.cascade.params.ParameterSet;
import org.cascade.scenario.Scenario;

/**
 * The address-bar form of a run: {@code ?scenario=baseline&seed=7&years=20&p.trade.elasticity=5}, with
 * {@code keep=NAME,NAME} for the parameters whose value holds over the scenario's dated sets and {@code lang=ru}
 * for the page's language and {@code deadline=SECONDS} for how long a human lever waits for the person.
 * Parsing never throws: whatever cannot be used is left out and named in {@link Parsed#ignored()}.
 */
public final class ShareLink {
    public static final String PARAM_PREFIX = "p.";
    /** The languages a link may ask for. */
    public static final List<String> LANGUAGES = List.of("en", "ru");

    private ShareLink() {
    }

    /** What a link asked for, and a sentence for each part that was ignored and why. */
    public record Parsed(RunSettings settings, List<String> ignored) {
    }

    public static Map<String, String> toQuery(RunSettings s) {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("scenario", s.scenarioId());
        q.put("seed", Long.toString(s.seed()));
        q.put("years", Integer.toString(s.years()));
        for (Map.Entry<String, Double> e : s.overrides().overrides().entrySet()) {
            q.put(PARAM_PREFIX + e.getKey(), Parameter.format(e.getValue()));
        }
        if (s.speed() != RunSettings.DEFAULT_SPEED) {
            q.put("speed", Integer.toString(s.speed()));
        }
        if (!s.kept().isEmpty()) {
            q.put("keep", String.join(",", s.kept()));
        }
        if (s.decisionSeconds() != RunSettings.DEFAULT_DECISION_SECONDS) {
            q.put("deadline", Integer.toString(s.decisionSeconds()));
        }
        if (!s.language().isEmpty()) {
            q.put("lang", s.language());
        }
        return q;
    }

    /**
     * @param query        the link's parameters (first value of each)
     * @param base         settings to start from (the session's)
     * @param knownScenario which scenario ids exist
     */
    public static Parsed parse(Map<String, String> query, RunSettings base, Predicate<String> knownScenario) {
        RunSettings s = base.copy();
        List<String> ignored = new ArrayList<>();
        boolean anyParam = query.keySet().stream().anyMatch(k -> k.startsWith(PARAM_PREFIX));
        if (anyParam || query.containsKey("scenario")) {
            s.overrides(ParameterSet.defaults()); // a link states the whole run
            s.kept(java.util.Set.of());
        }
        for (Map.Entry<String, String> e : query.entrySet()) {
            String key = e.getKey();
            String raw = e.getValue() == null ? "" : e.getValue().trim();
            switch (key) {
                case "scenario" -> {
                    if (knownScenario.test(raw)) {
                        s.scenarioId(raw);
                    } else {
                        ignored.add("scenario '" + raw + "': no such scenario");
                    }
                }
                case "seed" -> {
                    try {
                        long v = Long.parseLong(raw);
                        if (!org.cascade.run.Seeds.valid(v)) {
                            ignored.add("seed '" + raw + "': allowed " + org.cascade.run.Seeds.RANGE);
                        } else {
                            s.seed(v);
                        }
                    } catch (NumberFormatException ex) {
                        ignored.add("seed '" + raw + "': not a whole number");
                    }
                }
                case "years" -> {
                    try {
                        int v = Integer.parseInt(raw);
                        if (v < Scenario.MIN_YEARS || v > Scenario.MAX_YEARS) {
                            ignored.add("years '" + raw + "': allowed [" + Scenario.MIN_YEARS + ", "
                                + Scenario.MAX_YEARS + "]");
                        } else {
                            s.years(v);
                        }
                    } catch (NumberFormatException ex) {
                        ignored.add("years '" + raw + "': not a whole number in [1, 50]");
                    }
                }
                case "speed" -> {
                    try {
                        int v = Integer.parseInt(raw);
                        if (RunSettings.SPEEDS.contains(v)) {
                            s.speed(v);
                        } else {
                            ignored.add("speed '" + raw + "': months per second, one of " + RunSettings.SPEEDS
                                + " (0 for full speed)");
                        }
                    } catch (NumberFormatException ex) {
                        ignored.add("speed '" + raw + "': not a whole number");
                    }
                }
                case "deadline" -> {
                    try {
                        int v = Integer.parseInt(raw);
                        if (v < RunSettings.MIN_DECISION_SECONDS || v > RunSettings.MAX_DECISION_SECONDS) {
                            ignored.add("deadline '" + raw + "': seconds in [" + RunSettings.MIN_DECISION_SECONDS + ", "
                                + RunSettings.MAX_DECISION_SECONDS + "]");
                        } else {
                            s.decisionSeconds(v);
                        }
                    } catch (NumberFormatException ex) {
                        ignored.add("deadline '" + raw + "': not a whole number of seconds");
                    }
                }
                case "lang" -> {
                    if (LANGUAGES.contains(raw)) {
                        s.language(raw);
                    } else {
                        ignored.add("lang '" + raw + "': not a language of the explorer (" + String.join(", ", LANGUAGES)
                            + ")");
                    }
                }
                case "keep" -> {
                    java.util.Set<String> kept = new java.util.LinkedHashSet<>();
                    for (String name : raw.split(",")) {
                        if (ParameterRegistry.get().find(name.trim()).isPresent()) {
                            kept.add(name.trim());
                        } else if (!name.isBlank()) {
                            ignored.add("keep '" + name.trim() + "': no such parameter");
                        }
                    }
                    s.kept(kept);
                }
                default -> {
                    if (!key.startsWith(PARAM_PREFIX)) {
                        ignored.add("'" + key + "': not a link parameter (use scenario, seed, years, p.NAME, keep, "
                            + "speed, deadline, lang)");
                        continue;
                    }
                    String name = key.substring(PARAM_PREFIX.length());
                    if (ParameterRegistry.get().find(name).isEmpty()) {
                        ignored.add("'" + name + "': no such parameter");
                        continue;
                    }
                    double v;
                    try {
                        v = Double.parseDouble(raw);
                    } catch (NumberFormatException ex) {
                        Parameter p = ParameterRegistry.get().find(name).orElseThrow();
                        ignored.add("'" + name + "' = '" + raw + "': not a number; allowed " + p.range());
                        continue;
                    }
                    try {
                        s.overrides(s.overrides().with(name, v));
                    } catch (ParameterException ex) {
                        ignored.add(ex.getMessage());
                    }
                }
            }
        }
        return new Parsed(s, List.copyOf(ignored));
    }
}
