package org.cascade.experiment.sensitivity;

import java.util.List;

/**
 * First-order and total Sobol indices of one output, per factor in column order.
 *
 * @param factors   one entry per factor, in the design's column order
 * @param variance  V, the variance of the output over the 2n points of A and B (divisor 2n)
 * @param baseRows  n
 * @param bootstrap the number of resamples behind the intervals
 */
public record SobolResult(List<Factor> factors, double variance, int baseRows, int bootstrap) {

    public SobolResult {
        factors = List.copyOf(factors);
    }

    /**
     * One factor's indices. Estimates are not clipped: with few base rows a small index can come out slightly
     * negative, and S1 above ST, which says the estimate is within its noise of the other.
     *
     * @param factor     the column index
     * @param s1         first-order index: the share of V that the factor explains alone (Saltelli et al. 2010)
     * @param s1Interval bootstrap 95% interval of s1, resampling the n base rows
     * @param st         total index: the share of V that involves the factor, interactions included (Jansen 1999)
     * @param stInterval bootstrap 95% interval of st
     */
    public record Factor(int factor, double s1, Interval s1Interval, double st, Interval stInterval) {
    }
}
