package org.cascade.ui.explore;

import java.util.List;
import org.cascade.results.RunResult;
import org.cascade.ui.map.MapRenderer;
import org.cascade.ui.run.RunRequest;
import org.jfree.chart.JFreeChart;

/** Everything the page shows for one snapshot, built and rendered off the UI thread. */
record Frame(RunResult result, boolean finished, List<JFreeChart> charts, List<String> svgs, String map) {
    /** Builds and renders the charts (with the request's scenario events marked) and the map; any thread. */
    static Frame of(RunResult snapshot, boolean finished, ChartsPanel charts, List<String> pairs,
                    RunRequest request) {
        List<JFreeChart> built = charts.build(snapshot, pairs, request.scenario().events());
        return new Frame(snapshot, finished, built, charts.render(built),
            MapRenderer.render(snapshot, snapshot.lastStep()));
    }
}
