package org.cascade.experiment.sensitivity;

import java.util.Objects;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.ranking.NaNStrategy;

/** Checks of the outputs a caller passes, and the bootstrap percentile interval both methods report. */
final class Responses {
    private Responses() {
    }

    /** Refuses outputs that do not match the design row for row, or that are not finite numbers. */
    static void check(double[] y, UnitCubeDesign design) {
        Objects.requireNonNull(y, "y");
        if (y.length != design.size()) {
            throw new IllegalArgumentException("y has " + y.length + " values but the design has " + design.size()
                + " rows: pass one output per design row, in row order");
        }
        for (int i = 0; i < y.length; i++) {
            if (!Double.isFinite(y[i])) {
                throw new IllegalArgumentException("y[" + i + "] is " + y[i] + ": every design row needs a finite output"
                    + " (a failed or missing run cannot be analysed; re-run that row or drop the study)");
            }
        }
    }

    static void checkBootstrap(int bootstrap) {
        if (bootstrap < 1) {
            throw new IllegalArgumentException("bootstrap must be >= 1 resample (1000 is usual), got " + bootstrap);
        }
    }

    /** The 2.5th and 97.5th percentiles (R's type 7) of the resampled estimates; NaN resamples are left out. */
    static Interval percentile95(double[] resampled) {
        Percentile p = new Percentile().withEstimationType(Percentile.EstimationType.R_7)
            .withNaNStrategy(NaNStrategy.REMOVED);
        p.setData(resampled);
        return new Interval(p.evaluate(2.5), p.evaluate(97.5));
    }
}
