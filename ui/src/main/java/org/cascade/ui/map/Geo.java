package org.cascade.ui.map;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cascade.region.RouteCode;
import org.cascade.region.StateCode;

/**
 * The geography of the map: country outlines and disputed borders (Natural Earth, from {@code map/region.txt}),
 * places (longitude, latitude in degrees), the real paths of the routes, and the projection (equirectangular with
 * the horizontal scale of 45 degrees north, close to true shape across the region).
 */
public final class Geo {
    public record Place(String name, double lon, double lat) {
    }

    /** A country clipped to the map: its code (state code, or ISO numeric for neighbours), name and SVG path. */
    public record Country(String code, String name, String path, List<double[]> rings) {
    }

    public static final double LON_MIN = 35;
    public static final double LON_MAX = 88;
    public static final double LAT_MIN = 34;
    public static final double LAT_MAX = 56;
    private static final double COS_LAT = Math.cos(Math.toRadians(45));
    public static final int WIDTH = 900;
    /** Height of the map itself; the legend strip is drawn below it. */
    public static final int MAP_HEIGHT = (int) Math.round(WIDTH * (LAT_MAX - LAT_MIN) / ((LON_MAX - LON_MIN) * COS_LAT));
    public static final int LEGEND_HEIGHT = 118;
    public static final int HEIGHT = MAP_HEIGHT + LEGEND_HEIGHT;
    static final String DATA = "map/region.txt";

    public static final Map<StateCode, Place> CAPITALS = new EnumMap<>(Map.of(
        StateCode.KZ, new Place("Astana", 71.45, 51.17),
        StateCode.UZ, new Place("Tashkent", 69.24, 41.30),
        StateCode.KG, new Place("Bishkek", 74.59, 42.87),
        StateCode.TJ, new Place("Dushanbe", 68.78, 38.56),
        StateCode.TM, new Place("Ashgabat", 58.38, 37.95),
        StateCode.AZ, new Place("Baku", 49.87, 40.41),
        StateCode.AM, new Place("Yerevan", 44.51, 40.18)));

    /** Where each state's name goes (inside its outline). */
    public static final Map<StateCode, Place> STATE_LABELS = new EnumMap<>(Map.of(
        StateCode.KZ, new Place("Kazakhstan", 66.5, 48.3),
        StateCode.UZ, new Place("Uzbekistan", 63.2, 42.2),
        StateCode.KG, new Place("Kyrgyzstan", 75.0, 41.7),
        StateCode.TJ, new Place("Tajikistan", 71.3, 38.6),
        StateCode.TM, new Place("Turkmenistan", 59.0, 39.4),
        StateCode.AZ, new Place("Azerbaijan", 47.6, 40.75),
        StateCode.AM, new Place("Armenia", 44.9, 40.55)));

    /** Neighbours named on the map (ISO numeric code to display name and label position). */
    public static final Map<String, Place> NEIGHBOURS = neighbours();

    private static Map<String, Place> neighbours() {
        Map<String, Place> m = new LinkedHashMap<>();
        m.put("643", new Place("Russia", 47.0, 53.8));
        m.put("156", new Place("China", 84.5, 41.0));
        m.put("364", new Place("Iran", 53.5, 35.0));
        m.put("792", new Place("Türkiye", 38.5, 38.9));
        m.put("268", new Place("Georgia", 43.2, 42.45));
        m.put("004", new Place("Afghanistan", 65.5, 35.0));
        m.put("586", new Place("Pakistan", 72.0, 34.6));
        m.put("368", new Place("Iraq", 43.8, 35.2));
        m.put("760", new Place("Syria", 39.5, 35.4));
        return m;
    }

    /** Seas named on the map. */
    public static final List<Place> SEAS = List.of(new Place("Caspian Sea", 51.0, 41.9),
        new Place("Black Sea", 36.2, 43.2));

    public static final Map<String, Place> HUBS = hubs();

