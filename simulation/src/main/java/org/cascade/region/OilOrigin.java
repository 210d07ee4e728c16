package org.cascade.region;

import java.util.List;

/** Caspian oil exporters and the pipelines each can use (base-year tonnages are in the data package). */
public enum OilOrigin {
    KZ_OIL(StateCode.KZ, RouteCode.CPC, RouteCode.BTC, RouteCode.BAKU_SUPSA),
    TM_OIL(StateCode.TM, RouteCode.BTC, RouteCode.BAKU_SUPSA);

    public static final int COUNT = values().length;
    private final StateCode state;
    private final List<RouteCode> routes;

    OilOrigin(StateCode state, RouteCode... routes) {
        this.state = state;
        this.routes = List.of(routes);
    }

    public StateCode state() {
        return state;
    }

    public List<RouteCode> routes() {
        return routes;
    }
}
