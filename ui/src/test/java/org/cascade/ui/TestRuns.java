package org.cascade.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntToDoubleFunction;
import org.cascade.params.ParameterSet;
import org.cascade.results.LoggedEvent;
import org.cascade.results.RunResult;
import org.cascade.results.SeriesKey;

/** Builds small, known RunResults by hand for chart and map tests. */
public final class TestRuns {
    private final Map<SeriesKey, IntToDoubleFunction> series = new LinkedHashMap<>();
    private final List<LoggedEvent> events = new ArrayList<>();
    private final int steps;

    private TestRuns(int steps) {
        this.steps = steps;
    }

    public static TestRuns steps(int steps) {
        return new TestRuns(steps);
    }

    public TestRuns with(String metric, String subject, IntToDoubleFunction f) {
        series.put(new SeriesKey(metric, subject), f);
        return this;
    }

    public TestRuns event(LoggedEvent e) {
        events.add(e);
        return this;
    }

    public RunResult build() {
        List<SeriesKey> keys = new ArrayList<>(series.keySet());
        double[][] values = new double[steps][keys.size()];
        for (int s = 0; s < steps; s++) {
            for (int k = 0; k < keys.size(); k++) {
                values[s][k] = series.get(keys.get(k)).applyAsDouble(s);
            }
        }
        return new RunResult("test", 7, Math.max(1, (steps - 1) / 12), ParameterSet.defaults(), keys, values, events);
    }
}
