package org.cascade.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.cascade.params.ParameterSet;
import org.cascade.results.RunResult;
import org.cascade.run.ModelRun;
import org.cascade.scenario.Scenario;
import org.cascade.scenario.ScenarioLibrary;
import org.cascade.ui.map.MapRenderer;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;

/** Each chart of a 20-year baseline builds and renders to SVG well within the page's budget. */
class RenderTimingTest {
    @Test
    void eachChartRendersQuickly() throws Exception {
        Scenario baseline = ScenarioLibrary.ids().contains("baseline") ? ScenarioLibrary.load("baseline") : Scenario.defaults();
        RunResult r = ModelRun.run(baseline, ParameterSet.defaults(), 1, 20);
        List<Integer> marks = baseline.events().stream().map(e -> e.step()).toList();
        Map<String, Supplier<JFreeChart>> charts = new LinkedHashMap<>();
        charts.put("trade", () -> ChartBuilders.trade(r, List.of("KZ-UZ", "KZ-AZ", "KG-TJ", "AZ-AM"), marks));
        charts.put("gdp", () -> ChartBuilders.gdp(r, marks));
        charts.put("corridor", () -> ChartBuilders.corridor(r, marks));
        charts.put("trust", () -> ChartBuilders.trustMatrix(r, r.lastStep()));
        charts.put("disputes", () -> ChartBuilders.disputes(r, marks));
        charts.put("investment", () -> ChartBuilders.investment(r, 6, marks));
        StringBuilder report = new StringBuilder("[measure] build+render SVG per chart (median of 15, ms):");
        for (Map.Entry<String, Supplier<JFreeChart>> e : charts.entrySet()) {
            double ms = median(() -> ChartRenderer.svg(e.getValue().get(), 720, 400));
            report.append(' ').append(e.getKey()).append('=').append(String.format("%.1f", ms));
            assertThat(ms).as(e.getKey()).isLessThan(150); // target 50 ms; generous for a loaded CI machine
        }
        double map = median(() -> MapRenderer.render(r, r.lastStep()));
        report.append(" map=").append(String.format("%.2f", map));
        System.out.println(report);
    }

    private static double median(Runnable task) {
        for (int i = 0; i < 5; i++) {
            task.run();
        }
        double[] t = new double[15];
        for (int i = 0; i < t.length; i++) {
            long t0 = System.nanoTime();
            task.run();
            t[i] = (System.nanoTime() - t0) / 1e6;
        }
        java.util.Arrays.sort(t);
        return t[t.length / 2];
    }
}
