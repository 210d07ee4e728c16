package org.cascade.run;

import java.time.YearMonth;
import java.util.List;
import org.cascade.region.Calendar;
import org.cascade.results.SeriesKey;

/**
 * Per-step statistics across the replicates of an ensemble: for every series and step the number of replicates,
 * the mean and the 5th, 50th and 95th percentiles (P-square estimates; exact up to 5 replicates).
 * Cells are indexed {@code step * keys().size() + series}.
 */
public final class EnsembleResult {
    private final String scenarioId;
    private final long masterSeed;
    private final int replicates;
    private final int years;
    private final List<SeriesKey> keys;
    private final int steps;
    private final P2Quantiles stats;

    EnsembleResult(String scenarioId, long masterSeed, int replicates, int years, List<SeriesKey> keys, int steps,
                   P2Quantiles stats) {
        this.scenarioId = scenarioId;
        this.masterSeed = masterSeed;
        this.replicates = replicates;
        this.years = years;
        this.keys = List.copyOf(keys);
        this.steps = steps;
        this.stats = stats;
    }

    public String scenarioId() {
        return scenarioId;
    }

    public long masterSeed() {
        return masterSeed;
    }

    /** Replicates run (= n of every cell). */
    public int replicates() {
        return replicates;
    }

    public int years() {
        return years;
    }

    public List<SeriesKey> keys() {
        return keys;
    }

    /** Number of recorded steps (0..lastStep). */
    public int steps() {
        return steps;
    }

    public int lastStep() {
        return steps - 1;
    }

    public YearMonth date(int step) {
        return Calendar.dateOf(step);
    }

    public int indexOf(String metric, String subject) {
        int i = keys.indexOf(new SeriesKey(metric, subject));
        if (i < 0) {
            throw new IllegalArgumentException("no series " + metric + " for subject " + subject);
        }
        return i;
    }

    public int n(int step, int series) {
        return stats.count();
    }

    public double mean(int step, int series) {
        return stats.mean(cell(step, series));
    }

    public double p05(int step, int series) {
        return stats.quantile(cell(step, series), 0);
    }

    public double p50(int step, int series) {
        return stats.quantile(cell(step, series), 1);
    }

    public double p95(int step, int series) {
        return stats.quantile(cell(step, series), 2);
    }

    private int cell(int step, int series) {
        if (step < 0 || step >= steps || series < 0 || series >= keys.size()) {
            throw new IndexOutOfBoundsException("step " + step + ", series " + series);
        }
        return step * keys.size() + series;
    }
}
