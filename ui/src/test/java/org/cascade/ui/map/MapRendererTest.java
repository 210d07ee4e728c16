package org.cascade.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cascade.region.RouteCode;
import org.cascade.region.StateCode;
import org.cascade.results.Metrics;
import org.cascade.results.RunResult;
import org.cascade.ui.TestRuns;
import org.junit.jupiter.api.Test;

class MapRendererTest {
    private static RunResult run() {
        TestRuns t = TestRuns.steps(2);
        double v = 1;
        for (RouteCode r : RouteCode.values()) {
            double vol = v;
            t.with(Metrics.ROUTE_VOLUME, r.id(), s -> vol * (s + 1));
            v *= 2;
        }
        for (StateCode s : StateCode.values()) {
            t.with(Metrics.GDP, s.name(), step -> 1e10 * (s.ordinal() + 1));
        }
        t.with(Metrics.TRADE, "KZ-UZ", s -> 4e9).with(Metrics.TRADE, "KZ-AZ", s -> 1e9);
        t.with(Metrics.DISPUTE_TENSION, "KG-TJ", s -> 0.82).with(Metrics.BORDER_OPEN, "KG-TJ", s -> 0);
        t.with(Metrics.DISPUTE_TENSION, "AZ-AM", s -> 0.1).with(Metrics.BORDER_OPEN, "AZ-AM", s -> 1);
        return t.build();
    }

    private static Map<String, Double> widths(String svg, String cls, String attr) {
        Map<String, Double> out = new LinkedHashMap<>();
        Matcher m = Pattern.compile("<(?:polyline|line) class=\"" + cls + "\" " + attr + "=\"([^\"]+)\"[^>]*?stroke-width=\"([0-9.]+)\"")
            .matcher(svg);
        while (m.find()) {
            out.put(m.group(1), Double.parseDouble(m.group(2)));
        }
        return out;
    }

    @Test
    void oneLinePerRouteWithWidthProportionalToVolume() {
        RunResult r = run();
        String svg = MapRenderer.render(r, 0);
        Map<String, Double> w = widths(svg, "route", "data-route");
        assertThat(w.keySet()).containsExactlyElementsOf(RouteCode.ids());
        double ratio = w.get("cpc") / r.value(0, Metrics.ROUTE_VOLUME, "cpc");
        for (RouteCode rc : RouteCode.values()) {
            assertThat(w.get(rc.id()) / r.value(0, Metrics.ROUTE_VOLUME, rc.id()))
                .as(rc.id()).isCloseTo(ratio, org.assertj.core.data.Offset.offset(ratio * 0.02));
        }
        assertThat(w.get(RouteCode.values()[RouteCode.COUNT - 1].id())).isEqualTo(MapRenderer.MAX_ROUTE_WIDTH);
    }

    @Test
    void tradeFlowsFollowTurnover() {
        Map<String, Double> w = widths(MapRenderer.render(run(), 1), "flow", "data-pair");
        assertThat(w).containsOnlyKeys("KZ-UZ", "KZ-AZ");
        assertThat(w.get("KZ-UZ") / w.get("KZ-AZ")).isCloseTo(4.0, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void disputedBordersAreColouredByState() {
        String svg = MapRenderer.render(run(), 0);
        assertThat(svg).containsPattern("data-dispute=\"KG-TJ\" data-open=\"false\"[^>]*stroke=\"#c62828\"");
        assertThat(svg).containsPattern("data-dispute=\"AZ-AM\" data-open=\"true\"[^>]*stroke=\""
            + MapRenderer.disputeColour(true, 0.1) + "\"");
        assertThat(MapRenderer.disputeColour(true, 0)).isNotEqualTo(MapRenderer.disputeColour(true, 1));
    }

    @Test
    void everyStateIsDrawnLabelledAndClickable() {
        String svg = MapRenderer.render(null, 0);
        for (StateCode s : StateCode.values()) {
            assertThat(svg).contains("<g class=\"state\" data-state=\"" + s + "\"").contains(s.displayName());
        }
        for (String hub : Geo.SHOWN_HUBS) {
            assertThat(svg).contains(">" + hub.replace("&", "&amp;") + "</text>");
        }
        assertThat(svg).doesNotContain("class=\"route\"").contains("class=\"route-outline\"");
    }

    @Test
    void projectionKeepsPlacesInsideTheMap() {
        for (Geo.Place p : Geo.HUBS.values()) {
            assertThat(Geo.x(p.lon())).as(p.name()).isBetween(0.0, (double) Geo.WIDTH);
            assertThat(Geo.y(p.lat())).as(p.name()).isBetween(0.0, (double) Geo.HEIGHT);
        }
        assertThat(Geo.x(Geo.CAPITALS.get(StateCode.AM).lon())).isLessThan(Geo.x(Geo.CAPITALS.get(StateCode.KZ).lon()));
        assertThat(Geo.y(Geo.CAPITALS.get(StateCode.KZ).lat())).isLessThan(Geo.y(Geo.CAPITALS.get(StateCode.TJ).lat()));
    }
}
