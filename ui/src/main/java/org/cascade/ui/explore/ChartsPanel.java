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
import org.cascade.ui.charts.ChartTexts;
import org.cascade.ui.i18n.Texts;
import org.jfree.chart.JFreeChart;

/** The explore page's chart cards; builds a {@link Frame} from a snapshot and shows it. */
class ChartsPanel extends Div {
    static final int INVESTMENT_TOP = 6;
    private volatile String caption = "";
    private volatile boolean decisions = true;
    private final Texts t;
    private final ChartTexts tx;
    final ChartCard trade;
    final ChartCard gdp;
    final ChartCard corridor;
    final ChartCard trust;
    final ChartCard disputes;
    final ChartCard investment;
    private final List<ChartCard> cards;

    ChartsPanel() {
        this(Texts.of(Locale.ENGLISH));
    }

    /** Charts whose titles, axes, legends and captions are in the texts' language. */
    ChartsPanel(Texts t) {
        this.t = t;
        this.tx = ChartTexts.of(t, s -> EventMessages.sentence(s, t));
        trade = card("chart-trade", "cascade-trade", 300);
        gdp = card("chart-gdp", "cascade-gdp", 300);
        corridor = card("chart-corridor", "cascade-corridor", 380);
        trust = card("chart-trust", "cascade-trust", 380);
        disputes = card("chart-disputes", "cascade-disputes", 440);
        investment = card("chart-investment", "cascade-investment", 300);
        cards = List.of(trade, gdp, corridor, trust, disputes, investment);
        addClassName("charts");
        cards.forEach(this::add);
    }

    private ChartCard card(String id, String file, int height) {
        return new ChartCard(id, file, height, t.get("chart.empty"), t.get("chart.download"));
    }

    /** Builds and renders every chart for a snapshot; safe to call on any thread. */
    List<JFreeChart> build(RunResult r, List<String> pairs, List<ScenarioEvent> events) {
        List<Integer> marks = new ArrayList<>();
        for (ScenarioEvent e : events) {
            if (e.step() >= 0 && e.step() <= r.years() * 12) {
                marks.add(e.step());
            }
        }
        caption = caption(r, Instant.now(), t);
        List<String> eventLines = eventLines(events, marks, t);
        List<JFreeChart> charts = new ArrayList<>();
        charts.add(ChartBuilders.trade(r, pairs, marks, tx));
        charts.add(ChartBuilders.gdp(r, marks, tx));
        charts.add(ChartBuilders.corridor(r, marks, tx));
        charts.add(ChartBuilders.trustMatrix(r, r.lastStep(), tx));
        charts.add(ChartBuilders.disputes(r, marks, tx));
        charts.add(ChartBuilders.investment(r, INVESTMENT_TOP, marks, tx));
        for (JFreeChart c : charts) {
            if (c != charts.get(3)) {
                ChartBuilders.eventLegend(c, eventLines, tx);
                if (decisions) {
                    ChartBuilders.markDecisions(c, r.events(), r.years(), tx);
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
        return eventLines(events, marks, Texts.of(Locale.ENGLISH));
    }

    static List<String> eventLines(List<ScenarioEvent> events, List<Integer> marks, Texts t) {
        List<String> lines = new ArrayList<>();
        for (int step : ChartBuilders.eventNumbers(marks)) {
            StringBuilder b = new StringBuilder();
            for (ScenarioEvent e : events) {
                if (e.step() == step) {
                    b.append(b.isEmpty() ? e.date() + " " : ", ").append(describe(e, t));
                }
            }
            lines.add(b.toString());
        }
        return lines;
    }

    private static String describe(ScenarioEvent e, Texts t) {
        String what = t.locale().getLanguage().equals(Locale.ENGLISH.getLanguage()) || !t.has("kind." + e.type().id())
            ? e.type().name().toLowerCase(Locale.ROOT).replace('_', ' ') : t.get("kind." + e.type().id());
        String target = e.target();
        return target.isEmpty() ? what : what + " " + target;
    }

    /** The caption of exported charts: scenario, seed, parameters changed from their defaults, date of the run. */
    static String caption(RunResult r, Instant when) {
        return caption(r, when, Texts.of(Locale.ENGLISH));
    }

    /** The line under each exported chart: scenario, seed, horizon, changed parameters and the time of the run. */
    static String caption(RunResult r, Instant when, Texts t) {
        Map<String, Double> changed = r.parameters().overrides();
        String params = changed.isEmpty() ? t.get("chart.caption.none") : changed.entrySet().stream()
            .map(e -> e.getKey() + " = " + org.cascade.params.Parameter.format(e.getValue()))
            .collect(Collectors.joining(", "));
        return t.get("chart.caption", r.scenarioId(), Long.toString(r.seed()), Integer.toString(r.years()), params,
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC).format(when));
    }

    void clear() {
        cards.forEach(ChartCard::clear);
    }
}