    private static Map<String, Place> hubs() {
        Map<String, Place> m = new LinkedHashMap<>();
        for (Place p : List.of(
            new Place("Khorgos", 80.42, 44.20), new Place("Almaty", 76.89, 43.24), new Place("Aktau", 51.17, 43.65),
            new Place("Kuryk", 51.68, 43.17), new Place("Alat", 49.41, 39.95), new Place("Turkmenbashi", 52.97, 40.02),
            new Place("Tbilisi", 44.79, 41.72), new Place("Poti/Batumi", 41.67, 42.15), new Place("Supsa", 41.80, 41.83),
            new Place("Ceyhan", 35.81, 36.99), new Place("Novorossiysk", 37.77, 44.72), new Place("Atyrau", 51.92, 47.10),
            new Place("Tengiz", 53.40, 46.15), new Place("Orenburg", 55.10, 51.77), new Place("Sarakhs", 61.17, 36.53),
            new Place("Kars", 43.10, 40.60), new Place("Shu", 73.76, 43.60), new Place("Kyzylorda", 65.51, 44.85),
            new Place("Beyneu", 55.19, 45.32), new Place("Aralsk", 61.67, 46.80), new Place("Shalkar", 59.62, 47.83), new Place("Aktobe", 57.17, 50.28),
            new Place("Samara", 50.10, 53.20), new Place("to Moscow", 35.0, 55.6), new Place("Samarkand", 66.96, 39.65),
            new Place("Bukhara", 64.42, 39.77), new Place("Turkmenabat", 63.58, 39.08), new Place("Mary", 61.83, 37.60),
            new Place("Balkanabat", 54.37, 39.51), new Place("Ganja", 46.36, 40.68), new Place("Yevlakh", 47.15, 40.62),
            new Place("Khashuri", 43.60, 41.99), new Place("Akhalkalaki", 43.48, 41.40), new Place("Mashhad", 59.60, 36.30),
            new Place("to Iran's ports", 57.6, 34.0), new Place("Astrakhan region", 47.9, 46.4),
            new Place("Kropotkin", 40.57, 45.44), new Place("Sangachal", 49.47, 40.18), new Place("Akhaltsikhe", 42.98, 41.64),
            new Place("Ardahan", 42.70, 41.11), new Place("Erzurum", 41.27, 39.90), new Place("Erzincan", 39.49, 39.75),
            new Place("Malatya", 38.31, 38.35), new Place("Kahramanmaras", 36.93, 37.58), new Place("Tejen", 60.50, 37.38),
            new Place("Astana", 71.45, 51.17), new Place("Tashkent", 69.24, 41.30), new Place("Ashgabat", 58.38, 37.95),
            new Place("Baku", 49.87, 40.41))) {
            m.put(p.name(), p);
        }
        return m;
    }

    /** Hubs shown as labelled squares (the others only shape the routes). */
    public static final List<String> SHOWN_HUBS = List.of("Khorgos", "Almaty", "Aktau", "Kuryk", "Alat", "Turkmenbashi",
        "Tbilisi", "Poti/Batumi", "Supsa", "Ceyhan", "Novorossiysk", "Atyrau", "Tengiz", "Kars", "Orenburg", "Sarakhs");

    /** The way each route runs, through real waypoints (rail lines, ferry crossings, pipeline stations). */
    public static final Map<RouteCode, List<String>> ROUTES = new EnumMap<>(Map.of(
        RouteCode.NORTHERN, List.of("Khorgos", "Almaty", "Shu", "Kyzylorda", "Aralsk", "Shalkar", "Aktobe", "Orenburg", "Samara",
            "to Moscow"),
        RouteCode.MIDDLE_CORRIDOR, List.of("Khorgos", "Almaty", "Shu", "Kyzylorda", "Aralsk", "Shalkar", "Beyneu", "Aktau", "Alat", "Ganja",
            "Tbilisi", "Khashuri", "Poti/Batumi"),
        RouteCode.TRANS_CASPIAN, List.of("Tashkent", "Samarkand", "Bukhara", "Turkmenabat", "Mary", "Ashgabat",
            "Balkanabat", "Turkmenbashi", "Alat", "Ganja", "Tbilisi", "Akhalkalaki", "Kars"),
        RouteCode.SOUTHERN, List.of("Tashkent", "Samarkand", "Bukhara", "Turkmenabat", "Mary", "Tejen", "Sarakhs",
            "Mashhad", "to Iran's ports"),
        RouteCode.CPC, List.of("Tengiz", "Atyrau", "Astrakhan region", "Kropotkin", "Novorossiysk"),
        RouteCode.BTC, List.of("Kuryk", "Sangachal", "Yevlakh", "Ganja", "Tbilisi", "Akhaltsikhe", "Ardahan", "Erzurum",
            "Erzincan", "Malatya", "Kahramanmaras", "Ceyhan"),
        RouteCode.BAKU_SUPSA, List.of("Sangachal", "Yevlakh", "Ganja", "Tbilisi", "Khashuri", "Supsa")));

