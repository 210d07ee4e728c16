package org.cascade.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.cascade.experiment.ArmStats;
import org.cascade.experiment.ExperimentResult;
import org.cascade.region.Calendar;
import org.cascade.region.StateCode;
import org.cascade.results.LoggedEvent;
import org.cascade.results.Metrics;
import org.cascade.results.RunResult;
import org.cascade.results.SeriesKey;
import org.cascade.scenario.Scenario;
import org.cascade.scenario.ScenarioEvent;

/**
 * The short human summary of {@code run --summary}: headline series at start and horizon, the events, and the
 * scenario's events a shorter horizon did not reach.
 */
final class Summary {
    /** Values by series name and step; for ensembles the mean across replicates. */
    interface Values {
        boolean has(String metric, String subject);

        double value(int step, String metric, String subject);

        int lastStep();
    }

    private static final int FIRST_EVENTS = 5;

    private Summary() {
    }

    static Values of(RunResult r) {
        return new Values() {
            public boolean has(String m, String s) {
                return r.has(m, s);
            }

            public double value(int step, String m, String s) {
                return r.value(step, m, s);
            }

            public int lastStep() {
                return r.lastStep();
            }
        };
    }

    /** The means across the replicates of an ensemble's only arm (its outcomes only). */
    static Values of(ExperimentResult e) {
        ArmStats a = e.stats(0, 0);
        List<SeriesKey> outcomes = e.outcomes();
        return new Values() {
            public boolean has(String m, String s) {
                return outcomes.contains(new SeriesKey(m, s));
            }

            public double value(int step, String m, String s) {
                return a.mean(step, outcomes.indexOf(new SeriesKey(m, s)));
            }

            public int lastStep() {
                return a.steps() - 1;
            }
        };
    }

    static void print(PrintWriter out, Scenario s, Values v, List<LoggedEvent> events, int years, String what) {
        print(out, s, v, events, years, what, true);
    }

    /** As above; {@code eventsCsv} is false when no events CSV is written (--no-out). */
    static void print(PrintWriter out, Scenario s, Values v, List<LoggedEvent> events, int years, String what,
                      boolean eventsCsv) {
        int last = v.lastStep();
        out.println(s.id() + ": " + s.title() + " (" + years + " years, " + what + ")");
        out.printf(Locale.ROOT, "%-32s %14s %14s%n", "", Calendar.dateOf(0), Calendar.dateOf(last));
        row(out, v, "Regional trade (bn USD/yr)", Metrics.REGIONAL_TRADE, Metrics.REGION, 1e-9, last);
        row(out, v, "Middle Corridor (Mt/yr)", Metrics.MIDDLE_CORRIDOR, Metrics.TITR, 1, last);
        row(out, v, "Cooperation index (0..1)", Metrics.COOPERATION_INDEX, Metrics.REGION, 1, last);
        for (StateCode c : StateCode.values()) {
            row(out, v, "GDP " + c + " (bn USD/yr)", Metrics.GDP, c.name(), 1e-9, last);
        }
        if (!events.isEmpty() || what.startsWith("seed")) {
            long scheduled = events.stream().filter(LoggedEvent::scheduled).count();
            out.println("Events: " + events.size() + " (" + scheduled + " from the scenario, "
                + (events.size() - scheduled) + " arising in the model)");
            for (LoggedEvent e : events.subList(0, Math.min(FIRST_EVENTS, events.size()))) {
                out.println("  " + e.date() + "  " + e.kind() + "  " + e.subject() + ": " + e.message());
            }
            if (events.size() > FIRST_EVENTS) {
                out.println("  ... (" + (events.size() - FIRST_EVENTS) + " more" + (eventsCsv ? " in the events CSV" : "")
                    + ")");
            }
        }
        List<ScenarioEvent> notReached = s.eventsNotReached(years);
        if (!notReached.isEmpty()) {
            out.println("Not reached: " + notReached.size() + " scenario event" + (notReached.size() == 1 ? "" : "s")
                + " dated after the " + years + "-year horizon, not applied");
            for (ScenarioEvent e : notReached) {
                out.println("  " + e.date() + "  " + e.type().id() + (e.target().isEmpty() ? "" : "  " + e.target()));
            }
        }
        out.flush();
    }

    private static void row(PrintWriter out, Values v, String label, String metric, String subject, double scale,
                            int last) {
        if (!v.has(metric, subject)) {
            return;
        }
        out.printf(Locale.ROOT, "%-32s %14s %14s%n", label, fmt(v.value(0, metric, subject) * scale),
            fmt(v.value(last, metric, subject) * scale));
    }

    private static String fmt(double x) {
        if (Double.isNaN(x)) {
            return "NaN";
        }
        double a = Math.abs(x);
        return String.format(Locale.ROOT, a >= 100 ? "%,.1f" : a >= 1 ? "%.2f" : "%.3f", x);
    }
}
