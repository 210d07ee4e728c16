package org.cascade.ui.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cascade.region.DisputeCode;
import org.cascade.region.Pair;
import org.cascade.region.RouteCode;
import org.cascade.region.StateCode;
import org.cascade.results.Metrics;
import org.cascade.results.RunResult;

/**
 * Draws the region as SVG on the server: country outlines (Natural Earth), the seven states filled by an
 * indicator (every indicator's colours are in the SVG; the map box's {@code data-indicator} attribute picks one
 * with CSS, so switching needs no redraw), neighbours in grey, the seas, routes and pipelines along their real
 * paths (width follows volume), trade between capitals (width follows turnover), disputed borders on the actual
 * shared border (coloured by state), hubs and capitals, labels placed without collisions, and a legend strip.
 * Elements carry data attributes (data-state, data-route, data-pair, data-dispute, data-country) for clicks and tests.
 */
public final class MapRenderer {
    /** Widest drawn line, for the largest route volume or trade flow, in px. */
    public static final double MAX_ROUTE_WIDTH = 12;
    public static final double MAX_FLOW_WIDTH = 9;
    /** Sequential, colour-blind-safe fill classes (ColorBrewer Purples), light = low. */
    public static final List<String> FILLS = List.of("#f2f0f7", "#cbc9e2", "#9e9ac8", "#756bb1", "#54278f");
    static final String WATER = "#c6dcef";
    static final String NEIGHBOUR = "#e4e1da";
    static final String NO_RUN_FILL = "#d9d2ea";
    static final String FREIGHT = "#a6611a";
    static final String OIL = "#1b1b1b";
    static final String FLOW = "#2166ac";
    static final String CLOSED = "#c62828";
    static final String UNKNOWN = "#8a8a8a";
    /** Perpendicular offset of each route in px, so that routes sharing a track stay apart. */
    private static final Map<RouteCode, Double> OFFSETS = new EnumMap<>(Map.of(
        RouteCode.NORTHERN, -3.0, RouteCode.MIDDLE_CORRIDOR, 3.5, RouteCode.TRANS_CASPIAN, -3.5,
        RouteCode.SOUTHERN, 3.5, RouteCode.CPC, 0.0, RouteCode.BTC, 7.0, RouteCode.BAKU_SUPSA, -7.0));

    // Visible strings, kept together for translation.
    static final String TITLE = "Map of the region";
    static final String NO_RUN = "Start a run to see routes, flows and disputes. Click a state to inspect it.";
    static final String MONTH = "Month %s. Click a state to inspect it.";
    static final String ROUTES_TITLE = "Routes, width = volume (Mt/yr)";
    static final String FREIGHT_LABEL = "rail + ferry";
    static final String OIL_LABEL = "oil pipeline";
    static final String FLOWS_TITLE = "Trade between capitals";
    static final String FLOW_UNIT = "bn USD/yr";
    static final String DISPUTES_TITLE = "Disputed borders";
    static final String CLOSED_LABEL = "closed";
    static final String CALM_LABEL = "open, calm";
    static final String TENSE_LABEL = "open, tense";
    static final String UNKNOWN_LABEL = "no data in this run";
    static final String HUB_LABEL = "port / hub";
    static final String CAPITAL_LABEL = "capital";
    static final String NEIGHBOUR_LABEL = "neighbour";
    static final String STATES_NO_RUN = "The seven modelled states";
    static final String CLICK = "click to inspect";
    static final String OPEN_LABEL = "open";
    static final String WHERE_ROUTES_RUN = "where the routes run";
    static final String DURING_RUN = "(during a run)";
    static final String WIDEST = " (widest)";
    static final String SOURCE = "Outlines: Natural Earth";
    static final String TO = " to ";
    static final String DESC_STATES = "Kazakhstan, Uzbekistan, Kyrgyzstan, Tajikistan, Turkmenistan, Azerbaijan and "
        + "Armenia with their neighbours, the Caspian Sea, the freight routes and oil pipelines, and the disputed borders. ";

    /** The drawn map and where its labels went (for tests). */
    public record Drawing(String svg, List<Labels.Placed> labels) {
    }

    private MapRenderer() {
    }

