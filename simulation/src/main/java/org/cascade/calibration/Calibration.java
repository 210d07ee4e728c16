package org.cascade.calibration;

import java.util.ArrayList;
import java.util.List;
import org.cascade.data.BaseYear;
import org.cascade.data.Figure;
import org.cascade.params.ParameterSet;
import org.cascade.region.Pair;
import org.cascade.region.PartnerCode;
import org.cascade.region.RouteCode;
import org.cascade.region.StateCode;
import org.cascade.results.Metrics;
import org.cascade.results.RunResult;
import org.cascade.run.ModelRun;
import org.cascade.scenario.Scenario;

/** Observed base-year figures against the model's step 0: the calibration table of the documentation and the UI. */
public final class Calibration {
    private Calibration() {
    }

    /**
     * One row: a figure the model uses, what the data say, and what the model shows at step 0.
     *
     * @param observed  the data (annualised where the note says so)
     * @param simulated the model at step 0 (January 2025)
     */
    public record Row(String metric, String subject, String unit, double observed, double simulated, String source,
                      String note) {
        /** Relative error |sim - obs| / obs; absolute error when the observation is 0. */
        public double error() {
            return observed == 0 ? Math.abs(simulated) : Math.abs(simulated - observed) / Math.abs(observed);
        }

        public boolean assumption() {
            return source.startsWith("assumption");
        }
    }

    /** The table for the model's defaults (the baseline scenario has no overrides). */
    public static List<Row> table() {
        return table(ModelRun.start(Scenario.defaults(), ParameterSet.defaults(), 1, 1).result());
    }

    /** The table for a run's step 0. */
    public static List<Row> table(RunResult run) {
        List<Row> rows = new ArrayList<>();
        for (StateCode s : StateCode.values()) {
            rows.add(row(run, Metrics.GDP, s.name(), "USD/yr", BaseYear.GDP.get(s)));
        }
        for (StateCode s : StateCode.values()) {
            rows.add(row(run, Metrics.POPULATION, s.name(), "persons", BaseYear.POPULATION.get(s)));
        }
        for (Pair pair : Pair.all()) {
            rows.add(row(run, Metrics.TRADE, pair.name(), "USD/yr", BaseYear.TURNOVER.get(pair)));
        }
        for (StateCode s : StateCode.values()) {
            for (PartnerCode c : PartnerCode.values()) {
                rows.add(row(run, Metrics.EXTERNAL_TRADE, s + "-" + c, "USD/yr", BaseYear.externalTrade(s, c)));
            }
        }
        rows.add(row(run, Metrics.MIDDLE_CORRIDOR, Metrics.TITR, "Mt/yr", BaseYear.routeVolume(RouteCode.MIDDLE_CORRIDOR)));
        for (RouteCode r : RouteCode.values()) {
            rows.add(row(run, Metrics.ROUTE_VOLUME, r.id(), "Mt/yr", BaseYear.routeVolume(r)));
        }
        return rows;
    }

    private static Row row(RunResult run, String metric, String subject, String unit, Figure f) {
        return new Row(metric, subject, unit, f.value(), run.value(0, metric, subject), f.source(), f.note());
    }

    /** The largest relative error among rows whose observation is not zero. */
    public static double maxError(List<Row> rows) {
        return rows.stream().mapToDouble(Row::error).max().orElse(0);
    }
}
