package org.cascade.ui.explore;

import com.vaadin.flow.component.html.Div;
import java.util.ArrayList;
import java.util.List;
import org.cascade.results.RunResult;
import org.cascade.scenario.ScenarioEvent;
import org.cascade.ui.charts.ChartBuilders;
import org.cascade.ui.charts.ChartCard;
import org.jfree.chart.JFreeChart;

/** The explore page's chart cards; builds a {@link Frame} from a snapshot and shows it. */
class ChartsPanel extends Div {
    static final int INVESTMENT_TOP = 6;
    final ChartCard trade = new ChartCard("chart-trade", "cascade-trade", 300);
    final ChartCard gdp = new ChartCard("chart-gdp", "cascade-gdp", 300);
    final ChartCard corridor = new ChartCard("chart-corridor", "cascade-corridor", 380);
    final ChartCard trust = new ChartCard("chart-trust", "cascade-trust", 380);
    final ChartCard disputes = new ChartCard("chart-disputes", "cascade-disputes", 440);
    final ChartCard investment = new ChartCard("chart-investment", "cascade-investment", 300);
    private final List<ChartCard> cards = List.of(trade, gdp, corridor, trust, disputes, investment);

    ChartsPanel() {
        addClassName("charts");
        cards.forEach(this::add);
    }

    /** Builds and renders every chart for a snapshot; safe to call on any thread. */
    List<JFreeChart> build(RunResult r, List<String> pairs, List<ScenarioEvent> events) {
        List<Integer> marks = new ArrayList<>();
        for (ScenarioEvent e : events) {
            if (e.step() >= 0 && e.step() <= r.years() * 12) {
                marks.add(e.step());
            }
        }
        List<JFreeChart> charts = new ArrayList<>();
        charts.add(ChartBuilders.trade(r, pairs, marks));
        charts.add(ChartBuilders.gdp(r, marks));
        charts.add(ChartBuilders.corridor(r, marks));
        charts.add(ChartBuilders.trustMatrix(r, r.lastStep()));
        charts.add(ChartBuilders.disputes(r, marks));
        charts.add(ChartBuilders.investment(r, INVESTMENT_TOP, marks));
        return charts;
    }

    List<String> render(List<JFreeChart> charts) {
        List<String> svgs = new ArrayList<>();
        for (int i = 0; i < charts.size(); i++) {
            svgs.add(cards.get(i).render(charts.get(i)));
        }
        return svgs;
    }

    void show(List<JFreeChart> charts, List<String> svgs) {
        for (int i = 0; i < charts.size(); i++) {
            cards.get(i).show(charts.get(i), svgs.get(i));
        }
    }

    void clear() {
        cards.forEach(ChartCard::clear);
    }
}