    /** The map at one step of a run; with {@code r == null} only the geography. */
    public static String render(RunResult r, int step) {
        return draw(r, step).svg();
    }

    /** The map and its label layout. */
    public static Drawing draw(RunResult r, int step) {
        StringBuilder b = new StringBuilder(64_000);
        b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(Geo.WIDTH).append("\" height=\"")
            .append(Geo.HEIGHT).append("\" viewBox=\"0 0 ").append(Geo.WIDTH).append(' ').append(Geo.HEIGHT)
            .append("\" class=\"region-map\" role=\"img\" aria-label=\"").append(esc(TITLE))
            .append("\" aria-describedby=\"map-desc\"><title>").append(esc(TITLE)).append("</title><desc id=\"map-desc\">")
            .append(esc(description(r, step))).append("</desc>");
        style(b);
        b.append("<rect x=\"0\" y=\"0\" width=\"").append(Geo.WIDTH).append("\" height=\"").append(Geo.MAP_HEIGHT)
            .append("\" fill=\"").append(WATER).append("\"/>");
        Labels labels = new Labels(Geo.WIDTH, Geo.MAP_HEIGHT);
        Map<MapIndicator, Scale> scales = new EnumMap<>(MapIndicator.class);
        if (r != null) {
            for (MapIndicator ind : MapIndicator.values()) {
                scales.put(ind, Scale.of(ind, r, step));
            }
        }
        countries(b, r, step, scales);
        disputes(b, r, step);
        if (r != null) {
            flows(b, r, step);
        }
        List<double[][]> routeLines = routes(b, r, step);
        markers(b, labels);
        placeLabels(labels, routeLines);
        drawLabels(b, labels.placed());
        legend(b, r, step, scales);
        b.append("</svg>");
        return new Drawing(b.toString(), List.copyOf(labels.placed()));
    }

    /** The map in words, for screen readers: the month, each state's GDP, the routes' volumes, the disputes. */
    static String description(RunResult r, int step) {
        StringBuilder d = new StringBuilder(DESC_STATES);
        if (r == null) {
            return d.append(NO_RUN).toString();
        }
        d.append(String.format(Locale.ROOT, MONTH, r.date(step))).append(' ');
        StringBuilder states = new StringBuilder();
        for (StateCode s : StateCode.values()) {
            double v = MapIndicator.GDP.value(r, step, s);
            if (!Double.isNaN(v)) {
                states.append(states.isEmpty() ? "" : ", ").append(s.displayName()).append(' ').append(number(v));
            }
        }
        if (!states.isEmpty()) {
            d.append(MapIndicator.GDP.label()).append(" (").append(MapIndicator.GDP.unit()).append("): ").append(states).append(". ");
        }
        StringBuilder routes = new StringBuilder();
        for (RouteCode rc : RouteCode.values()) {
            if (r.has(Metrics.ROUTE_VOLUME, rc.id())) {
                routes.append(routes.isEmpty() ? "" : ", ").append(Geo.ROUTE_NAMES.get(rc)).append(' ')
                    .append(number(r.value(step, Metrics.ROUTE_VOLUME, rc.id())));
            }
        }
        if (!routes.isEmpty()) {
            d.append(ROUTES_TITLE).append(": ").append(routes).append(". ");
        }
        for (DisputeCode dc : DisputeCode.values()) {
            if (r.has(Metrics.DISPUTE_TENSION, dc.id())) {
                boolean open = !r.has(Metrics.BORDER_OPEN, dc.id()) || r.value(step, Metrics.BORDER_OPEN, dc.id()) >= 0.5;
                d.append(dc.id()).append(' ').append(open ? OPEN_LABEL : CLOSED_LABEL)
                    .append(String.format(Locale.ROOT, ", tension %.2f. ", r.value(step, Metrics.DISPUTE_TENSION, dc.id())));
            }
        }
        return d.toString().trim();
    }

