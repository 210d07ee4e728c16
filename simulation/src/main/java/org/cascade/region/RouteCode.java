package org.cascade.region;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Freight corridors and oil pipelines. {@link #id()} is the name used in scenario files and outputs. */
public enum RouteCode {
    NORTHERN("northern", "Northern route (via Russia)", Mode.FREIGHT),
    MIDDLE_CORRIDOR("middle-corridor", "Middle Corridor (TITR: Aktau/Kuryk - Baku - Georgia - Türkiye)", Mode.FREIGHT),
    TRANS_CASPIAN("trans-caspian", "Trans-Caspian branch (Turkmenbashi - Baku)", Mode.FREIGHT),
    SOUTHERN("southern", "Southern route (via Iran)", Mode.FREIGHT),
    CPC("cpc", "Caspian Pipeline Consortium", Mode.OIL),
    BTC("btc", "Baku-Tbilisi-Ceyhan pipeline (Caspian transit oil)", Mode.OIL),
    BAKU_SUPSA("baku-supsa", "Baku-Supsa pipeline", Mode.OIL);

    public enum Mode { FREIGHT, OIL }

    public static final int COUNT = values().length;
    private final String id;
    private final String displayName;
    private final Mode mode;

    RouteCode(String id, String displayName, Mode mode) {
        this.id = id;
        this.displayName = displayName;
        this.mode = mode;
    }

    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public Mode mode() {
        return mode;
    }

    public static Optional<RouteCode> byId(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equalsIgnoreCase(id.trim())).findFirst();
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(RouteCode::id).toList();
    }
}
