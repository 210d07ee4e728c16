package org.cascade.ui.explore;

import com.vaadin.flow.component.html.Div;
import java.util.ArrayList;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.cascade.results.RunResult;
import org.cascade.scenario.ScenarioEvent;
import org.cascade.ui.charts.ChartBuilders;
import org.cascade.ui.charts.ChartCard;
import org.jfree.chart.JFreeChart;

/** The explore page's chart cards; builds a {@link Frame} from a snapshot and shows it. */
class ChartsPanel extends Div {
    static final int INVESTMENT_TOP = 6;
    // Visible strings, kept together for translation.
    static final String CAPTION = "CASCADE, scenario %s, seed %d, %d years; parameters changed from defaults: %s; run %s";
    static final String NO_CHANGES = "none";
    private volatile String caption = "";
    private volatile boolean decisions = true;
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
        caption = caption(r, Instant.now());
        List<String> eventLines = eventLines(events, marks);
        List<JFreeChart> charts = new ArrayList<>();
        charts.add(ChartBuilders.trade(r, pairs, marks));
        charts.add(ChartBuilders.gdp(r, marks));
        charts.add(ChartBuilders.corridor(r, marks));
        charts.add(ChartBuilders.trustMatrix(r, r.lastStep()));
        charts.add(ChartBuilders.disputes(r, marks));
        charts.add(ChartBuilders.investment(r, INVESTMENT_TOP, marks));
        for (JFreeChart c : charts) {
            if (c != charts.get(3)) {
                ChartBuilders.eventLegend(c, eventLines);
                if (decisions) {
                    ChartBuilders.markDecisions(c, r.events(), r.years());
                }
            }
        }
        return charts;
    }

    /** Whether the charts mark the governments' decisions (from the next frame built). */
    void showDecisions(boolean show) {
        decisions = show;
    }

    boolean showsDecisions() {
        return decisions;
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
            cards.get(i).setCaption(caption);
        }
    }

    /** One line per numbered marker: the month and what happens (events in the same month share a number). */
    static List<String> eventLines(List<ScenarioEvent> events, List<Integer> marks) {
        List<String> lines = new ArrayList<>();
        for (int step : ChartBuilders.eventNumbers(marks)) {
            StringBuilder b = new StringBuilder();
            for (ScenarioEvent e : events) {
                if (e.step() == step) {
                    b.append(b.isEmpty() ? e.date() + " " : ", ").append(describe(e));
                }
            }
            lines.add(b.toString());
        }
        return lines;
    }

    private static String describe(ScenarioEvent e) {
        String what = e.type().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        String target = e.target();
        return target.isEmpty() ? what : what + " " + target;
    }

    /** The caption of exported charts: scenario, seed, parameters changed from their defaults, date of the run. */
    static String caption(RunResult r, Instant when) {
        Map<String, Double> changed = r.parameters().overrides();
        String params = changed.isEmpty() ? NO_CHANGES : changed.entrySet().stream()
            .map(e -> e.getKey() + " = " + org.cascade.params.Parameter.format(e.getValue()))
            .collect(Collectors.joining(", "));
        return String.format(Locale.ROOT, CAPTION, r.scenarioId(), r.seed(), r.years(), params,
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC).format(when));
    }

    void clear() {
        cards.forEach(ChartCard::clear);
    }
}
