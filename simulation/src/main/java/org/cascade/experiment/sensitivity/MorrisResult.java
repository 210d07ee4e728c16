package org.cascade.experiment.sensitivity;

import java.util.Comparator;
import java.util.List;

/**
 * The elementary-effects statistics of one output, per factor in column order.
 *
 * @param factors      one entry per factor, in the design's column order
 * @param trajectories r, the number of elementary effects per factor
 * @param bootstrap    the number of resamples behind the intervals
 */
public record MorrisResult(List<Factor> factors, int trajectories, int bootstrap) {

    public MorrisResult {
        factors = List.copyOf(factors);
    }

    /** The factors from the most to the least influential by mu* (ties in column order). */
    public List<Factor> ranking() {
        return factors.stream().sorted(Comparator.comparingDouble(Factor::muStar).reversed()
            .thenComparingInt(Factor::factor)).toList();
    }

    /**
     * One factor's statistics over its r elementary effects EE = (y(x + delta e_i) - y(x)) / delta, with x in
     * unit-cube coordinates: multiplying by the factor's range gives nothing new, as EE is already the change of y per
     * whole range of the factor.
     *
     * @param factor         the column index
     * @param mu             mean of EE (signed; effects of opposite sign cancel in it)
     * @param muStar         mean of |EE| (Campolongo et al. 2007), the ranking measure
     * @param sigma          standard deviation of EE (divisor r - 1): interaction or non-linearity
     * @param muStarInterval bootstrap 95% interval of mu*, resampling whole trajectories
     */
    public record Factor(int factor, double mu, double muStar, double sigma, Interval muStarInterval) {
    }
}
