package org.cascade.experiment.sensitivity;

/**
 * The sample points of a sensitivity study: {@link #size()} rows of {@link #factors()} coordinates in [0, 1]. The
 * caller maps each row to parameter values, runs the model there and passes one output per row, in row order, to the
 * matching {@code analyse}.
 */
public sealed interface UnitCubeDesign permits MorrisDesign, SobolDesign {

    /** k, the number of factors (columns). */
    int factors();

    /** The number of rows, i.e. of model evaluations one output needs. */
    int size();

    /** Row {@code i} (0-based), a fresh copy of its k coordinates in [0, 1]. */
    double[] row(int i);
}
