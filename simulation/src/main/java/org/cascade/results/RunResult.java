package org.cascade.results;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cascade.params.ParameterSet;
import org.cascade.region.Calendar;

/**
 * The recorded outputs of one run: for each step 0..{@link #lastStep()} the value of every series, plus the
 * event log. Step 0 is the initial state (January 2025, calibrated to the 2024 data); step k is the state after
 * k months. Immutable once built: {@code values} is copied in.
 */
public final class RunResult {
    private final String scenarioId;
    private final long seed;
    private final int years;
    private final ParameterSet parameters;
    private final List<SeriesKey> keys;
    private final Map<SeriesKey, Integer> index;
    private final double[][] values;
    private final List<LoggedEvent> events;

    public RunResult(String scenarioId, long seed, int years, ParameterSet parameters, List<SeriesKey> keys,
                     double[][] values, List<LoggedEvent> events) {
        this(scenarioId, seed, years, parameters, keys, copy(values), events, true);
    }

    private RunResult(String scenarioId, long seed, int years, ParameterSet parameters, List<SeriesKey> keys,
                      double[][] values, List<LoggedEvent> events, boolean owned) { // owned: rows not copied
        this.scenarioId = scenarioId;
        this.seed = seed;
        this.years = years;
        this.parameters = parameters;
        this.keys = List.copyOf(keys);
        this.values = values;
        this.events = List.copyOf(events);
        Map<SeriesKey, Integer> m = new HashMap<>();
        for (int i = 0; i < this.keys.size(); i++) {
            m.put(this.keys.get(i), i);
        }
        this.index = m;
    }

    /**
     * A result that takes the rows without copying them: for a producer that never writes them again (a finished
     * run hands its table over instead of copying it).
     */
    public static RunResult adopt(String scenarioId, long seed, int years, ParameterSet parameters, List<SeriesKey> keys,
                                  double[][] values, List<LoggedEvent> events) {
        return new RunResult(scenarioId, seed, years, parameters, keys, values, events, true);
    }

    private static double[][] copy(double[][] values) {
        double[][] out = new double[values.length][];
        for (int s = 0; s < values.length; s++) {
            out[s] = values[s].clone();
        }
        return out;
    }

    public String scenarioId() {
        return scenarioId;
    }

    public long seed() {
        return seed;
    }

    public int years() {
        return years;
    }

    public ParameterSet parameters() {
        return parameters;
    }

    public List<SeriesKey> keys() {
        return keys;
    }

    public List<LoggedEvent> events() {
        return events;
    }

    /** Number of recorded rows (steps 0..lastStep). */
    public int steps() {
        return values.length;
    }

    public int lastStep() {
        return values.length - 1;
    }

    public YearMonth date(int step) {
        return Calendar.dateOf(step);
    }

    public boolean has(String metric, String subject) {
        return index.containsKey(new SeriesKey(metric, subject));
    }

    public int indexOf(String metric, String subject) {
        Integer i = index.get(new SeriesKey(metric, subject));
        if (i == null) {
            throw new IllegalArgumentException("no series " + metric + " for subject " + subject);
        }
        return i;
    }

    public double value(int step, String metric, String subject) {
        return values[step][indexOf(metric, subject)];
    }

    public double value(int step, int series) {
        return values[step][series];
    }

    /** Last recorded value of a series. */
    public double last(String metric, String subject) {
        return value(lastStep(), metric, subject);
    }

    /** A copy of one series over all recorded steps. */
    public double[] series(String metric, String subject) {
        int i = indexOf(metric, subject);
        double[] out = new double[values.length];
        for (int s = 0; s < values.length; s++) {
            out[s] = values[s][i];
        }
        return out;
    }

    /** Mean of a series over the months of one calendar year (the months recorded in it). */
    public double yearMean(String metric, String subject, int year) {
        int i = indexOf(metric, subject);
        double sum = 0;
        int n = 0;
        for (int s = 0; s < values.length; s++) {
            if (date(s).getYear() == year) {
                sum += values[s][i];
                n++;
            }
        }
        if (n == 0) {
            throw new IllegalArgumentException("year " + year + " is not in this run");
        }
        return sum / n;
    }
}
