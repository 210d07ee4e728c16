package org.cascade.ui.run;

import java.util.List;
import org.cascade.params.ParameterSet;
import org.cascade.results.RunResult;
import org.cascade.run.ModelRun;
import org.cascade.scenario.Scenario;
import org.cascade.ui.charts.ChartBuilders;
import org.cascade.ui.charts.ChartRenderer;
import org.cascade.ui.map.MapRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Once the server is up, runs the first scenario and renders every chart a few times on one low-priority thread,
 * so the first person to press Run does not wait for class loading and the JIT (about 2.5 s cold, under 1 s warm).
 */
@Component
public class WarmUp {
    private static final Logger LOG = LoggerFactory.getLogger(WarmUp.class);
    private final ScenarioCatalog catalog;

    public WarmUp(ScenarioCatalog catalog) {
        this.catalog = catalog;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void start() {
        if (Boolean.getBoolean("cascade.ui.nowarmup")) {
            return;
        }
        Thread t = new Thread(this::warm, "cascade-warmup");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    void warm() {
        long t0 = System.nanoTime();
        try {
            Scenario s = catalog.all().get(0);
            for (int i = 0; i < 3; i++) {
                RunResult r = ModelRun.run(s, ParameterSet.defaults(), i + 1, 20);
                List<Integer> marks = s.events().stream().map(e -> e.step()).toList();
                ChartRenderer.svg(ChartBuilders.trade(r, RunSettings.DEFAULT_PAIRS, marks), 600, 300);
                ChartRenderer.svg(ChartBuilders.gdp(r, marks), 600, 300);
                ChartRenderer.svg(ChartBuilders.corridor(r, marks), 600, 380);
                ChartRenderer.svg(ChartBuilders.trustMatrix(r, r.lastStep()), 600, 380);
                ChartRenderer.svg(ChartBuilders.disputes(r, marks), 600, 440);
                ChartRenderer.svg(ChartBuilders.investment(r, 6, marks), 600, 300);
                MapRenderer.render(r, r.lastStep());
            }
            LOG.info("warmed up in {} ms", (System.nanoTime() - t0) / 1_000_000);
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("warm-up skipped: {}", e.toString());
        }
    }
}
