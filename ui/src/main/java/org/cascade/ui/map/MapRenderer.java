package org.cascade.ui.map;

import java.util.List;
import java.util.Locale;
import org.cascade.region.DisputeCode;
import org.cascade.region.Pair;
import org.cascade.region.RouteCode;
import org.cascade.region.StateCode;
import org.cascade.results.Metrics;
import org.cascade.results.RunResult;

/**
 * Draws the region as SVG on the server: states as discs at their capitals (area follows GDP), hubs, trade flows
 * between capitals (width follows turnover), routes through their hubs (width follows volume) and disputed
 * borders coloured by state (red when closed, green to orange with tension when open).
 * Elements carry data attributes (data-state, data-route, data-pair, data-dispute) for clicks and tests.
 */
public final class MapRenderer {
    /** Widest drawn line, for the largest route volume or trade flow, in px. */
    public static final double MAX_ROUTE_WIDTH = 14;
    public static final double MAX_FLOW_WIDTH = 10;

    private MapRenderer() {
    }

    /** The map at one step of a run; with {@code r == null} only the geography. */
    public static String render(RunResult r, int step) {
        StringBuilder b = new StringBuilder(16_000);
        b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(Geo.WIDTH).append("\" height=\"")
            .append(Geo.HEIGHT).append("\" viewBox=\"0 0 ").append(Geo.WIDTH).append(' ')
            .append(Geo.HEIGHT).append("\" class=\"region-map\" role=\"img\" aria-label=\"Map of the region\">");
        b.append("<rect x=\"0\" y=\"0\" width=\"").append(Geo.WIDTH).append("\" height=\"").append(Geo.HEIGHT)
            .append("\" fill=\"#eef3f7\"/>");
        caspian(b);
        graticule(b);
        if (r != null) {
            flows(b, r, step);
            routes(b, r, step);
        } else {
            outlines(b);
        }
        disputes(b, r, step);
        hubs(b);
        states(b, r, step);
        b.append("<text x=\"8\" y=\"").append(Geo.HEIGHT - 8).append("\" class=\"map-note\" font-size=\"11\" fill=\"#555\">")
            .append(r == null ? "Start a run to see flows and routes." : "Month " + r.date(step)
                + ". Lines: blue = trade between capitals, brown = freight routes, black = oil, width by volume.")
            .append("</text>");
        b.append("</svg>");
        return b.toString();
    }

    private static void caspian(StringBuilder b) {
        double[][] coast = {{50.2, 46.9}, {51.9, 47.0}, {53.1, 46.6}, {53.2, 45.3}, {51.3, 44.4}, {50.9, 43.6},
            {52.8, 42.0}, {52.9, 40.0}, {54.0, 38.7}, {53.9, 37.3}, {51.5, 36.8}, {49.9, 37.6}, {48.9, 38.4},
            {49.5, 40.2}, {50.3, 40.4}, {49.0, 41.3}, {48.0, 42.6}, {47.4, 43.7}, {47.0, 45.0}, {48.2, 46.0}};
        b.append("<polygon class=\"sea\" fill=\"#b8d4ea\" stroke=\"#8fb5d6\" points=\"");
        for (double[] c : coast) {
            b.append(f(Geo.x(c[0]))).append(',').append(f(Geo.y(c[1]))).append(' ');
        }
        b.append("\"/><text x=\"").append(f(Geo.x(50.6))).append("\" y=\"").append(f(Geo.y(41.9)))
            .append("\" font-size=\"11\" fill=\"#4a7aa5\" font-style=\"italic\">Caspian Sea</text>");
    }

    private static void graticule(StringBuilder b) {
        for (int lon = 40; lon <= 80; lon += 10) {
            b.append("<line x1=\"").append(f(Geo.x(lon))).append("\" y1=\"0\" x2=\"").append(f(Geo.x(lon)))
                .append("\" y2=\"").append(Geo.HEIGHT).append("\" stroke=\"#dde5ec\" stroke-width=\"0.5\"/>");
        }
        for (int lat = 40; lat <= 50; lat += 5) {
            b.append("<line x1=\"0\" y1=\"").append(f(Geo.y(lat))).append("\" x2=\"").append(Geo.WIDTH)
                .append("\" y2=\"").append(f(Geo.y(lat))).append("\" stroke=\"#dde5ec\" stroke-width=\"0.5\"/>");
        }
    }

