package org.cascade.ui.map;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cascade.region.RouteCode;
import org.cascade.region.StateCode;

/** Places on the map (longitude, latitude in degrees) and the simple equirectangular projection. */
public final class Geo {
    public record Place(String name, double lon, double lat) {
    }

    public static final double LON_MIN = 34;
    public static final double LON_MAX = 84;
    public static final double LAT_MIN = 35;
    public static final double LAT_MAX = 53;
    /** Horizontal scale so that shapes look right around 44 degrees north. */
    private static final double COS_LAT = Math.cos(Math.toRadians(44));
    public static final int WIDTH = 900;
    public static final int HEIGHT = (int) Math.round(WIDTH * (LAT_MAX - LAT_MIN) / ((LON_MAX - LON_MIN) * COS_LAT));

    public static final Map<StateCode, Place> CAPITALS = new EnumMap<>(Map.of(
        StateCode.KZ, new Place("Astana", 71.45, 51.17),
        StateCode.UZ, new Place("Tashkent", 69.24, 41.30),
        StateCode.KG, new Place("Bishkek", 74.59, 42.87),
        StateCode.TJ, new Place("Dushanbe", 68.78, 38.56),
        StateCode.TM, new Place("Ashgabat", 58.38, 37.95),
        StateCode.AZ, new Place("Baku", 49.87, 40.41),
        StateCode.AM, new Place("Yerevan", 44.51, 40.18)));

    public static final Map<String, Place> HUBS = hubs();

    private static Map<String, Place> hubs() {
        Map<String, Place> m = new LinkedHashMap<>();
        for (Place p : List.of(
            new Place("Khorgos", 80.42, 44.20), new Place("Almaty", 76.89, 43.24), new Place("Aktau", 51.17, 43.65),
            new Place("Kuryk", 51.68, 43.17), new Place("Alat", 49.41, 39.95), new Place("Turkmenbashi", 52.97, 40.02),
            new Place("Tbilisi", 44.79, 41.72), new Place("Poti/Batumi", 41.65, 41.90), new Place("Supsa", 41.80, 42.01),
            new Place("Ceyhan", 35.81, 36.99), new Place("Novorossiysk", 37.77, 44.72), new Place("Atyrau", 51.92, 47.10),
            new Place("Tengiz", 53.40, 46.15), new Place("Orenburg", 55.10, 51.77), new Place("Sarakhs", 61.17, 36.53),
            new Place("Kars", 43.10, 40.60), new Place("to Moscow", 34.5, 52.6), new Place("to Iran's ports", 58.0, 35.2),
            new Place("Astana", 71.45, 51.17), new Place("Tashkent", 69.24, 41.30), new Place("Ashgabat", 58.38, 37.95),
            new Place("Baku", 49.87, 40.41))) {
            m.put(p.name(), p);
        }
        return m;
    }

    /** Hubs shown as labelled squares (the others only shape the routes). */
    public static final List<String> SHOWN_HUBS = List.of("Khorgos", "Almaty", "Aktau", "Kuryk", "Alat", "Turkmenbashi",
        "Tbilisi", "Poti/Batumi", "Ceyhan", "Novorossiysk", "Atyrau", "Kars");

    /** The way each route runs, through hub names. */
    public static final Map<RouteCode, List<String>> ROUTES = new EnumMap<>(Map.of(
        RouteCode.NORTHERN, List.of("Khorgos", "Almaty", "Astana", "Orenburg", "to Moscow"),
        RouteCode.MIDDLE_CORRIDOR, List.of("Khorgos", "Almaty", "Aktau", "Baku", "Tbilisi", "Poti/Batumi"),
        RouteCode.TRANS_CASPIAN, List.of("Tashkent", "Ashgabat", "Turkmenbashi", "Alat", "Tbilisi", "Kars"),
        RouteCode.SOUTHERN, List.of("Tashkent", "Ashgabat", "Sarakhs", "to Iran's ports"),
        RouteCode.CPC, List.of("Tengiz", "Atyrau", "Novorossiysk"),
        RouteCode.BTC, List.of("Kuryk", "Baku", "Tbilisi", "Ceyhan"),
        RouteCode.BAKU_SUPSA, List.of("Baku", "Tbilisi", "Supsa")));

    private Geo() {
    }

    public static double x(double lon) {
        return (lon - LON_MIN) / (LON_MAX - LON_MIN) * WIDTH;
    }

    public static double y(double lat) {
        return (LAT_MAX - lat) / (LAT_MAX - LAT_MIN) * HEIGHT;
    }

    public static Place place(String name) {
        Place p = HUBS.get(name);
        if (p == null) {
            throw new IllegalArgumentException("no place " + name);
        }
        return p;
    }
}