    /** Shows one indicator's fills and legend, picked by the map box's data-indicator attribute (GDP by default). */
    private static void style(StringBuilder b) {
        b.append("<style>.region-map .ind{display:none}.region-map .state-shape{fill:var(--f-gdp)}")
            .append(".region-map .ind-gdp{display:inline}");
        for (MapIndicator ind : MapIndicator.values()) {
            if (ind == MapIndicator.GDP) {
                continue;
            }
            String sel = "[data-indicator=\"" + ind.key() + "\"] .region-map ";
            b.append(sel).append(".state-shape{fill:var(--f-").append(ind.key()).append(")}")
                .append(sel).append(".ind-gdp{display:none}").append(sel).append(".ind-").append(ind.key())
                .append("{display:inline}");
        }
        b.append(".region-map .state:hover .state-shape{stroke:#000;stroke-width:2}")
            .append(".region-map text{font-family:sans-serif}</style>");
    }

    /** Colour classes of one indicator at one step: five classes between the smallest and largest value. */
    record Scale(MapIndicator indicator, double[] breaks, boolean known) {
        static Scale of(MapIndicator ind, RunResult r, int step) {
            double lo = Double.MAX_VALUE;
            double hi = -Double.MAX_VALUE;
            for (StateCode s : StateCode.values()) {
                double v = ind.value(r, step, s);
                if (!Double.isNaN(v) && (!ind.logScale() || v > 0)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
            if (lo > hi) {
                return new Scale(ind, new double[0], false);
            }
            if (!ind.logScale()) {
                lo = 0;
                hi = 1;
            }
            double[] breaks = new double[FILLS.size() + 1];
            for (int i = 0; i <= FILLS.size(); i++) {
                double t = (double) i / FILLS.size();
                breaks[i] = ind.logScale() && lo > 0 ? Math.exp(Math.log(lo) + t * (Math.log(hi) - Math.log(lo)))
                    : lo + t * (hi - lo);
            }
            return new Scale(ind, breaks, true);
        }

        String colour(double v) {
            if (!known || Double.isNaN(v)) {
                return NO_RUN_FILL;
            }
            for (int i = 1; i < FILLS.size(); i++) {
                if (v < breaks[i]) {
                    return FILLS.get(i - 1);
                }
            }
            return FILLS.get(FILLS.size() - 1);
        }
    }

    private static void countries(StringBuilder b, RunResult r, int step, Map<MapIndicator, Scale> scales) {
        for (Geo.Country c : Geo.countries()) {
            StateCode s = state(c.code());
            if (s != null) {
                continue;
            }
            Geo.Place label = Geo.NEIGHBOURS.get(c.code());
            String name = label != null ? label.name() : c.name();
            b.append("<path class=\"country\" data-country=\"").append(c.code())
                .append("\" fill-rule=\"evenodd\" fill=\"").append(NEIGHBOUR).append("\" stroke=\"#fff\" stroke-width=\"0.8\" d=\"")
                .append(c.path()).append("\"><title>").append(esc(name)).append("</title></path>");
        }
        for (Geo.Country c : Geo.countries()) {
            StateCode s = state(c.code());
            if (s == null) {
                continue;
            }
            StringBuilder vars = new StringBuilder();
            StringBuilder tip = new StringBuilder(s.displayName());
            String gdpFill = NO_RUN_FILL;
            for (MapIndicator ind : MapIndicator.values()) {
                Scale sc = scales.get(ind);
                double v = r == null ? Double.NaN : ind.value(r, step, s);
                String fill = sc == null ? NO_RUN_FILL : sc.colour(v);
                if (ind == MapIndicator.GDP) {
                    gdpFill = fill;
                }
                vars.append("--f-").append(ind.key()).append(':').append(fill).append(';');
                if (!Double.isNaN(v)) {
                    tip.append(", ").append(ind.label()).append(' ').append(number(v)).append(' ').append(ind.unit());
                }
            }
            tip.append(": ").append(CLICK);
            b.append("<g class=\"state\" data-state=\"").append(s.name()).append("\" style=\"cursor:pointer;")
                .append(vars).append("\"><path class=\"state-shape\" data-state=\"").append(s.name())
                .append("\" data-fill=\"").append(gdpFill).append("\" fill-rule=\"evenodd\" fill=\"").append(gdpFill)
                .append("\" stroke=\"#4a4a4a\" stroke-width=\"1\" d=\"").append(c.path()).append("\"/><title>")
                .append(esc(tip.toString())).append("</title></g>");
        }
    }

    private static StateCode state(String code) {
        for (StateCode s : StateCode.values()) {
            if (s.name().equals(code)) {
                return s;
            }
        }
        return null;
    }

    /** Colour of a disputed border: red when closed; when open, green (calm) to orange (tense). */
    public static String disputeColour(boolean open, double tension) {
        if (!open) {
            return CLOSED;
        }
        double t = Math.max(0, Math.min(1, tension));
        int red = (int) Math.round(46 + t * (245 - 46));
        int green = (int) Math.round(160 + t * (124 - 160));
        int blue = (int) Math.round(67 + t * (0 - 67));
        return String.format("#%02x%02x%02x", red, green, blue);
    }

    private static void disputes(StringBuilder b, RunResult r, int step) {
        for (DisputeCode d : DisputeCode.values()) {
            boolean known = r != null && r.has(Metrics.DISPUTE_TENSION, d.id());
            boolean open = !known || !r.has(Metrics.BORDER_OPEN, d.id()) || r.value(step, Metrics.BORDER_OPEN, d.id()) >= 0.5;
            double tension = known ? r.value(step, Metrics.DISPUTE_TENSION, d.id()) : 0;
            String colour = known ? disputeColour(open, tension) : UNKNOWN;
            StringBuilder lines = new StringBuilder();
            for (double[] line : Geo.border(d.id())) {
                lines.append("<polyline points=\"").append(points(line)).append("\"/>");
            }
            b.append("<g class=\"dispute-casing\" fill=\"none\" stroke=\"#fff\" stroke-width=\"6\" stroke-linejoin=\"round\">")
                .append(lines).append("</g>");
            b.append("<g class=\"dispute\" data-dispute=\"").append(d.id()).append("\" data-open=\"").append(open)
                .append("\" fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"3.5\" stroke-linejoin=\"round\"")
                .append(" stroke-dasharray=\"").append(open ? "5 2.5" : "none").append("\"><title>")
                .append(esc(d.pair().a().displayName() + " - " + d.pair().b().displayName() + ": " + DISPUTES_TITLE
                    .toLowerCase(Locale.ROOT)))
                .append(known ? ", " + (open ? OPEN_LABEL : CLOSED_LABEL) + String.format(Locale.ROOT, ", tension %.2f", tension) : "")
                .append("</title>").append(lines).append("</g>");
        }
    }

    private static void flows(StringBuilder b, RunResult r, int step) {
        double max = maxFlow(r, step);
        if (max <= 0) {
            return;
        }
        for (Pair p : Pair.all()) {
            if (!r.has(Metrics.TRADE, p.name())) {
                continue;
            }
            double v = r.value(step, Metrics.TRADE, p.name());
            double w = MAX_FLOW_WIDTH * v / max;
            if (w < 0.05) {
                continue;
            }
            Geo.Place a = Geo.CAPITALS.get(p.a());
            Geo.Place c = Geo.CAPITALS.get(p.b());
            double x1 = Geo.x(a.lon());
            double y1 = Geo.y(a.lat());
            double x2 = Geo.x(c.lon());
            double y2 = Geo.y(c.lat());
            double len = Math.hypot(x2 - x1, y2 - y1);
            // a gentle arc, bowed to the left of the direction of travel
            double cx = (x1 + x2) / 2 + (y2 - y1) / len * len * 0.15;
            double cy = (y1 + y2) / 2 - (x2 - x1) / len * len * 0.15;
            b.append("<path class=\"flow\" data-pair=\"").append(p.name()).append("\" fill=\"none\" stroke=\"").append(FLOW)
                .append("\" stroke-opacity=\"0.35\" stroke-linecap=\"round\" stroke-width=\"").append(f(w)).append("\" d=\"M")
                .append(f(x1)).append(',').append(f(y1)).append(" Q").append(f(cx)).append(',').append(f(cy)).append(' ')
                .append(f(x2)).append(',').append(f(y2)).append("\"><title>").append(p.name()).append(": ")
                .append(String.format(Locale.ROOT, "%.2f", v / 1e9)).append(' ').append(FLOW_UNIT).append("</title></path>");
        }
    }

    private static double maxFlow(RunResult r, int step) {
        double max = 0;
        for (Pair p : Pair.all()) {
            if (r.has(Metrics.TRADE, p.name())) {
                max = Math.max(max, r.value(step, Metrics.TRADE, p.name()));
            }
        }
        return max;
    }

    private static double maxRoute(RunResult r, int step) {
        double max = 0;
        for (RouteCode rc : RouteCode.values()) {
            if (r != null && r.has(Metrics.ROUTE_VOLUME, rc.id())) {
                max = Math.max(max, r.value(step, Metrics.ROUTE_VOLUME, rc.id()));
            }
        }
        return max;
    }

    /** Draws the routes (thin and dashed before a run) and returns their projected, offset lines. */
    private static List<double[][]> routes(StringBuilder b, RunResult r, int step) {
        double max = maxRoute(r, step);
        List<double[][]> out = new ArrayList<>();
        List<RouteCode> order = new ArrayList<>(List.of(RouteCode.values()));
        if (r != null) {
            // widest first, so that thin routes stay visible on top
            order.sort(Comparator.comparingDouble(rc -> -(r.has(Metrics.ROUTE_VOLUME, rc.id())
                ? r.value(step, Metrics.ROUTE_VOLUME, rc.id()) : 0)));
        }
        for (RouteCode rc : order) {
            double[][] line = offset(Geo.ROUTES.get(rc), OFFSETS.get(rc));
            out.add(line);
            String colour = rc.mode() == RouteCode.Mode.OIL ? OIL : FREIGHT;
            boolean has = r != null && r.has(Metrics.ROUTE_VOLUME, rc.id());
            StringBuilder pts = new StringBuilder();
            for (double[] p : line) {
                pts.append(f(p[0])).append(',').append(f(p[1])).append(' ');
            }
            if (has) {
                double v = r.value(step, Metrics.ROUTE_VOLUME, rc.id());
                double w = max > 0 ? MAX_ROUTE_WIDTH * v / max : 0;
                b.append("<polyline class=\"route\" data-route=\"").append(rc.id()).append("\" fill=\"none\" stroke=\"")
                    .append(colour).append("\" stroke-opacity=\"0.75\" stroke-linejoin=\"round\" stroke-linecap=\"round\" stroke-width=\"")
                    .append(f(w)).append("\" points=\"").append(pts).append("\"><title>").append(esc(rc.displayName()))
                    .append(": ").append(String.format(Locale.ROOT, "%.1f", v)).append(" Mt/yr</title></polyline>");
            } else {
                b.append("<polyline class=\"route-outline\" data-route=\"").append(rc.id()).append("\" fill=\"none\" stroke=\"")
                    .append(colour).append("\" stroke-width=\"1.5\" stroke-dasharray=\"5 4\" stroke-opacity=\"0.7\" points=\"")
                    .append(pts).append("\"><title>").append(esc(rc.displayName())).append("</title></polyline>");
            }
        }
        return out;
    }

    /** A route's projected waypoints moved sideways by {@code d} px (mitred at the joints). */
    static double[][] offset(List<String> hubs, double d) {
        int n = hubs.size();
        double[][] p = new double[n][];
        for (int i = 0; i < n; i++) {
            Geo.Place h = Geo.place(hubs.get(i));
            p[i] = new double[] {Geo.x(h.lon()), Geo.y(h.lat())};
        }
        if (d == 0) {
            return p;
        }
        double[][] out = new double[n][];
        for (int i = 0; i < n; i++) {
            double[] prev = p[Math.max(0, i - 1)];
            double[] next = p[Math.min(n - 1, i + 1)];
            double dx = next[0] - prev[0];
            double dy = next[1] - prev[1];
            double len = Math.hypot(dx, dy);
            out[i] = len == 0 ? p[i] : new double[] {p[i][0] - dy / len * d, p[i][1] + dx / len * d};
        }
        return out;
    }

    private static void markers(StringBuilder b, Labels labels) {
        for (String name : Geo.SHOWN_HUBS) {
            Geo.Place p = Geo.place(name);
            double x = Geo.x(p.lon());
            double y = Geo.y(p.lat());
            b.append("<rect class=\"hub\" x=\"").append(f(x - 3)).append("\" y=\"").append(f(y - 3))
                .append("\" width=\"6\" height=\"6\" fill=\"#333\" stroke=\"#fff\" stroke-width=\"1\"><title>")
                .append(esc(name)).append("</title></rect>");
            labels.obstacle(new Labels.Box(x - 4, y - 4, 8, 8));
        }
        for (Map.Entry<StateCode, Geo.Place> e : Geo.CAPITALS.entrySet()) {
            double x = Geo.x(e.getValue().lon());
            double y = Geo.y(e.getValue().lat());
            b.append("<circle class=\"capital\" data-state=\"").append(e.getKey().name()).append("\" cx=\"").append(f(x))
                .append("\" cy=\"").append(f(y)).append("\" r=\"3.5\" fill=\"#fff\" stroke=\"#000\" stroke-width=\"1.5\"/>");
            labels.obstacle(new Labels.Box(x - 4.5, y - 4.5, 9, 9));
        }
    }

    private static void placeLabels(Labels labels, List<double[][]> routeLines) {
        for (StateCode s : StateCode.values()) {
            Geo.Place p = Geo.STATE_LABELS.get(s);
            labels.near(s.displayName(), "state:" + s.name(), Geo.x(p.lon()), Geo.y(p.lat()), 13, true, 0, true);
        }
        for (String name : Geo.SHOWN_HUBS) {
            Geo.Place p = Geo.place(name);
            labels.near(name, "hub", Geo.x(p.lon()), Geo.y(p.lat()), 10, false, 5, true);
        }
        for (Geo.Place p : Geo.CAPITALS.values()) {
            labels.near(p.name(), "capital", Geo.x(p.lon()), Geo.y(p.lat()), 10, false, 6, true);
        }
        for (Geo.Place p : Geo.SEAS) {
            labels.near(p.name(), "sea", Geo.x(p.lon()), Geo.y(p.lat()), 11, false, 0, false);
        }
        for (RouteCode rc : RouteCode.values()) {
            double[][] line = offset(Geo.ROUTES.get(rc), OFFSETS.get(rc));
            List<double[]> anchors = new ArrayList<>();
            for (int k = 0; k + 1 < line.length; k++) {
                double[] a = line[k];
                double[] c = line[k + 1];
                double len = Math.hypot(c[0] - a[0], c[1] - a[1]);
                // the middle of each segment first (longest segments first), then its quarters
                for (double t : new double[] {0.5, 0.25, 0.75}) {
                    anchors.add(new double[] {a[0] + t * (c[0] - a[0]), a[1] + t * (c[1] - a[1]), len * (t == 0.5 ? 1 : 0.5)});
                }
            }
            anchors.sort(Comparator.comparingDouble(a -> -a[2]));
            labels.along(Geo.ROUTE_NAMES.get(rc), "route:" + rc.id(), anchors, 10, false);
        }
        for (Geo.Place p : Geo.NEIGHBOURS.values()) {
            labels.near(p.name(), "neighbour", Geo.x(p.lon()), Geo.y(p.lat()), 12, false, 0, false);
        }
    }

    private static void drawLabels(StringBuilder b, List<Labels.Placed> placed) {
        for (Labels.Placed l : placed) {
            String kind = l.kind();
            String fill = "#222";
            String extra = "";
            if (kind.startsWith("state:")) {
                extra = " data-state=\"" + kind.substring(6) + "\" style=\"cursor:pointer\"";
                fill = "#000";
            } else if (kind.equals("sea")) {
                fill = "#2f6690";
                extra = " font-style=\"italic\"";
            } else if (kind.equals("neighbour")) {
                fill = "#6b6b6b";
                extra = " letter-spacing=\"0.5\"";
            } else if (kind.startsWith("route:")) {
                RouteCode rc = RouteCode.byId(kind.substring(6)).orElseThrow();
                fill = rc.mode() == RouteCode.Mode.OIL ? OIL : "#7a4410";
                extra = " font-style=\"italic\" data-route-label=\"" + rc.id() + "\"";
            }
            b.append("<text class=\"label label-").append(kind.contains(":") ? kind.substring(0, kind.indexOf(':')) : kind)
                .append("\" x=\"").append(f(l.x())).append("\" y=\"").append(f(l.y())).append("\" font-size=\"")
                .append(f(l.size())).append("\" fill=\"").append(fill).append('"')
                .append(l.bold() ? " font-weight=\"bold\"" : "")
                .append(" stroke=\"#fff\" stroke-width=\"2.5\" stroke-opacity=\"0.85\" paint-order=\"stroke\"")
                .append(extra).append('>').append(esc(l.text())).append("</text>");
        }
    }

    private static void legend(StringBuilder b, RunResult r, int step, Map<MapIndicator, Scale> scales) {
        int top = Geo.MAP_HEIGHT;
        b.append("<g class=\"legend\" font-size=\"11\" fill=\"#222\"><rect x=\"0\" y=\"").append(top).append("\" width=\"")
            .append(Geo.WIDTH).append("\" height=\"").append(Geo.LEGEND_HEIGHT).append("\" fill=\"#fff\"/>");
        double y0 = top + 16;
        // column 1: what the states are filled by
        if (r == null) {
            b.append(text(8, y0, STATES_NO_RUN, true));
            swatch(b, 8, y0 + 8, NO_RUN_FILL);
            b.append(text(30, y0 + 19, "KZ, UZ, KG, TJ, TM, AZ, AM", false));
        } else {
            for (MapIndicator ind : MapIndicator.values()) {
                Scale sc = scales.get(ind);
                b.append("<g class=\"ind ind-").append(ind.key()).append("\" data-legend=\"").append(ind.key()).append("\">");
                b.append(text(8, y0, ind.label() + " (" + ind.unit() + ")", true));
                if (!sc.known()) {
                    b.append(text(8, y0 + 19, UNKNOWN_LABEL, false));
                } else {
                    for (int i = 0; i < FILLS.size(); i++) {
                        double y = y0 + 6 + i * 15;
                        swatch(b, 8, y, FILLS.get(i));
                        b.append(text(30, y + 11, number(sc.breaks()[i]) + TO + number(sc.breaks()[i + 1]), false));
                    }
                }
                b.append("</g>");
            }
        }
        // column 2: routes and their widths
        double x2 = 250;
        b.append(text(x2, y0, ROUTES_TITLE, true));
        line(b, x2, y0 + 14, FREIGHT, 4, "");
        b.append(text(x2 + 34, y0 + 18, FREIGHT_LABEL, false));
        line(b, x2 + 110, y0 + 14, OIL, 4, "");
        b.append(text(x2 + 144, y0 + 18, OIL_LABEL, false));
        double max = maxRoute(r, step);
        if (max > 0) {
            double[] shares = {1, 0.5, 0.1};
            for (int i = 0; i < shares.length; i++) {
                double y = y0 + 36 + i * 18;
                line(b, x2, y, FREIGHT, MAX_ROUTE_WIDTH * shares[i], " data-legend-width=\"" + f(max * shares[i]) + "\"");
                b.append(text(x2 + 34, y + 4, number(max * shares[i]) + " Mt/yr", false));
            }
        } else {
            line(b, x2, y0 + 36, FREIGHT, 1.5, " stroke-dasharray=\"5 4\"");
            b.append(text(x2 + 34, y0 + 40, WHERE_ROUTES_RUN, false));
        }
        // column 3: trade flows and symbols
        double x3 = 505;
        b.append(text(x3, y0, FLOWS_TITLE, true));
        double maxFlow = r == null ? 0 : maxFlow(r, step);
        if (maxFlow > 0) {
            b.append("<line x1=\"").append(f(x3)).append("\" y1=\"").append(f(y0 + 14)).append("\" x2=\"").append(f(x3 + 28))
                .append("\" y2=\"").append(f(y0 + 14)).append("\" stroke=\"").append(FLOW).append("\" stroke-opacity=\"0.35\" stroke-width=\"")
                .append(f(MAX_FLOW_WIDTH)).append("\"/>");
            b.append(text(x3 + 34, y0 + 18, number(maxFlow / 1e9) + " " + FLOW_UNIT + WIDEST, false));
        } else {
            b.append(text(x3, y0 + 18, DURING_RUN, false));
        }
        b.append("<rect x=\"").append(f(x3 + 11)).append("\" y=\"").append(f(y0 + 31)).append("\" width=\"6\" height=\"6\" fill=\"#333\"/>");
        b.append(text(x3 + 34, y0 + 38, HUB_LABEL, false));
        b.append("<circle cx=\"").append(f(x3 + 14)).append("\" cy=\"").append(f(y0 + 52)).append("\" r=\"3.5\" fill=\"#fff\" stroke=\"#000\" stroke-width=\"1.5\"/>");
        b.append(text(x3 + 34, y0 + 56, CAPITAL_LABEL, false));
        swatch(b, x3 + 4, y0 + 64, NEIGHBOUR);
        b.append(text(x3 + 34, y0 + 75, NEIGHBOUR_LABEL, false));
        // column 4: disputes
        double x4 = 715;
        b.append(text(x4, y0, DISPUTES_TITLE, true));
        String[][] rows = {{CLOSED, CLOSED_LABEL, "none"}, {disputeColour(true, 0), CALM_LABEL, "5 2.5"},
            {disputeColour(true, 1), TENSE_LABEL, "5 2.5"}, {UNKNOWN, UNKNOWN_LABEL, "5 2.5"}};
        for (int i = 0; i < rows.length; i++) {
            double y = y0 + 14 + i * 16;
            line(b, x4, y, rows[i][0], 3.5, " stroke-dasharray=\"" + rows[i][2] + "\"");
            b.append(text(x4 + 34, y + 4, rows[i][1], false));
        }
        b.append("<text class=\"map-note\" x=\"8\" y=\"").append(Geo.HEIGHT - 6).append("\" font-size=\"11\" fill=\"#555\">")
            .append(esc(r == null ? NO_RUN : String.format(Locale.ROOT, MONTH, r.date(step)))).append("</text>");
        b.append("<text x=\"").append(Geo.WIDTH - 6).append("\" y=\"").append(Geo.HEIGHT - 6)
            .append("\" font-size=\"9\" fill=\"#777\" text-anchor=\"end\">").append(esc(SOURCE)).append("</text>");
        b.append("</g>");
    }

    private static void swatch(StringBuilder b, double x, double y, String fill) {
        b.append("<rect x=\"").append(f(x)).append("\" y=\"").append(f(y)).append("\" width=\"18\" height=\"13\" fill=\"")
            .append(fill).append("\" stroke=\"#777\" stroke-width=\"0.5\"/>");
    }

    private static void line(StringBuilder b, double x, double y, String colour, double width, String extra) {
        b.append("<line x1=\"").append(f(x)).append("\" y1=\"").append(f(y)).append("\" x2=\"").append(f(x + 28))
            .append("\" y2=\"").append(f(y)).append("\" stroke=\"").append(colour).append("\" stroke-width=\"").append(f(width))
            .append('"').append(extra).append("/>");
    }

    private static String text(double x, double y, String s, boolean bold) {
        return "<text x=\"" + f(x) + "\" y=\"" + f(y) + "\"" + (bold ? " font-weight=\"bold\"" : "") + ">" + esc(s) + "</text>";
    }

    /** A number with two or three significant digits. */
    static String number(double v) {
        double a = Math.abs(v);
        if (a >= 100) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        if (a >= 10) {
            return String.format(Locale.ROOT, "%.0f", v);
        }
        if (a >= 1) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        return String.format(Locale.ROOT, "%.2f", v);
    }

    private static String points(double[] line) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < line.length; i += 2) {
            s.append(String.format(Locale.ROOT, "%.1f,%.1f ", line[i], line[i + 1]));
        }
        return s.toString();
    }

    /** A coordinate with two decimals (hand-made: String.format would dominate the redraw time). */
    static String f(double v) {
        long c = Math.round(v * 100);
        StringBuilder s = new StringBuilder(10);
        if (c < 0) {
            s.append('-');
            c = -c;
        }
        long frac = c % 100;
        s.append(c / 100).append('.').append(frac < 10 ? "0" : "").append(frac);
        return s.toString();
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** Every route id drawn, for tests and the legend. */
    public static List<String> routeIds() {
        return RouteCode.ids();
    }
}