    /** Short route names for the map. */
    public static final Map<RouteCode, String> ROUTE_NAMES = new EnumMap<>(Map.of(
        RouteCode.NORTHERN, "Northern route", RouteCode.MIDDLE_CORRIDOR, "Middle Corridor",
        RouteCode.TRANS_CASPIAN, "Trans-Caspian", RouteCode.SOUTHERN, "Southern route", RouteCode.CPC, "CPC",
        RouteCode.BTC, "BTC", RouteCode.BAKU_SUPSA, "Baku-Supsa"));

    private static final Data DATA_LOADED = load();

    private record Data(List<Country> countries, Map<String, List<double[]>> borders) {
    }

    private Geo() {
    }

    public static double x(double lon) {
        return (lon - LON_MIN) / (LON_MAX - LON_MIN) * WIDTH;
    }

    public static double y(double lat) {
        return (LAT_MAX - lat) / (LAT_MAX - LAT_MIN) * MAP_HEIGHT;
    }

    public static Place place(String name) {
        Place p = HUBS.get(name);
        if (p == null) {
            throw new IllegalArgumentException("no place " + name);
        }
        return p;
    }

    /** Every country on the map, clipped to it, with projected rings (x0, y0, x1, y1, ...). */
    public static List<Country> countries() {
        return DATA_LOADED.countries();
    }

    /** The shared border of a disputed pair (e.g. "KG-TJ"): projected lines (x0, y0, x1, y1, ...). */
    public static List<double[]> border(String pair) {
        return DATA_LOADED.borders().getOrDefault(pair, List.of());
    }

    private static Data load() {
        InputStream in = Geo.class.getClassLoader().getResourceAsStream(DATA);
        if (in == null) {
            throw new IllegalStateException(DATA + " is missing from the build");
        }
        List<Country> countries = new ArrayList<>();
        Map<String, List<double[]>> borders = new LinkedHashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String code = null;
            String name = null;
            List<double[]> rings = null;
            List<double[]> lines = null;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("C ")) {
                    if (code != null) {
                        countries.add(country(code, name, rings));
                    }
                    String[] f = line.split(" ", 3);
                    code = f[1];
                    name = f[2];
                    rings = new ArrayList<>();
                } else if (line.startsWith("R ")) {
                    rings.add(points(line));
                } else if (line.startsWith("B ")) {
                    lines = borders.computeIfAbsent(line.substring(2).trim(), k -> new ArrayList<>());
                } else if (line.startsWith("L ")) {
                    lines.add(points(line));
                }
            }
            if (code != null) {
                countries.add(country(code, name, rings));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Data(List.copyOf(countries), borders);
    }

    private static double[] points(String line) {
        String[] pts = line.substring(2).trim().split(" ");
        double[] out = new double[pts.length * 2];
        for (int i = 0; i < pts.length; i++) {
            int comma = pts[i].indexOf(',');
            out[2 * i] = x(Double.parseDouble(pts[i].substring(0, comma)));
            out[2 * i + 1] = y(Double.parseDouble(pts[i].substring(comma + 1)));
        }
        return out;
    }

    private static Country country(String code, String name, List<double[]> rings) {
        StringBuilder d = new StringBuilder();
        for (double[] ring : rings) {
            for (int i = 0; i < ring.length; i += 2) {
                d.append(i == 0 ? 'M' : 'L').append(String.format(Locale.ROOT, "%.1f,%.1f", ring[i], ring[i + 1]));
            }
            d.append('Z');
        }
        return new Country(code, name, d.toString(), List.copyOf(rings));
    }
}
