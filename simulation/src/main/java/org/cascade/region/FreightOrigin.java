package org.cascade.region;

import java.util.List;

/** Origins of westbound freight and the freight routes each can use (base-year tonnages are in the data package). */
public enum FreightOrigin {
    CN_TRANSIT(null, RouteCode.NORTHERN, RouteCode.MIDDLE_CORRIDOR, RouteCode.SOUTHERN),
    KZ_EXPORTS(StateCode.KZ, RouteCode.NORTHERN, RouteCode.MIDDLE_CORRIDOR),
    UZ_EXPORTS(StateCode.UZ, RouteCode.NORTHERN, RouteCode.MIDDLE_CORRIDOR, RouteCode.TRANS_CASPIAN, RouteCode.SOUTHERN),
    KG_EXPORTS(StateCode.KG, RouteCode.NORTHERN, RouteCode.MIDDLE_CORRIDOR, RouteCode.SOUTHERN),
    TJ_EXPORTS(StateCode.TJ, RouteCode.NORTHERN, RouteCode.MIDDLE_CORRIDOR, RouteCode.SOUTHERN),
    TM_EXPORTS(StateCode.TM, RouteCode.NORTHERN, RouteCode.TRANS_CASPIAN, RouteCode.SOUTHERN);

    public static final int COUNT = values().length;
    private final StateCode state;
    private final List<RouteCode> routes;

    FreightOrigin(StateCode state, RouteCode... routes) {
        this.state = state;
        this.routes = List.of(routes);
    }

    /** The state whose economy drives this freight, or null for China-Europe transit. */
    public StateCode state() {
        return state;
    }

    public List<RouteCode> routes() {
        return routes;
    }
}
