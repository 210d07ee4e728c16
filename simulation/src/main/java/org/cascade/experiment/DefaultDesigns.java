package org.cascade.experiment;

import java.util.List;
import org.cascade.experiment.sensitivity.Morris;
import org.cascade.experiment.sensitivity.Sobol;
import org.cascade.experiment.sensitivity.UnitCubeDesign;

/**
 * The sensitivity designs of a study: Morris (1991) trajectories seeded by the master seed, or the Saltelli (2010)
 * layout A, B, AB_1..AB_k from a Sobol sequence of dimension 2k (its first point, the origin, skipped), both from
 * {@code org.cascade.experiment.sensitivity}. The same settings and seed always give the same design, so the
 * estimators ({@link SensitivityIndices}) rebuild it to read the outputs in design order.
 */
public final class DefaultDesigns {
    /** Points of the Sobol sequence skipped before the first base row (the origin). */
    public static final int SOBOL_SKIP = 1;

    private DefaultDesigns() {
    }

    public static UnitDesign of(SensitivitySettings s, long masterSeed) {
        UnitCubeDesign d = design(s, masterSeed);
        return () -> {
            double[][] rows = new double[d.size()][];
            for (int i = 0; i < rows.length; i++) {
                rows[i] = d.row(i);
            }
            return rows;
        };
    }

    /** The design object of a study (its rows are the plan's points, in order). */
    public static UnitCubeDesign design(SensitivitySettings s, long masterSeed) {
        int k = s.parameters().size();
        return SensitivitySettings.MORRIS.equals(s.method()) ? Morris.design(k, s.trajectories(), s.levels(), masterSeed)
            : Sobol.design(k, s.n(), SOBOL_SKIP);
    }

    /** The names of the layouts, for the provenance. */
    public static List<String> rules() {
        return List.of("morris: Morris (1991) one-at-a-time trajectories on a p-level grid, seeded by the master seed; "
                + "mu* (Campolongo et al. 2007), sigma, bootstrap 95% intervals over trajectories",
            "sobol: Saltelli (2010) A, B, AB_i from a Sobol sequence of dimension 2k, first point skipped; S1 by Saltelli "
                + "et al. (2010), ST by Jansen (1999), bootstrap 95% intervals over base rows");
    }
}
