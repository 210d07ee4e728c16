package org.cascade.ui.explore;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import org.cascade.results.Metrics;
import org.cascade.results.RunResult;
import org.cascade.ui.i18n.Texts;

/** Three headline figures of a run: where they stand now and the change since the start. */
class Headlines extends Div {
    private final Texts t;

    Headlines(Texts t) {
        this.t = t;
        setId("headlines");
        addClassName("headlines");
    }

    void show(RunResult r) {
        removeAll();
        add(headline(t.get("headline.trade"), r, Metrics.REGIONAL_TRADE, Metrics.REGION, 1e9, t.get("unit.bnUsdYr")),
            headline(t.get("headline.corridor"), r, Metrics.MIDDLE_CORRIDOR, Metrics.TITR, 1, t.get("unit.mtYr")),
            headline(t.get("headline.cooperation"), r, Metrics.COOPERATION_INDEX, Metrics.REGION, 1, ""));
    }

    void clear() {
        removeAll();
    }

    private Div headline(String label, RunResult r, String metric, String subject, double div, String unit) {
        Div d = new Div();
        d.addClassName("headline");
        d.add(new Span(label));
        if (!r.has(metric, subject)) {
            d.add(new Span(t.get("headline.notRecorded")));
            return d;
        }
        double start = r.value(0, metric, subject) / div;
        double end = r.last(metric, subject) / div;
        String change = start != 0 ? String.format(Locale.ROOT, " (%+.1f%%)", (end / start - 1) * 100) : "";
        Span big = new Span(String.format(Locale.ROOT, "%.2f %s", end, unit));
        big.addClassName("headline-value");
        d.add(big, new Span(t.get("headline.from", String.format(Locale.ROOT, "%.2f", start), r.date(0).toString())
            + change));
        return d;
    }
}
