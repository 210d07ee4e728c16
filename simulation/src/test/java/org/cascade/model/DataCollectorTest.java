package org.cascade.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import org.cascade.params.ParameterSet;
import org.cascade.results.MetricInfo;
import org.cascade.results.SeriesKey;
import org.cascade.run.ModelRun;
import org.cascade.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** Each metric writes exactly one value per subject it names, no more, no fewer; every key is unique and documented. */
class DataCollectorTest {
    @Test
    void eachSeriesWritesExactlyItsSubjectsValues() {
        CascadeModel m = ModelRun.start(Scenario.defaults(), ParameterSet.defaults(), 1, 1).model();
        for (DataCollector.Series s : DataCollector.series()) {
            int n = s.subjects().size();
            double[] row = new double[n + 2];
            Arrays.fill(row, Double.NaN);
            s.fill().into(m, row, 1);
            assertThat(row[0]).as(s.metric() + " writes before its block").isNaN();
            assertThat(row[n + 1]).as(s.metric() + " writes past its block").isNaN();
            for (int i = 1; i <= n; i++) {
                assertThat(row[i]).as(s.metric() + "[" + s.subjects().get(i - 1) + "] is written").isFinite();
            }
        }
    }

    @Test
    void keysAreUniqueAndEveryMetricIsDocumented() {
        List<SeriesKey> keys = ModelRun.run(Scenario.defaults(), ParameterSet.defaults(), 1, 1).keys();
        assertThat(new HashSet<>(keys)).hasSameSizeAs(keys);
        for (DataCollector.Series s : DataCollector.series()) {
            assertThat(MetricInfo.of(s.metric())).isNotNull();
        }
    }
}
