package org.cascade.results;

/** One recorded series: a metric name and the subject it is about (state, pair, route, dispute, or "region"). */
public record SeriesKey(String metric, String subject) {
    @Override
    public String toString() {
        return metric + "[" + subject + "]";
    }
}
