package org.cascade.ui.explore;

import java.util.List;
import org.cascade.results.RunResult;
import org.jfree.chart.JFreeChart;

/** Everything the page shows for one snapshot, built and rendered off the UI thread. */
record Frame(RunResult result, boolean finished, List<JFreeChart> charts, List<String> svgs, String map,
             long renderNanos) {
}