    private static void flows(StringBuilder b, RunResult r, int step) {
        double max = 0;
        for (Pair p : Pair.all()) {
            if (r.has(Metrics.TRADE, p.name())) {
                max = Math.max(max, r.value(step, Metrics.TRADE, p.name()));
            }
        }
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
            b.append("<line class=\"flow\" data-pair=\"").append(p.name()).append("\" x1=\"").append(f(Geo.x(a.lon())))
                .append("\" y1=\"").append(f(Geo.y(a.lat()))).append("\" x2=\"").append(f(Geo.x(c.lon())))
                .append("\" y2=\"").append(f(Geo.y(c.lat()))).append("\" stroke=\"#3b6fb6\" stroke-opacity=\"0.45\"")
                .append(" stroke-linecap=\"round\" stroke-width=\"").append(f(w)).append("\"><title>").append(p.name())
                .append(": ").append(String.format(Locale.ROOT, "%.2f", v / 1e9)).append(" bn USD/yr</title></line>");
        }
    }

    private static void routes(StringBuilder b, RunResult r, int step) {
        double max = 0;
        for (RouteCode rc : RouteCode.values()) {
            if (r.has(Metrics.ROUTE_VOLUME, rc.id())) {
                max = Math.max(max, r.value(step, Metrics.ROUTE_VOLUME, rc.id()));
            }
        }
        for (RouteCode rc : RouteCode.values()) {
            if (!r.has(Metrics.ROUTE_VOLUME, rc.id())) {
                continue;
            }
            double v = r.value(step, Metrics.ROUTE_VOLUME, rc.id());
            double w = max > 0 ? MAX_ROUTE_WIDTH * v / max : 0;
            String colour = rc.mode() == RouteCode.Mode.OIL ? "#222222" : "#a0522d";
            b.append("<polyline class=\"route\" data-route=\"").append(rc.id()).append("\" fill=\"none\" stroke=\"")
                .append(colour).append("\" stroke-opacity=\"0.7\" stroke-linejoin=\"round\" stroke-width=\"")
                .append(f(w)).append("\" points=\"");
            for (String hub : Geo.ROUTES.get(rc)) {
                Geo.Place p = Geo.place(hub);
                b.append(f(Geo.x(p.lon()))).append(',').append(f(Geo.y(p.lat()))).append(' ');
            }
            b.append("\"><title>").append(esc(rc.displayName())).append(": ")
                .append(String.format(Locale.ROOT, "%.1f", v)).append(" Mt/yr</title></polyline>");
        }
    }

    /** Before a run: where the routes go, thin and dashed. */
    private static void outlines(StringBuilder b) {
        for (RouteCode rc : RouteCode.values()) {
            b.append("<polyline class=\"route-outline\" data-route=\"").append(rc.id())
                .append("\" fill=\"none\" stroke=\"").append(rc.mode() == RouteCode.Mode.OIL ? "#555" : "#a0522d")
                .append("\" stroke-width=\"1.5\" stroke-dasharray=\"5 4\" stroke-opacity=\"0.6\" points=\"");
            for (String hub : Geo.ROUTES.get(rc)) {
                Geo.Place p = Geo.place(hub);
                b.append(f(Geo.x(p.lon()))).append(',').append(f(Geo.y(p.lat()))).append(' ');
            }
            b.append("\"><title>").append(esc(rc.displayName())).append("</title></polyline>");
        }
    }

    /** Colour of a disputed border: red when closed; when open, green (calm) to orange (tense). */
    public static String disputeColour(boolean open, double tension) {
        if (!open) {
            return "#c62828";
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
            String colour = known ? disputeColour(open, tension) : "#999999";
            Geo.Place a = Geo.CAPITALS.get(d.pair().a());
            Geo.Place c = Geo.CAPITALS.get(d.pair().b());
            // a short border mark halfway between the capitals, across the line joining them
            double mx = (Geo.x(a.lon()) + Geo.x(c.lon())) / 2;
            double my = (Geo.y(a.lat()) + Geo.y(c.lat())) / 2;
            double dx = Geo.x(c.lon()) - Geo.x(a.lon());
            double dy = Geo.y(c.lat()) - Geo.y(a.lat());
            double len = Math.hypot(dx, dy);
            double nx = -dy / len * 16;
            double ny = dx / len * 16;
            b.append("<line class=\"dispute\" data-dispute=\"").append(d.id()).append("\" data-open=\"").append(open)
                .append("\" x1=\"").append(f(mx - nx)).append("\" y1=\"").append(f(my - ny)).append("\" x2=\"")
                .append(f(mx + nx)).append("\" y2=\"").append(f(my + ny)).append("\" stroke=\"").append(colour)
                .append("\" stroke-width=\"5\" stroke-dasharray=\"").append(open ? "6 3" : "none")
                .append("\" stroke-linecap=\"round\"><title>").append(d.id()).append(" border ")
                .append(known ? (open ? "open" : "closed") + String.format(Locale.ROOT, ", tension %.2f", tension) : "")
                .append("</title></line>");
        }
    }

    private static void hubs(StringBuilder b) {
        for (String name : Geo.SHOWN_HUBS) {
            Geo.Place p = Geo.place(name);
            double x = Geo.x(p.lon());
            double y = Geo.y(p.lat());
            b.append("<rect class=\"hub\" x=\"").append(f(x - 3)).append("\" y=\"").append(f(y - 3))
                .append("\" width=\"6\" height=\"6\" fill=\"#444\"/><text x=\"").append(f(x + 5)).append("\" y=\"")
                .append(f(y + 12)).append("\" font-size=\"10\" fill=\"#333\">").append(esc(name)).append("</text>");
        }
    }

    private static void states(StringBuilder b, RunResult r, int step) {
        double maxGdp = 0;
        if (r != null) {
            for (StateCode s : StateCode.values()) {
                if (r.has(Metrics.GDP, s.name())) {
                    maxGdp = Math.max(maxGdp, r.value(step, Metrics.GDP, s.name()));
                }
            }
        }
        for (StateCode s : StateCode.values()) {
            Geo.Place p = Geo.CAPITALS.get(s);
            double x = Geo.x(p.lon());
            double y = Geo.y(p.lat());
            double radius = 14;
            String gdp = "";
            if (r != null && maxGdp > 0 && r.has(Metrics.GDP, s.name())) {
                double v = r.value(step, Metrics.GDP, s.name());
                radius = 8 + 22 * Math.sqrt(v / maxGdp);
                gdp = String.format(Locale.ROOT, ", GDP %.0f bn USD", v / 1e9);
            }
            b.append("<g class=\"state\" data-state=\"").append(s.name()).append("\" style=\"cursor:pointer\">")
                .append("<circle data-state=\"").append(s.name()).append("\" cx=\"").append(f(x)).append("\" cy=\"")
                .append(f(y)).append("\" r=\"").append(f(radius)).append("\" fill=\"")
                .append(s.isCentralAsian() ? "#f2c94c" : "#6fcf97").append("\" fill-opacity=\"0.85\" stroke=\"#333\"/>")
                .append("<text data-state=\"").append(s.name()).append("\" x=\"").append(f(x)).append("\" y=\"")
                .append(f(y + 4)).append("\" text-anchor=\"middle\" font-size=\"12\" font-weight=\"bold\">")
                .append(s.name()).append("</text><text data-state=\"").append(s.name()).append("\" x=\"").append(f(x))
                .append("\" y=\"").append(f(y + radius + 12)).append("\" text-anchor=\"middle\" font-size=\"11\">")
                .append(esc(s.displayName())).append(" (").append(esc(p.name())).append(")</text><title>")
                .append(esc(s.displayName())).append(gdp).append(": click to inspect</title></g>");
        }
    }

    static String f(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** Every route id drawn, for tests and the legend. */
    public static List<String> routeIds() {
        return RouteCode.ids();
    }
}
