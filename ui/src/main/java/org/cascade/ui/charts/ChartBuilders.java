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
import org.jfree.chart.title.TextTitle;
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
    static final Color[] PALETTE = {
        new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c), new Color(0xff7f0e), new Color(0x9467bd),
        new Color(0x8c564b), new Color(0xe377c2), new Color(0x17becf), new Color(0xbcbd22), new Color(0x7f7f7f)};
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
        XYSeriesCollection data = new XYSeriesCollection();
        for (String name : pairs) {
            Pair p = Pair.parse(name).orElse(null);
            if (p != null && r.has(Metrics.TRADE, p.name())) {
                data.addSeries(series(r, Metrics.TRADE, p.name(), p.name(), BN));
            }
        }
        return lineChart("Bilateral trade", "bn USD/yr", data, eventSteps, r);
    }

    /** GDP of each state, bn USD/yr. */
    public static JFreeChart gdp(RunResult r, List<Integer> eventSteps) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (StateCode s : StateCode.values()) {
            if (r.has(Metrics.GDP, s.name())) {
                data.addSeries(series(r, Metrics.GDP, s.name(), s.name(), BN));
            }
        }
        return lineChart("GDP", "bn USD/yr", data, eventSteps, r);
    }

    /** Middle Corridor volume against its capacity (Mt/yr), above the shares of the freight and oil routes. */
    public static JFreeChart corridor(RunResult r, List<Integer> eventSteps) {
        XYSeriesCollection vol = new XYSeriesCollection();
        String mc = RouteCode.MIDDLE_CORRIDOR.id();
        if (r.has(Metrics.MIDDLE_CORRIDOR, Metrics.TITR)) {
            vol.addSeries(series(r, Metrics.MIDDLE_CORRIDOR, Metrics.TITR, "volume (TITR)", 1));
        } else if (r.has(Metrics.ROUTE_VOLUME, mc)) {
            vol.addSeries(series(r, Metrics.ROUTE_VOLUME, mc, "volume", 1));
        }
        if (r.has(Metrics.ROUTE_CAPACITY, mc)) {
            vol.addSeries(series(r, Metrics.ROUTE_CAPACITY, mc, "capacity", 1));
        }
        XYPlot top = linePlot(vol, "Mt/yr", eventSteps, r);
        XYSeriesCollection shares = new XYSeriesCollection();
        for (RouteCode rc : RouteCode.values()) {
            if (r.has(Metrics.ROUTE_SHARE, rc.id())) {
                shares.addSeries(series(r, Metrics.ROUTE_SHARE, rc.id(), rc.id() + " share", 1));
            }
        }
        XYPlot bottom = linePlot(shares, "share of mode", eventSteps, r);
        ((NumberAxis) bottom.getRangeAxis()).setRange(0, 1);
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(yearAxis(r));
        plot.setGap(8);
        plot.add(top, 3);
        plot.add(bottom, 2);
        return finish(new JFreeChart(plot), "Middle Corridor volume and capacity; route shares");
    }

    /** Dispute tension and negotiation progress, one panel per dispute, closed-border months shaded. */
    public static JFreeChart disputes(RunResult r, List<Integer> eventSteps) {
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(yearAxis(r));
        plot.setGap(6);
        for (DisputeCode d : DisputeCode.values()) {
            String id = d.id();
            if (!r.has(Metrics.DISPUTE_TENSION, id)) {
                continue;
            }
            XYSeriesCollection data = new XYSeriesCollection();
            data.addSeries(series(r, Metrics.DISPUTE_TENSION, id, id + " tension", 1));
            if (r.has(Metrics.DISPUTE_PROGRESS, id)) {
                data.addSeries(series(r, Metrics.DISPUTE_PROGRESS, id, id + " progress", 1));
            }
            XYPlot sub = linePlot(data, id, eventSteps, r);
            ((NumberAxis) sub.getRangeAxis()).setRange(0, 1.05);
            sub.getRenderer().setSeriesPaint(0, new Color(0xd62728));
            if (data.getSeriesCount() > 1) {
                sub.getRenderer().setSeriesPaint(1, new Color(0x2ca02c));
            }
            for (double[] band : closedBands(r, id)) {
                IntervalMarker m = new IntervalMarker(band[0], band[1]);
                m.setPaint(new Color(0x80, 0x80, 0x80, 60));
                sub.addDomainMarker(m, Layer.BACKGROUND);
            }
            plot.add(sub, 1);
        }
        JFreeChart c = finish(new JFreeChart(plot), "Disputes: tension (red), progress (green); grey = border closed");
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
        List<String> pairs = new ArrayList<>();
        for (Pair p : Pair.all()) {
            if (r.has(Metrics.INVESTMENT_STOCK, p.name())) {
                pairs.add(p.name());
            }
        }
        pairs.sort(Comparator.comparingDouble((String p) -> -r.last(Metrics.INVESTMENT_STOCK, p)));
        XYSeriesCollection data = new XYSeriesCollection();
        for (String p : pairs.subList(0, Math.min(top, pairs.size()))) {
            data.addSeries(series(r, Metrics.INVESTMENT_STOCK, p, p, BN));
        }
        return lineChart("Cross-investment stocks (largest " + top + " pairs)", "bn USD", data, eventSteps, r);
    }

    /** The 7x7 trust matrix at one step as a heat map (diagonal left empty). */
    public static JFreeChart trustMatrix(RunResult r, int step) {
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
        JFreeChart c = finish(new JFreeChart(plot), "Trust between governments, " + r.date(step) + " (0 red .. 1 green)");
        c.removeLegend();
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

    private static JFreeChart lineChart(String title, String unit, XYSeriesCollection data, List<Integer> eventSteps,
                                        RunResult r) {
        XYPlot plot = linePlot(data, unit, eventSteps, r);
        plot.setDomainAxis(yearAxis(r));
        return finish(new JFreeChart(plot), title);
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
        for (Integer step : eventSteps) {
            ValueMarker m = new ValueMarker(x(step));
            m.setPaint(new Color(0x55, 0x55, 0x99, 140));
            m.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {4f, 3f}, 0f));
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
