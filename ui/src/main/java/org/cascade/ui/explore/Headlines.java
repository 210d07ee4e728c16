package org.cascade.ui.explore;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import org.cascade.results.Metrics;
import org.cascade.results.RunResult;

/** Three headline figures of a run: where they stand now and the change since the start. */
class Headlines extends Div {
    Headlines() {
        setId("headlines");
        addClassName("headlines");
    }

    void show(RunResult r) {
        removeAll();
        add(headline("Regional trade", r, Metrics.REGIONAL_TRADE, Metrics.REGION, 1e9, "bn USD/yr"),
            headline("Middle Corridor", r, Metrics.MIDDLE_CORRIDOR, Metrics.TITR, 1, "Mt/yr"),
            headline("Cooperation index", r, Metrics.COOPERATION_INDEX, Metrics.REGION, 1, ""));
    }

    void clear() {
        removeAll();
    }

    private static Div headline(String label, RunResult r, String metric, String subject, double div, String unit) {
        Div d = new Div();
        d.addClassName("headline");
        d.add(new Span(label));
        if (!r.has(metric, subject)) {
            d.add(new Span("not recorded"));
            return d;
        }
        double start = r.value(0, metric, subject) / div;
        double end = r.last(metric, subject) / div;
        String change = start != 0 ? String.format(Locale.ROOT, " (%+.1f%%)", (end / start - 1) * 100) : "";
        Span big = new Span(String.format(Locale.ROOT, "%.2f %s", end, unit));
        big.addClassName("headline-value");
        d.add(big, new Span(String.format(Locale.ROOT, "from %.2f in %s%s", start, r.date(0), change)));
        return d;
    }
}
