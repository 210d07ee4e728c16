package org.cascade.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cascade.params.Parameter;
import org.cascade.params.ParameterRegistry;
import org.cascade.params.ParameterSet;
import org.cascade.results.RunResult;
import org.cascade.run.ModelRun;
import org.cascade.scenario.Scenario;
import org.cascade.scenario.ScenarioException;
import org.cascade.scenario.ScenarioLibrary;
import org.cascade.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * Keeps dead levers from coming back: moving any registry parameter from its default to its minimum or its maximum
 * changes some output of a scenario that exercises it. The baseline exercises almost every parameter; those it
 * leaves idle (clash costs where no clash happens, the cable's cost cut while the cable is not built, the potential
 * of AZ-AM trade while that border stays shut, a closed
 * pipeline's tariff, the settled Uzbek borders) are listed with the scenario that moves them.
 */
class EveryParameterMattersTest {
    private static final int YEARS = 20;
    private static final long[] SEEDS = {1, 2, 3};
    private final Map<String, RunResult> atDefaults = new HashMap<>();

    /** Parameters the baseline leaves idle, and the scenario (bundled, or under test resources exercise/) that moves them. */
    private static final Map<String, String> EXERCISED_BY = Map.ofEntries(
        Map.entry("trade.digital_cost_cut", "connectivity-push"),
        Map.entry("trade.new_pair_potential", "south-caucasus-peace"),
        Map.entry("travel.visa_elasticity", "connectivity-push"),
        Map.entry("travel.link_elasticity", "connectivity-push"),
        Map.entry("dispute.closure_months", "fergana-relapse"),
        Map.entry("dispute.clash_gdp_cost", "fergana-relapse"),
        Map.entry("dispute.clash_progress_loss", "fergana-relapse"),
        Map.entry("trust.clash_loss", "fergana-relapse"),
        // KG-TJ settles within about a year in most baseline runs, and AM attends no summit: the summit memory acts
        // on negotiation only, so it shows where KG-TJ has to negotiate again after its treaty is contested
        Map.entry("diplomacy.summit_memory_months", "fergana-relapse"),
        Map.entry("route.baku-supsa.tariff", "exercise/baku-supsa-open.yaml"),
        Map.entry("route.baku-supsa.transit_days", "exercise/baku-supsa-open.yaml"),
        Map.entry("dispute.settled_clash_factor", "exercise/uzbek-borders-reopen.yaml"),
        Map.entry("policy.UZ.political_will", "exercise/uzbek-borders-reopen.yaml"),
        Map.entry("policy.UZ.stance", "exercise/uzbek-borders-reopen.yaml"),
        // adaptive-region already turns the outside powers on: tariff-war, where they are off, shows the switch
        Map.entry("outside.mode", "tariff-war"),
        // no scripted state promotes investment beyond 2024: the adaptive governments weigh the pull of promotion
        Map.entry("invest.promotion_weight", "adaptive-region"),
        // in adaptive-region a grievance is rare (government.grievance_threshold): the memory of hostility shows where
        // a partner's hike opens one
        Map.entry("government.memory", "tariff-war"),
        // adaptive-region has no move large enough (government.grievance_threshold) to be answered at the visas
        Map.entry("government.KZ.partner_visa.mode", "exercise/visa-answers.yaml"),
        Map.entry("government.UZ.partner_visa.mode", "exercise/visa-answers.yaml"),
        Map.entry("government.KG.partner_visa.mode", "exercise/visa-answers.yaml"),
        Map.entry("government.TJ.partner_visa.mode", "exercise/visa-answers.yaml"),
        Map.entry("government.TM.partner_visa.mode", "exercise/visa-answers.yaml"),
        Map.entry("government.AZ.partner_visa.mode", "exercise/visa-answers.yaml"),
        Map.entry("government.AM.partner_visa.mode", "exercise/visa-answers.yaml"));

    @Test
    void movingAnyParameterToAnEndOfItsRangeChangesSomeOutput() throws Exception {
        List<String> dead = new ArrayList<>();
        for (Parameter p : ParameterRegistry.get().all()) {
            Scenario scenario = scenario(EXERCISED_BY.getOrDefault(p.name(), governing(p.name()) ? "adaptive-region" : "baseline"));
            boolean matters = false;
            for (double value : new double[] {p.min(), p.max()}) {
                if (value == p.defaultValue() || matters) {
                    continue;
                }
                for (long seed : SEEDS) {
                    RunResult atDefault = atDefaults.computeIfAbsent(scenario.id() + "/" + seed,
                        key -> ModelRun.run(scenario, ParameterSet.defaults(), seed, YEARS));
                    RunResult moved = ModelRun.run(scenario, ParameterSet.defaults().with(p.name(), value), seed, YEARS);
                    if (differ(atDefault, moved)) {
                        matters = true;
                        break;
                    }
                }
            }
            if (!matters) {
                dead.add(p.name() + " (in " + scenario.id() + ")");
            }
        }
        assertThat(dead).as("parameters that change no output at their minimum or maximum").isEmpty();
    }

    /** The governments' and outside powers' parameters act only where someone decides: adaptive-region. */
    private static boolean governing(String name) {
        return name.startsWith("government.") || name.startsWith("outside.");
    }

    @Test
    void theExerciseListNamesOnlyRealParameters() {
        assertThat(EXERCISED_BY.keySet()).allSatisfy(name -> assertThat(ParameterRegistry.get().find(name)).isPresent());
    }

    private static boolean differ(RunResult a, RunResult b) {
        for (int step = 0; step < a.steps(); step++) {
            for (int s = 0; s < a.keys().size(); s++) {
                if (Double.compare(a.value(step, s), b.value(step, s)) != 0) {
                    return true;
                }
            }
        }
        return !a.events().equals(b.events());
    }

    private static Scenario scenario(String where) throws IOException, ScenarioException {
        if (!where.endsWith(".yaml")) {
            return ScenarioLibrary.load(where);
        }
        try (InputStream in = EveryParameterMattersTest.class.getResourceAsStream("/" + where)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return ScenarioLoader.parse(where, text);
        }
    }
}
