package org.cascade.ui.model;

import java.util.List;
import org.cascade.calibration.Calibration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The calibration table (observed vs simulated at step 0) from {@link Calibration#table()}, never throwing. */
public final class CalibrationAdapter {
    private static final Logger LOG = LoggerFactory.getLogger(CalibrationAdapter.class);

    /** The rows, or empty with {@link #problem()} saying why. */
    public record Table(List<Calibration.Row> rows, String problem) {
    }

    private CalibrationAdapter() {
    }

    public static Table load() {
        try {
            return new Table(Calibration.table(), "");
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("calibration table not computed", e);
            return new Table(List.of(), "The calibration table could not be computed: " + e.getMessage());
        }
    }
}
