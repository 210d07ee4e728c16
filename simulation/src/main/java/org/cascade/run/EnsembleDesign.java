package org.cascade.run;

import java.util.List;
import java.util.Objects;
import org.cascade.params.ParameterSet;
import org.cascade.params.ParameterUncertainty;
import org.cascade.scenario.Scenario;

/**
 * What each replicate of an ensemble runs with: its seed and, when the mode draws parameters, its row of a Latin
 * hypercube. Built before the run, so the provenance can list it and the runner only follows it.
 *
 * @param mode       what the replicates vary
 * @param masterSeed the ensemble's seed, from which every replicate seed and the hypercube derive
 * @param replicates R
 * @param hypercube  the parameter draws; over no parameters when the mode draws none
 */
public record EnsembleDesign(UncertaintyMode mode, long masterSeed, int replicates, LatinHypercube hypercube) {

    public EnsembleDesign {
        Objects.requireNonNull(mode);
        Objects.requireNonNull(hypercube);
        if (replicates < 1) {
            throw new IllegalArgumentException("replicates must be >= 1, got " + replicates);
        }
        if (hypercube.replicates() != replicates) {
            throw new IllegalArgumentException("hypercube of " + hypercube.replicates() + " rows for " + replicates
                + " replicates");
        }
        if (!mode.drawsParameters() && !hypercube.entries().isEmpty()) {
            throw new IllegalArgumentException("a shocks-only ensemble draws no parameters");
        }
    }

    /**
     * The design of an ensemble of {@code scenario} with the caller's {@code overrides}: when the mode draws parameters,
     * every catalogue parameter that neither the scenario nor the caller sets is drawn (an explicit value wins).
     */
    public static EnsembleDesign of(UncertaintyMode mode, Scenario scenario, ParameterSet overrides, long masterSeed,
                                    int replicates) {
        List<ParameterUncertainty.Entry> drawn = mode.drawsParameters() ? drawable(scenario, overrides) : List.of();
        return new EnsembleDesign(mode, masterSeed, replicates, LatinHypercube.sample(drawn, masterSeed, replicates));
    }

    /** Replicates that vary only the shocks. */
    public static EnsembleDesign shocksOnly(long masterSeed, int replicates) {
        return new EnsembleDesign(UncertaintyMode.SHOCKS, masterSeed, replicates,
            LatinHypercube.sample(List.of(), masterSeed, replicates));
    }

    /** The catalogue's parameters that neither the scenario (as a starting value) nor the caller sets. */
    public static List<ParameterUncertainty.Entry> drawable(Scenario scenario, ParameterSet overrides) {
        return ParameterUncertainty.all().stream()
            .filter(e -> !scenario.parameters().overrides().containsKey(e.name()))
            .filter(e -> !overrides.overrides().containsKey(e.name()))
            .toList();
    }

    /** The seed of replicate {@code r} (1-based). */
    public long seed(int r) {
        return mode.seed(masterSeed, r);
    }

    /** Replicate {@code r}'s drawn values (1-based), validated against the registry. */
    public ParameterSet draws(int r) {
        return ParameterSet.defaults().withAll(hypercube.row(r));
    }

    /** True when the parameter is drawn per replicate. */
    public boolean isDrawn(String name) {
        return hypercube.entries().stream().anyMatch(e -> e.name().equals(name));
    }
}
