package org.cascade.ui.model;

import java.util.List;
import org.cascade.calibration.Calibration;

/** The calibration table (observed vs simulated at step 0) from {@link Calibration#table()}, never throwing. */
public final class CalibrationAdapter {
    /** The rows, or empty with {@link #problem()} saying why. */
    public record Table(List<Calibration.Row> rows, String problem) {
    }

    private CalibrationAdapter() {
    }

    public static Table load() {
        try {
            return new Table(Calibration.table(), "");
        } catch (RuntimeException | LinkageError e) {
            return new Table(List.of(), "The calibration table could not be computed: " + e.getMessage());
        }
    }
}
