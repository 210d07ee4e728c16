package org.cascade.results;

import java.io.Serializable;

/** One recorded series: a metric name and the subject it is about (state, pair, route, dispute, or "region"). */
public record SeriesKey(String metric, String subject) implements Serializable {
    @Override
    public String toString() {
        return metric + "[" + subject + "]";
    }
}
