package org.cascade.experiment;

/**
 * A sensitivity design in the unit cube: row i is design point i, column j parameter j's position in [0, 1].
 * The run plan maps each column to its parameter's registry range. This is the hook for the Morris and Sobol
 * designs of {@code org.cascade.experiment.sensitivity}; {@link DefaultDesigns} serves until they are wired in.
 */
@FunctionalInterface
public interface UnitDesign {
    double[][] unitPoints();

    /** Builds the design of a study. */
    @FunctionalInterface
    interface Factory {
        UnitDesign design(SensitivitySettings settings, long masterSeed);
    }
}
