package org.cascade.ui.map;

import org.cascade.region.Pair;
import org.cascade.region.StateCode;
import org.cascade.results.Metrics;
import org.cascade.results.RunResult;

/** What the seven states are filled by on the map. Labels are kept here, in one place, for translation. */
public enum MapIndicator {
    GDP("gdp", "GDP", "bn USD/yr", true),
    GDP_PER_PERSON("gdppc", "GDP per person", "USD/yr", true),
    TRADE("trade", "Total trade", "bn USD/yr", true),
    TRUST("trust", "Mean trust in the other six", "0 to 1", false);

    private final String key;
    private final String label;
    private final String unit;
    private final boolean logScale;

    MapIndicator(String key, String label, String unit, boolean logScale) {
        this.key = key;
        this.label = label;
        this.unit = unit;
        this.logScale = logScale;
    }

    /** The short key used in CSS classes and the map box's {@code data-indicator} attribute. */
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public String unit() {
        return unit;
    }

    /** Whether the colour classes are spaced on a log scale (for indicators spanning orders of magnitude). */
    public boolean logScale() {
        return logScale;
    }

    /** The indicator for a state at a step, in the unit above; NaN when the run does not record it. */
    public double value(RunResult r, int step, StateCode s) {
        return switch (this) {
            case GDP -> r.has(Metrics.GDP, s.name()) ? r.value(step, Metrics.GDP, s.name()) / 1e9 : Double.NaN;
            case GDP_PER_PERSON -> r.has(Metrics.GDP, s.name()) && r.has(Metrics.POPULATION, s.name())
                && r.value(step, Metrics.POPULATION, s.name()) > 0
                ? r.value(step, Metrics.GDP, s.name()) / r.value(step, Metrics.POPULATION, s.name()) : Double.NaN;
            case TRADE -> r.has(Metrics.TOTAL_TRADE, s.name())
                ? r.value(step, Metrics.TOTAL_TRADE, s.name()) / 1e9 : Double.NaN;
            case TRUST -> meanTrust(r, step, s);
        };
    }

    private static double meanTrust(RunResult r, int step, StateCode s) {
        double sum = 0;
        int n = 0;
        for (Pair p : Pair.all()) {
            if ((p.a() == s || p.b() == s) && r.has(Metrics.TRUST, p.name())) {
                sum += r.value(step, Metrics.TRUST, p.name());
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }
}
