/**
 * Global sensitivity analysis over factors scaled to the unit cube: {@link org.cascade.experiment.sensitivity.Morris}
 * elementary-effects screening (mu*, sigma) and {@link org.cascade.experiment.sensitivity.Sobol} first-order and total
 * indices, each with bootstrap 95% intervals. Pure numerics on designs and output vectors; nothing here knows the model.
 *
 * <h2>What the caller does</h2>
 * <ol>
 *   <li>Build a design: {@code Morris.design(k, r, levels, seed)} or {@code Sobol.design(k, n, skip)}, with one column
 *       per chosen parameter in an order the caller keeps.</li>
 *   <li>Map every row to parameter values: coordinate x in [0, 1] of column i becomes
 *       {@code min_i + x (max_i - min_i)} for a range, or {@code F_i^-1(x)} for a distribution. A Sobol design reaches 0
 *       only at the sequence's first point (skip >= 1 leaves it out) and never 1; a Morris grid reaches both, so map
 *       its columns to bounded ranges. Round whole-number parameters after mapping.</li>
 *   <li>Run R replicates at each row under common random numbers: replicate q at every row uses the same derived
 *       seed, so the differences between rows come from the parameters, not from the shocks.</li>
 *   <li>Average the R replicates' outcome (at the chosen horizon) per row and pass the means as {@code double[] y}
 *       in row order ({@code y[i]} is row i's mean) to {@code Morris.analyse} or {@code Sobol.analyse}, once per
 *       outcome. Outputs must be finite: a row whose runs failed cannot be analysed, and is refused with its row
 *       index.</li>
 * </ol>
 * Morris effects are per unit-cube step, i.e. the change of the outcome per whole range of the parameter: mu* of
 * {@code y = c p} with p over [lo, hi] is |c|(hi - lo). Sobol indices are shares of variance, free of units.
 *
 * <h2>Designs and their cost</h2>
 * <ul>
 *   <li>Morris: r(k + 1) points (r trajectories, 10 to 50 usual; p = 4 levels usual); screening 10 parameters with
 *       r = 20 is 220 points.</li>
 *   <li>Sobol: n(k + 2) points (n base rows, a power of two, 512 to 4096 usual); 5 parameters at n = 1024 is
 *       7,168 points.</li>
 *   <li>Each point costs R model runs: the study's run count is points x R (Morris 10 parameters, r = 20, R = 10:
 *       2,200 runs).</li>
 * </ul>
 * The bootstrap (1000 resamples is usual) works on the output vectors only and costs no runs.
 */
package org.cascade.experiment.sensitivity;
