package org.cascade.ui.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.cascade.region.DisputeCode;
import org.cascade.region.Pair;
import org.cascade.region.RouteCode;
import org.cascade.region.StateCode;
import org.cascade.results.LoggedEvent;
import org.cascade.results.Metrics;
import org.cascade.results.RunResult;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.LookupPaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.annotations.XYTitleAnnotation;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Builds the explore page's charts from a {@link RunResult}: plain XYPlots, no ChartFactory. The x axis is the
 * calendar year (step 0 = January 2025 = 2025.0). Dated scenario events become vertical markers.
 */
public final class ChartBuilders {
    public static final double BN = 1e9;
    /**
     * Colour-blind-safe series colours: Okabe-Ito (without its yellow, too pale on white, and black, kept for
     * reference lines) and Paul Tol's wine. No panel draws more series than this, so no colour repeats in a panel.
     */
    public static final Color[] PALETTE = {
        new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73), new Color(0xCC79A7), new Color(0xE69F00),
        new Color(0x56B4E9), new Color(0x882255)};
    /** At most this many series share a panel; more go to further panels (small multiples). */
    public static final int MAX_SERIES_PER_PANEL = 6;
    /** A series whose peak is below the panel's largest peak divided by this goes to a panel of its own scale. */
    public static final double DWARF_RATIO = 8;
    private static final Font MARK_FONT = new Font("DejaVu Sans", Font.BOLD, 10);
    private static final Font NOTE_FONT = new Font("DejaVu Sans", Font.PLAIN, 10);

    // Visible strings are in ChartTexts (keys chart.* of the translation files).
    /**
     * Logged kinds that are governments' choices: a lever moved ("decision" is logged only when one did) or border
     * talks ended in a deal or a failure.
     */
    public static final java.util.Set<String> DECISION_KINDS = java.util.Set.of("decision", "bargaining",
        "bargaining_failed");
    /** At most this many months of decisions are marked (the busiest), so a 20-year adaptive run stays readable. */
    public static final int MAX_DECISION_MARKS = 10;
    /** Marked decision months are at least a horizon / this apart once they must be picked. */
    static final int DECISION_SPACING = 24;
    /** Decision markers: dotted, in a brown no series uses. */
    public static final Color DECISION_COLOR = new Color(0x8C510A);
    private static final Font TITLE_FONT = new Font("DejaVu Sans", Font.BOLD, 14);
    private static final Font AXIS_FONT = new Font("DejaVu Sans", Font.PLAIN, 11);

    private ChartBuilders() {
    }

    /** x value of a step: the year as a decimal. */
    public static double x(int step) {
        return 2025 + step / 12.0;
    }

    /** Bilateral trade of the chosen pairs, bn USD/yr. One series per pair that the run records. */
    public static JFreeChart trade(RunResult r, List<String> pairs, List<Integer> eventSteps) {
        return trade(r, pairs, eventSteps, ChartTexts.ENGLISH);
    }

    public static JFreeChart trade(RunResult r, List<String> pairs, List<Integer> eventSteps, ChartTexts tx) {
        List<XYSeries> data = new ArrayList<>();
        for (String name : pairs) {
            Pair p = Pair.parse(name).orElse(null);
            if (p != null && r.has(Metrics.TRADE, p.name()) && data.stream().noneMatch(d -> d.getKey().equals(p.name()))) {
                data.add(series(r, Metrics.TRADE, p.name(), p.name(), BN));
            }
        }
        return multiples(tx.tradeTitle, tx.bnUsdYr, data, eventSteps, r, tx);
    }

    /** GDP of each state, bn USD/yr. */
    public static JFreeChart gdp(RunResult r, List<Integer> eventSteps) {
        return gdp(r, eventSteps, ChartTexts.ENGLISH);
    }

    public static JFreeChart gdp(RunResult r, List<Integer> eventSteps, ChartTexts tx) {
        List<XYSeries> data = new ArrayList<>();
        for (StateCode s : StateCode.values()) {
            if (r.has(Metrics.GDP, s.name())) {
                data.add(series(r, Metrics.GDP, s.name(), s.name(), BN));
            }
        }
        return multiples(tx.gdpTitle, tx.bnUsdYr, data, eventSteps, r, tx);
    }

    /** Middle Corridor volume against its capacity (Mt/yr), above the shares of the freight and oil routes. */
    public static JFreeChart corridor(RunResult r, List<Integer> eventSteps) {
        return corridor(r, eventSteps, ChartTexts.ENGLISH);
    }

    public static JFreeChart corridor(RunResult r, List<Integer> eventSteps, ChartTexts tx) {
        XYSeriesCollection vol = new XYSeriesCollection();
        String mc = RouteCode.MIDDLE_CORRIDOR.id();
        if (r.has(Metrics.MIDDLE_CORRIDOR, Metrics.TITR)) {
            vol.addSeries(series(r, Metrics.MIDDLE_CORRIDOR, Metrics.TITR, tx.volumeTitr, 1));
        } else if (r.has(Metrics.ROUTE_VOLUME, mc)) {
            vol.addSeries(series(r, Metrics.ROUTE_VOLUME, mc, tx.volume, 1));
        }
        if (r.has(Metrics.ROUTE_CAPACITY, mc)) {
            vol.addSeries(series(r, Metrics.ROUTE_CAPACITY, mc, tx.capacity, 1));
        }
        XYPlot top = linePlot(vol, tx.mtYr, eventSteps, r);
        top.getRenderer().setSeriesPaint(0, Color.BLACK);
        if (vol.getSeriesCount() > 1) {
            top.getRenderer().setSeriesPaint(1, new Color(0x666666));
            top.getRenderer().setSeriesStroke(1, new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f,
                new float[] {6f, 4f}, 0f));
        }
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(yearAxis(r));
        plot.setGap(8);
        plot.add(top, 3);
        // route shares in two panels, freight and oil (each a share of its mode), with colours unique in the chart
        int colour = 0;
        for (RouteCode.Mode mode : RouteCode.Mode.values()) {
            XYSeriesCollection shares = new XYSeriesCollection();
            for (RouteCode rc : RouteCode.values()) {
                if (rc.mode() == mode && r.has(Metrics.ROUTE_SHARE, rc.id())) {
                    shares.addSeries(series(r, Metrics.ROUTE_SHARE, rc.id(), tx.route(rc.id()) + tx.share, 1));
                }
            }
            if (shares.getSeriesCount() == 0) {
                continue;
            }
            XYPlot panel = linePlot(shares, mode == RouteCode.Mode.FREIGHT ? tx.freightShare : tx.oilShare, eventSteps, r);
            unlabel(panel);
            for (int i = 0; i < shares.getSeriesCount(); i++) {
                panel.getRenderer().setSeriesPaint(i, PALETTE[colour++ % PALETTE.length]);
            }
            NumberAxis y = (NumberAxis) panel.getRangeAxis();
            y.setRange(0, 1);
            y.setTickUnit(new NumberTickUnit(0.5));
            plot.add(panel, 2);
        }
        return finish(new JFreeChart(plot), tx.corridorTitle);
    }

    /** Dispute tension and negotiation progress, one panel per dispute, closed-border months shaded. */
    public static JFreeChart disputes(RunResult r, List<Integer> eventSteps) {
        return disputes(r, eventSteps, ChartTexts.ENGLISH);
    }

    public static JFreeChart disputes(RunResult r, List<Integer> eventSteps, ChartTexts tx) {
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(yearAxis(r));
        plot.setGap(6);
        for (DisputeCode d : DisputeCode.values()) {
            String id = d.id();
            if (!r.has(Metrics.DISPUTE_TENSION, id)) {
                continue;
            }
            XYSeriesCollection data = new XYSeriesCollection();
            data.addSeries(series(r, Metrics.DISPUTE_TENSION, id, id + tx.tension, 1));
            if (r.has(Metrics.DISPUTE_PROGRESS, id)) {
                data.addSeries(series(r, Metrics.DISPUTE_PROGRESS, id, id + tx.progress, 1));
            }
            XYPlot sub = linePlot(data, id, eventSteps, r);
            if (!plot.getSubplots().isEmpty()) {
                unlabel(sub);
            }
            NumberAxis y = (NumberAxis) sub.getRangeAxis();
            y.setRange(0, 1.05);
            // three ticks (0, 0.5, 1): a panel is under 100 px high, and 0.1 steps would collide
            y.setTickUnit(new NumberTickUnit(0.5));
            y.setLabelFont(NOTE_FONT);
            sub.getRenderer().setSeriesPaint(0, PALETTE[1]);
            if (data.getSeriesCount() > 1) {
                sub.getRenderer().setSeriesPaint(1, PALETTE[0]);
            }
            for (double[] band : closedBands(r, id)) {
                IntervalMarker m = new IntervalMarker(band[0], band[1]);
                m.setPaint(new Color(0x80, 0x80, 0x80, 60));
                sub.addDomainMarker(m, Layer.BACKGROUND);
            }
            plot.add(sub, 1);
        }
        JFreeChart c = finish(new JFreeChart(plot), tx.disputesTitle);
        c.removeLegend();
        return c;
    }

    /** Month intervals (as x values) in which the dispute's border was closed. */
    public static List<double[]> closedBands(RunResult r, String dispute) {
        List<double[]> out = new ArrayList<>();
        if (!r.has(Metrics.BORDER_OPEN, dispute)) {
            return out;
        }
        double[] open = r.series(Metrics.BORDER_OPEN, dispute);
        int start = -1;
        for (int s = 0; s <= open.length; s++) {
            boolean closed = s < open.length && open[s] < 0.5;
            if (closed && start < 0) {
                start = s;
            } else if (!closed && start >= 0) {
                out.add(new double[] {x(start), x(s)});
                start = -1;
            }
        }
        return out;
    }

    /** Investment stocks of the {@code top} largest pairs at the last step, bn USD. */
    public static JFreeChart investment(RunResult r, int top, List<Integer> eventSteps) {
        return investment(r, top, eventSteps, ChartTexts.ENGLISH);
    }

    public static JFreeChart investment(RunResult r, int top, List<Integer> eventSteps, ChartTexts tx) {
        List<String> pairs = new ArrayList<>();
        for (Pair p : Pair.all()) {
            if (r.has(Metrics.INVESTMENT_STOCK, p.name())) {
                pairs.add(p.name());
            }
        }
        pairs.sort(Comparator.comparingDouble((String p) -> -r.last(Metrics.INVESTMENT_STOCK, p)));
        List<XYSeries> data = new ArrayList<>();
        for (String p : pairs.subList(0, Math.min(top, pairs.size()))) {
            data.add(series(r, Metrics.INVESTMENT_STOCK, p, p, BN));
        }
        return multiples(tx.format(tx.investmentTitle, top), tx.bnUsd, data, eventSteps, r, tx);
    }

    /** The 7x7 trust matrix at one step as a heat map (diagonal left empty). */
    public static JFreeChart trustMatrix(RunResult r, int step) {
        return trustMatrix(r, step, ChartTexts.ENGLISH);
    }

    public static JFreeChart trustMatrix(RunResult r, int step, ChartTexts tx) {
        DefaultXYZDataset data = new DefaultXYZDataset();
        int n = StateCode.COUNT;
        List<double[]> cells = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i == j) {
                    continue;
                }
                Pair p = Pair.of(StateCode.values()[i], StateCode.values()[j]);
                if (r.has(Metrics.TRUST, p.name())) {
                    cells.add(new double[] {i, j, r.value(step, Metrics.TRUST, p.name())});
                }
            }
        }
        double[][] xyz = new double[3][cells.size()];
        for (int k = 0; k < cells.size(); k++) {
            xyz[0][k] = cells.get(k)[0];
            xyz[1][k] = cells.get(k)[1];
            xyz[2][k] = cells.get(k)[2];
        }
        data.addSeries("trust", xyz);
        String[] names = new String[n];
        for (int i = 0; i < n; i++) {
            names[i] = StateCode.values()[i].name();
        }
        SymbolAxis xAxis = new SymbolAxis(null, names);
        SymbolAxis yAxis = new SymbolAxis(null, names);
        yAxis.setInverted(true);
        xAxis.setTickLabelFont(AXIS_FONT);
        yAxis.setTickLabelFont(AXIS_FONT);
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setPaintScale(trustScale());
        renderer.setDefaultItemLabelsVisible(false);
        XYPlot plot = new XYPlot(data, xAxis, yAxis, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        for (double[] cell : cells) {
            XYTextAnnotation value = new XYTextAnnotation(String.format(java.util.Locale.ROOT, "%.2f", cell[2]), cell[0], cell[1]);
            value.setFont(NOTE_FONT);
            Color bg = trustColor(cell[2]);
            double luminance = 0.299 * bg.getRed() + 0.587 * bg.getGreen() + 0.114 * bg.getBlue();
            value.setPaint(luminance < 140 ? Color.WHITE : Color.BLACK);
            plot.addAnnotation(value);
        }
        JFreeChart c = finish(new JFreeChart(plot), tx.format(tx.trustTitle, r.date(step).toString()));
        c.removeLegend();
        NumberAxis scaleAxis = new NumberAxis(tx.trustScale);
        scaleAxis.setRange(0, 1);
        scaleAxis.setTickUnit(new NumberTickUnit(0.25));
        scaleAxis.setTickLabelFont(NOTE_FONT);
        scaleAxis.setLabelFont(NOTE_FONT);
        PaintScaleLegend legend = new PaintScaleLegend(trustScale(), scaleAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setStripWidth(12);
        legend.setMargin(new RectangleInsets(8, 6, 8, 2));
        legend.setBackgroundPaint(Color.WHITE);
        c.addSubtitle(legend);
        return c;
    }

    /** Colour of a trust value: red at 0, yellow at 0.5, green at 1, in 20 steps. */
    public static Color trustColor(double trust) {
        double t = Math.max(0, Math.min(1, trust));
        t = Math.floor(t * 20) / 20.0;
        int rr;
        int gg;
        if (t < 0.5) {
            rr = 215;
            gg = (int) Math.round(48 + (t / 0.5) * (200 - 48));
        } else {
            rr = (int) Math.round(215 - ((t - 0.5) / 0.5) * (215 - 26));
            gg = (int) Math.round(200 - ((t - 0.5) / 0.5) * (200 - 150));
        }
        return new Color(rr, gg, 60);
    }

    static LookupPaintScale trustScale() {
        LookupPaintScale s = new LookupPaintScale(0, 1.0001, Color.LIGHT_GRAY);
        for (int k = 0; k <= 20; k++) {
            double v = k / 20.0;
            s.add(v, trustColor(v));
        }
        return s;
    }

    /** Paint of a trust cell as the heat map draws it. */
    public static Paint trustPaint(JFreeChart heatMap, double trust) {
        XYBlockRenderer rend = (XYBlockRenderer) heatMap.getXYPlot().getRenderer();
        return rend.getPaintScale().getPaint(trust);
    }

    // --- helpers -------------------------------------------------------------------------------------------

    static XYSeries series(RunResult r, String metric, String subject, String name, double divisor) {
        XYSeries s = new XYSeries(name, false, true);
        double[] v = r.series(metric, subject);
        for (int step = 0; step < v.length; step++) {
            s.add(x(step), v[step] / divisor, false);
        }
        return s;
    }

    /**
     * One panel when the series are of a kind; otherwise small multiples sharing the year axis: series sorted by
     * peak, a new panel (with its own scale) when a panel holds {@link #MAX_SERIES_PER_PANEL} series or the next
     * series peaks below the panel's largest peak divided by {@link #DWARF_RATIO}. Colours are unique in the chart.
     */
    static JFreeChart multiples(String title, String unit, List<XYSeries> series, List<Integer> eventSteps, RunResult r,
                                ChartTexts tx) {
        List<List<XYSeries>> panels = group(series);
        if (panels.size() <= 1) {
            XYSeriesCollection data = new XYSeriesCollection();
            series.forEach(data::addSeries);
            XYPlot plot = linePlot(data, unit, eventSteps, r);
            plot.setDomainAxis(yearAxis(r));
            return finish(new JFreeChart(plot), title);
        }
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(yearAxis(r));
        plot.setGap(8);
        int colour = 0;
        boolean unique = series.size() <= PALETTE.length;
        for (List<XYSeries> panel : panels) {
            XYSeriesCollection data = new XYSeriesCollection();
            panel.forEach(data::addSeries);
            XYPlot sub = linePlot(data, unit, eventSteps, r);
            if (!plot.getSubplots().isEmpty()) {
                unlabel(sub);
            }
            for (int i = 0; i < panel.size(); i++) {
                sub.getRenderer().setSeriesPaint(i, PALETTE[(unique ? colour++ : i) % PALETTE.length]);
            }
            if (!unique) {
                LegendTitle inner = new LegendTitle(sub);
                inner.setItemFont(NOTE_FONT);
                inner.setBackgroundPaint(new Color(255, 255, 255, 200));
                sub.addAnnotation(new XYTitleAnnotation(0.01, 0.99, inner, RectangleAnchor.TOP_LEFT));
            }
            plot.add(sub, 1);
        }
        JFreeChart c = finish(new JFreeChart(plot), title + tx.scaleNote);
        if (!unique) {
            c.removeLegend();
        }
        return c;
    }

    static List<List<XYSeries>> group(List<XYSeries> series) {
        List<XYSeries> sorted = new ArrayList<>(series);
        sorted.sort(Comparator.comparingDouble((XYSeries x) -> -peak(x)));
        List<List<XYSeries>> panels = new ArrayList<>();
        List<XYSeries> current = null;
        double top = 0;
        for (XYSeries x : sorted) {
            double p = peak(x);
            // a series that stays at zero has no scale of its own: it joins the last panel when there is room
            boolean flat = p <= 0 && current != null && current.size() < MAX_SERIES_PER_PANEL;
            if (!flat && (current == null || current.size() >= MAX_SERIES_PER_PANEL || p * DWARF_RATIO < top)) {
                current = new ArrayList<>();
                panels.add(current);
                top = p;
            }
            current.add(x);
        }
        return panels;
    }

    private static double peak(XYSeries x) {
        return x.getItemCount() == 0 ? 0 : Math.max(Math.abs(x.getMaxY()), Math.abs(x.getMinY()));
    }

    /** Event lines run through every panel; only the top panel numbers them. */
    private static void unlabel(XYPlot p) {
        java.util.Collection<?> marks = p.getDomainMarkers(Layer.FOREGROUND);
        if (marks != null) {
            marks.forEach(m -> ((ValueMarker) m).setLabel(null));
        }
    }

    /** Every plot of a chart: the plot itself, or the panels of a combined plot. */
    @SuppressWarnings("unchecked")
    public static List<XYPlot> panels(JFreeChart c) {
        if (c.getPlot() instanceof CombinedDomainXYPlot combined) {
            return (List<XYPlot>) (List<?>) combined.getSubplots();
        }
        return List.of(c.getXYPlot());
    }

    /** The names of every series the chart draws, panel by panel. */
    public static List<String> seriesNames(JFreeChart c) {
        List<String> out = new ArrayList<>();
        for (XYPlot p : panels(c)) {
            for (int i = 0; p.getDataset() != null && i < p.getDataset().getSeriesCount(); i++) {
                out.add(String.valueOf(p.getDataset().getSeriesKey(i)));
            }
        }
        return out;
    }

    /** The distinct event months, in order: marker n (1-based) is at {@code steps.get(n - 1)}. */
    public static List<Integer> eventNumbers(List<Integer> eventSteps) {
        return eventSteps.stream().distinct().sorted().toList();
    }

    /** Adds the numbered list of events under the chart ("1 = 2025-07 ..."). */
    public static void eventLegend(JFreeChart c, List<String> lines) {
        eventLegend(c, lines, ChartTexts.ENGLISH);
    }

    public static void eventLegend(JFreeChart c, List<String> lines, ChartTexts tx) {
        if (lines.isEmpty()) {
            return;
        }
        StringBuilder b = new StringBuilder(tx.events);
        for (int i = 0; i < lines.size(); i++) {
            b.append(i == 0 ? "" : "; ").append(i + 1).append(" = ").append(lines.get(i));
        }
        TextTitle t = new TextTitle(b.toString(), NOTE_FONT);
        t.setPosition(RectangleEdge.BOTTOM);
        t.setHorizontalAlignment(org.jfree.chart.ui.HorizontalAlignment.LEFT);
        t.setMaximumLinesToDisplay(3);
        t.setID("events");
        c.addSubtitle(t);
    }

    /**
     * The months whose decisions are marked, each with its decisions, in date order: every month with one, or, when
     * there are more than {@code max}, the busiest months (the earlier on a tie) at least {@code gap} months apart, so
     * that their labels do not run into each other.
     */
    public static java.util.SortedMap<Integer, List<LoggedEvent>> decisionMonths(List<LoggedEvent> log, int max,
                                                                               int gap) {
        java.util.SortedMap<Integer, List<LoggedEvent>> all = new java.util.TreeMap<>();
        for (LoggedEvent e : log) {
            if (DECISION_KINDS.contains(e.kind())) {
                all.computeIfAbsent(e.step(), k -> new ArrayList<>()).add(e);
            }
        }
        if (all.size() <= max) {
            return all;
        }
        java.util.SortedMap<Integer, List<LoggedEvent>> kept = new java.util.TreeMap<>();
        all.keySet().stream().sorted(Comparator.comparingInt((Integer k) -> -all.get(k).size()).thenComparing(k -> k))
            .forEach(k -> {
                boolean apart = kept.keySet().stream().allMatch(other -> Math.abs(other - k) >= gap);
                if (kept.size() < max && apart) {
                    kept.put(k, all.get(k));
                }
            });
        return kept;
    }

    /**
     * Marks the governments' decisions of a run: a dotted brown line per month (at most {@link #MAX_DECISION_MARKS},
     * chosen by {@link #decisionMonths}),
     * labelled D1, D2... at the foot of the top panel, and a legend under the chart saying what was decided. Apart
     * from the scenario's numbered events (dashed grey, numbered at the top). Nothing for a run without decisions.
     */
    public static void markDecisions(JFreeChart c, List<LoggedEvent> log, int years) {
        markDecisions(c, log, years, ChartTexts.ENGLISH);
    }

    public static void markDecisions(JFreeChart c, List<LoggedEvent> log, int years, ChartTexts tx) {
        java.util.SortedMap<Integer, List<LoggedEvent>> months = decisionMonths(log, MAX_DECISION_MARKS,
            Math.max(1, years * 12 / DECISION_SPACING));
        if (months.isEmpty()) {
            return;
        }
        List<XYPlot> panels = panels(c);
        List<String> lines = new ArrayList<>();
        int n = 0;
        for (var month : months.entrySet()) {
            n++;
            for (int i = 0; i < panels.size(); i++) {
                ValueMarker m = new ValueMarker(x(month.getKey()));
                m.setPaint(DECISION_COLOR);
                m.setStroke(new BasicStroke(1.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, new float[] {1.5f, 3f},
                    0f));
                if (i == 0) {
                    m.setLabel("D" + n);
                    m.setLabelFont(MARK_FONT);
                    m.setLabelPaint(DECISION_COLOR);
                    // labels right of the line, but left of it near the end of the axis, where they would be cut
                    boolean nearEnd = month.getKey() > 0.94 * Math.max(1, years) * 12;
                    m.setLabelAnchor(nearEnd ? RectangleAnchor.BOTTOM_LEFT : RectangleAnchor.BOTTOM_RIGHT);
                    m.setLabelTextAnchor(nearEnd ? TextAnchor.BOTTOM_RIGHT : TextAnchor.BOTTOM_LEFT);
                }
                panels.get(i).addDomainMarker(m);
            }
            List<LoggedEvent> es = month.getValue();
            String first = shortDecision(es.get(0), tx);
            lines.add("D" + n + " = " + es.get(0).date() + " " + first
                + (es.size() > 1 ? tx.format(tx.more, es.size() - 1) : ""));
        }
        long total = log.stream().filter(e -> DECISION_KINDS.contains(e.kind())).map(LoggedEvent::step).distinct().count();
        TextTitle t = new TextTitle((total > months.size()
            ? tx.format(tx.decisionsOf, months.size(), total) : tx.decisions)
            + String.join("; ", lines), NOTE_FONT);
        t.setPosition(RectangleEdge.BOTTOM);
        t.setHorizontalAlignment(org.jfree.chart.ui.HorizontalAlignment.LEFT);
        t.setPaint(DECISION_COLOR);
        t.setMaximumLinesToDisplay(3);
        t.setID("decisions");
        c.addSubtitle(t);
    }

    /** A decision in a few words: "KZ raises its import tariff to 3.0%", "KG-TJ talks failed". */
    static String shortDecision(LoggedEvent e) {
        return shortDecision(e, ChartTexts.ENGLISH);
    }

    static String shortDecision(LoggedEvent e, ChartTexts tx) {
        return switch (e.kind()) {
            case "bargaining" -> e.subject() + tx.talksAccepted;
            case "bargaining_failed" -> e.subject() + tx.talksFailed;
            default -> {
                String full = tx.sentence.apply(e.message());
                int cut = full.indexOf(" (");
                yield cut > 0 ? full.substring(0, cut) : full;
            }
        };
    }

    private static XYPlot linePlot(XYSeriesCollection data, String unit, List<Integer> eventSteps, RunResult r) {
        XYLineAndShapeRenderer rend = new XYLineAndShapeRenderer(true, false);
        rend.setDrawSeriesLineAsPath(true); // one <path> per series, not one <line> per month
        for (int i = 0; i < data.getSeriesCount(); i++) {
            rend.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
            rend.setSeriesStroke(i, new BasicStroke(2f));
        }
        NumberAxis y = new NumberAxis(unit);
        y.setAutoRangeIncludesZero(true);
        y.setLabelFont(AXIS_FONT);
        y.setTickLabelFont(AXIS_FONT);
        XYPlot plot = new XYPlot(data, yearAxis(r), y, rend);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xdddddd));
        plot.setRangeGridlinePaint(new Color(0xdddddd));
        List<Integer> numbered = eventNumbers(eventSteps);
        for (int i = 0; i < numbered.size(); i++) {
            ValueMarker m = new ValueMarker(x(numbered.get(i)));
            m.setPaint(new Color(0x33, 0x33, 0x33, 160));
            m.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {4f, 3f}, 0f));
            m.setLabel(String.valueOf(i + 1));
            m.setLabelFont(MARK_FONT);
            m.setLabelPaint(Color.BLACK);
            m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
            m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
            plot.addDomainMarker(m);
        }
        return plot;
    }

    static NumberAxis yearAxis(RunResult r) {
        NumberAxis x = new NumberAxis(null);
        x.setAutoRangeIncludesZero(false);
        x.setRange(2025, Math.max(2026, 2025 + r.years()));
        int years = Math.max(1, r.years());
        x.setTickUnit(new NumberTickUnit(years <= 10 ? 1 : years <= 25 ? 5 : 10, new java.text.DecimalFormat("0")));
        x.setTickLabelFont(AXIS_FONT);
        return x;
    }

    private static JFreeChart finish(JFreeChart c, String title) {
        c.setTitle(new TextTitle(title, TITLE_FONT));
        c.setBackgroundPaint(Color.WHITE);
        c.setAntiAlias(true);
        c.setPadding(new RectangleInsets(2, 2, 2, 16));
        if (c.getLegend() != null) {
            c.getLegend().setItemFont(AXIS_FONT);
        }
        return c;
    }
}
