package org.cascade.model;

import org.cascade.data.BaseYear;
import org.cascade.params.ParameterSet;
import org.cascade.region.FreightOrigin;
import org.cascade.region.OilOrigin;
import org.cascade.region.RouteCode;
import org.cascade.region.StateCode;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Route choice: each origin's shipments split over its available routes by a multinomial logit of
 * U = ASC - GC / scale. Freight demand grows with the origin's GDP (China transit at its own rate) and with falls
 * in its expected cost; oil with its own growth. A route over capacity carries its capacity and each origin's
 * part of the excess goes to that origin's other routes with room. The alternative-specific constants are fitted at start so that step 0
 * reproduces the observed 2024 volumes. The backcast ({@link CascadeModel#routeBlock}) starts the same process from
 * other base volumes and drives its demand by a recorded path instead of the state agents.
 */
final class RouteChoiceProcess implements Steppable {
    private static final long serialVersionUID = 1L;
    private static final int FIT_ITERATIONS = 2000;
    /**
     * Fitted constants by calibration parameters: the fit is deterministic, so replicates and repeated runs reuse
     * it (a plain cache of results, bounded so that sweeps over many behavioural parameters cannot grow it).
     */
    private static final java.util.Map<ParameterSet, double[]> FITTED = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_CACHED = 256;
    /** Stop fitting when no constant moves by more than this (log units): volumes then match to ~1e-10. */
    private static final double FIT_TOLERANCE = 1e-12;

    /** Expected cost (share-weighted generalised cost) per freight origin, now and at step 0. */
    final double[] freightCost = new double[FreightOrigin.COUNT];
    final double[] freightCost0 = new double[FreightOrigin.COUNT];
    private final double[] oilCost = new double[OilOrigin.COUNT];
    private final double[] oilCost0 = new double[OilOrigin.COUNT];
    final double[] freightDemand = new double[FreightOrigin.COUNT];
    private final double[][] share = new double[Math.max(FreightOrigin.COUNT, OilOrigin.COUNT)][RouteCode.COUNT];
    private final double[] volume = new double[RouteCode.COUNT];
    private final double[][] freightFlow = new double[FreightOrigin.COUNT][RouteCode.COUNT];
    private final double[][] oilFlow = new double[OilOrigin.COUNT][RouteCode.COUNT];
    private final double[] excessShare = new double[RouteCode.COUNT];
    private final double[] room = new double[RouteCode.COUNT];
    private final double[] spillTotal = new double[RouteCode.COUNT];
    /** Share of each origin's demand no route could take, now and at step 0 (lost relative to the base year). */
    private final double[] freightLost = new double[FreightOrigin.COUNT];
    private final double[] freightLost0 = new double[FreightOrigin.COUNT];
    private final double[] oilLostMt = new double[OilOrigin.COUNT];
    private final double[] oilLost0 = new double[OilOrigin.COUNT];
    private final double[] oilDemand = new double[OilOrigin.COUNT];
    /** Demand of each origin at the start (Mt/yr) and the route volumes the constants are fitted to. */
    private final double[] freightBase = new double[FreightOrigin.COUNT];
    private final double[] oilBase = new double[OilOrigin.COUNT];
    private final double[] target = new double[RouteCode.COUNT];
    /** True for the 2024 base year, whose fitted constants may be cached by calibration parameters. */
    private final boolean baseYear;
    /**
     * Demand index since the start by freight and by oil origin, set from outside each month; null in the full
     * model, where freight follows the states' GDP (China transit its own growth) and oil {@code route.oil_growth}.
     */
    double[] freightIndex;
    double[] oilIndex;

    /** For each state, the ordinal of its freight (or oil) origin, or -1 when it has none. */
    private static final int[] FREIGHT_ORIGIN_OF = new int[StateCode.COUNT];
    private static final int[] OIL_ORIGIN_OF = new int[StateCode.COUNT];

    static {
        java.util.Arrays.fill(FREIGHT_ORIGIN_OF, -1);
        java.util.Arrays.fill(OIL_ORIGIN_OF, -1);
        for (FreightOrigin o : FreightOrigin.values()) {
            if (o.state() != null) {
                FREIGHT_ORIGIN_OF[o.state().ordinal()] = o.ordinal();
            }
        }
        for (OilOrigin o : OilOrigin.values()) {
            OIL_ORIGIN_OF[o.state().ordinal()] = o.ordinal();
        }
    }

    /** The 2024 demands, volumes and each origin's route options, read once: every run starts from them. */
    private static final double[] BASE_FREIGHT = baseFreight();
    private static final double[] BASE_OIL = baseOil();
    private static final double[] BASE_VOLUMES = baseVolumes();
    private static final int[][] FREIGHT_ROUTES = new int[FreightOrigin.COUNT][];
    private static final int[][] OIL_ROUTES = new int[OilOrigin.COUNT][];

    static {
        for (FreightOrigin o : FreightOrigin.values()) {
            FREIGHT_ROUTES[o.ordinal()] = ordinals(o.routes());
        }
        for (OilOrigin o : OilOrigin.values()) {
            OIL_ROUTES[o.ordinal()] = ordinals(o.routes());
        }
    }

    RouteChoiceProcess() {
        this(BASE_FREIGHT, BASE_OIL, BASE_VOLUMES, true);
    }

    /** The process started from other base demands and volumes (for the backcast); never cached. */
    RouteChoiceProcess(double[] freightMt, double[] oilMt, double[] volumes) {
        this(freightMt, oilMt, volumes, false);
    }

    private RouteChoiceProcess(double[] freightMt, double[] oilMt, double[] volumes, boolean baseYear) {
        System.arraycopy(freightMt, 0, freightBase, 0, FreightOrigin.COUNT);
        System.arraycopy(oilMt, 0, oilBase, 0, OilOrigin.COUNT);
        System.arraycopy(volumes, 0, target, 0, RouteCode.COUNT);
        this.baseYear = baseYear;
    }

    private static double[] baseFreight() {
        return java.util.Arrays.stream(FreightOrigin.values()).mapToDouble(BaseYear::freightMt).toArray();
    }

    private static double[] baseOil() {
        return java.util.Arrays.stream(OilOrigin.values()).mapToDouble(BaseYear::oilMt).toArray();
    }

    private static double[] baseVolumes() {
        return java.util.Arrays.stream(RouteCode.values()).mapToDouble(r -> BaseYear.routeVolume(r).value()).toArray();
    }

    private static int[] ordinals(java.util.List<RouteCode> routes) {
        return routes.stream().mapToInt(RouteCode::ordinal).toArray();
    }

    /** Sets volumes to the observed ones, computes costs there and fits the constants to reproduce them. */
    void calibrate(CascadeModel m, ParameterSet calibration) {
        RouteAgent[] routes = m.routes;
        for (RouteAgent r : routes) {
            r.volume = target[r.code.ordinal()];
            r.congestionVolume = r.volume;
            r.updateConditions(m.p);
            r.asc = 0;
        }
        double[] known = baseYear ? FITTED.get(calibration) : null;
        if (known != null) {
            for (RouteAgent r : routes) {
                r.asc = known[r.code.ordinal()];
            }
        } else {
            fit(m);
            double[] asc = new double[RouteCode.COUNT];
            for (RouteAgent r : routes) {
                asc[r.code.ordinal()] = r.asc;
            }
            if (baseYear && FITTED.size() < MAX_CACHED) {
                FITTED.put(calibration, asc);
            }
        }
        allocate(m, false, 0);
        for (FreightOrigin o : Codes.FREIGHT_ORIGINS) {
            freightCost0[o.ordinal()] = freightCost[o.ordinal()];
        }
        for (OilOrigin o : Codes.OIL_ORIGINS) {
            oilCost0[o.ordinal()] = oilCost[o.ordinal()];
        }
        allocate(m, false, 0);
        for (FreightOrigin o : Codes.FREIGHT_ORIGINS) {
            freightLost0[o.ordinal()] = freightLost[o.ordinal()];
        }
        for (OilOrigin o : Codes.OIL_ORIGINS) {
            oilLost0[o.ordinal()] = oilLostMt[o.ordinal()];
        }
        publish(m);
        for (RouteAgent r : routes) {
            r.generalisedCost0 = r.generalisedCost;
        }
    }

    /** Fixed-point fit of the constants: ASC += log(observed / predicted) until nothing moves. */
    private void fit(CascadeModel m) {
        RouteAgent[] routes = m.routes;
        for (int it = 0; it < FIT_ITERATIONS; it++) {
            allocate(m, false, 0);
            double worst = 0;
            for (RouteAgent r : routes) {
                double observed = target[r.code.ordinal()];
                if (observed > 0 && r.available() && volume[r.code.ordinal()] > 0) {
                    double step = Math.log(observed / volume[r.code.ordinal()]);
                    r.asc += step;
                    worst = Math.max(worst, Math.abs(step));
                }
            }
            if (worst < FIT_TOLERANCE) {
                break;
            }
        }
    }

    @Override
    public void step(SimState state) {
        CascadeModel m = (CascadeModel) state;
        allocate(m, true, m.month() + 1);
        publish(m);
    }

    /** Shares, demand and volumes for the current route conditions; {@code months} since start drives growth. */
    private void allocate(CascadeModel m, boolean grow, int months) {
        java.util.Arrays.fill(volume, 0);
        RouteAgent[] routes = m.routes;
        ModelParameters p = m.p;
        for (FreightOrigin o : Codes.FREIGHT_ORIGINS) {
            int oi = o.ordinal();
            freightCost[oi] = logitShares(routes, FREIGHT_ROUTES[oi], share[oi], p.logitScale);
            double demand = freightBase[oi];
            if (grow) {
                double income = freightIndex != null ? freightIndex[oi]
                    : o.state() == null ? Math.pow(1 + p.transitGrowth, months / 12.0) : m.state(o.state()).gdpIndex();
                demand *= income * Math.exp(-(freightCost[oi] - freightCost0[oi]) / p.demandCostScale);
            }
            freightDemand[oi] = demand;
            for (int r : FREIGHT_ROUTES[oi]) {
                freightFlow[oi][r] = demand * share[oi][r];
            }
        }
        spill(routes, FREIGHT_ROUTES, freightFlow);
        for (FreightOrigin o : Codes.FREIGHT_ORIGINS) {
            freightLost[o.ordinal()] = lostShare(freightFlow[o.ordinal()], FREIGHT_ROUTES[o.ordinal()], freightDemand[o.ordinal()]);
        }
        double oilGrowth = grow ? Math.pow(1 + p.oilGrowth, months / 12.0) : 1;
        for (OilOrigin o : Codes.OIL_ORIGINS) {
            int oi = o.ordinal();
            oilCost[oi] = logitShares(routes, OIL_ROUTES[oi], share[oi], p.logitScale);
            oilDemand[oi] = oilBase[oi] * (grow && oilIndex != null ? oilIndex[oi] : oilGrowth);
            for (int r : OIL_ROUTES[oi]) {
                oilFlow[oi][r] = oilDemand[oi] * share[oi][r];
            }
        }
        spill(routes, OIL_ROUTES, oilFlow);
        for (OilOrigin o : Codes.OIL_ORIGINS) {
            int oi = o.ordinal();
            // lost: what the state could have exported, up to its 2024 volume, that no pipeline took. Oil growth
            // beyond the pipelines' capacity is not lost income, it is oil that is not produced.
            double shipped = (1 - lostShare(oilFlow[oi], OIL_ROUTES[oi], oilDemand[oi])) * oilDemand[oi];
            oilLostMt[oi] = Math.max(0, Math.min(oilDemand[oi], BaseYear.oilMt(o)) - shipped);
        }
    }

    /** Fills {@code out} with logit shares over the available routes; returns the share-weighted cost. */
    private static double logitShares(RouteAgent[] routes, int[] options, double[] out, double scale) {
        double max = Double.NEGATIVE_INFINITY;
        for (int r : options) {
            if (routes[r].available()) {
                max = Math.max(max, routes[r].asc - routes[r].generalisedCost / scale);
            }
        }
        double sum = 0;
        for (int r : options) {
            out[r] = routes[r].available() ? Math.exp(routes[r].asc - routes[r].generalisedCost / scale - max) : 0;
            sum += out[r];
        }
        double cost = 0;
        for (int r : options) {
            out[r] = sum > 0 ? out[r] / sum : 0;
            cost += out[r] * routes[r].generalisedCost;
        }
        return cost;
    }

    /**
     * Adds the origins' flows to the route volumes, capping each route at its capacity: an origin's share of a
     * route's excess moves to that origin's other routes in proportion to their remaining room (freight that no
     * route of the origin can take is not shipped).
     */
    private void spill(RouteAgent[] routes, int[][] options, double[][] flow) {
        java.util.Arrays.fill(excessShare, 0);
        java.util.Arrays.fill(room, 0);
        double[] total = spillTotal;
        java.util.Arrays.fill(total, 0);
        for (int o = 0; o < options.length; o++) {
            for (int r : options[o]) {
                total[r] += flow[o][r];
            }
        }
        boolean over = false;
        for (int r = 0; r < RouteCode.COUNT; r++) {
            double cap = routes[r].available() ? routes[r].effectiveCapacity : 0;
            if (total[r] > cap) {
                excessShare[r] = (total[r] - cap) / total[r];
                over = true;
            } else {
                room[r] = cap - total[r];
            }
        }
        if (over) {
            for (int o = 0; o < options.length; o++) {
                double moved = 0;
                for (int r : options[o]) {
                    moved += flow[o][r] * excessShare[r];
                    flow[o][r] -= flow[o][r] * excessShare[r];
                }
                double space = 0;
                for (int r : options[o]) {
                    space += room[r];
                }
                if (moved <= 0 || space <= 0) {
                    continue;
                }
                double placed = Math.min(moved, space);
                for (int r : options[o]) {
                    double add = placed * room[r] / space;
                    flow[o][r] += add;
                    room[r] -= add;
                }
            }
        }
        for (int o = 0; o < options.length; o++) {
            for (int r : options[o]) {
                volume[r] += flow[o][r];
            }
        }
    }

    private void publish(CascadeModel m) {
        double freight = 0;
        double oil = 0;
        for (RouteAgent r : m.routes) {
            r.volume = volume[r.code.ordinal()];
            if (r.code.mode() == RouteCode.Mode.FREIGHT) {
                freight += r.volume;
            } else {
                oil += r.volume;
            }
        }
        for (RouteAgent r : m.routes) {
            double total = r.code.mode() == RouteCode.Mode.FREIGHT ? freight : oil;
            r.share = total > 0 ? r.volume / total : 0;
        }
    }

    private static double lostShare(double[] flow, int[] options, double demand) {
        double shipped = 0;
        for (int r : options) {
            shipped += flow[r];
        }
        return demand > 0 ? Math.max(0, 1 - shipped / demand) : 0;
    }

    /** Share of a state's westbound freight that no route could carry, beyond what could not at step 0. */
    double freightLostShare(StateCode s) {
        int o = FREIGHT_ORIGIN_OF[s.ordinal()];
        return o < 0 ? 0 : Math.max(0, freightLost[o] - freightLost0[o]);
    }

    /**
     * Oil (Mt/yr) a state could not export because no pipeline could take it, counted up to its 2024 export volume
     * and beyond the step-0 shortfall.
     */
    double oilLostMt(StateCode s) {
        int o = OIL_ORIGIN_OF[s.ordinal()];
        return o < 0 ? 0 : Math.max(0, oilLostMt[o] - oilLost0[o]);
    }

    /** Share of a state's oil, up to its 2024 volume, that no pipeline took (beyond step 0). */
    double oilLostShare(StateCode s) {
        int o = OIL_ORIGIN_OF[s.ordinal()];
        return o < 0 ? 0 : Math.min(1, oilLostMt(s) / BaseYear.oilMt(Codes.OIL_ORIGINS[o]));
    }

    /** Expected pipeline cost of a state's oil relative to step 0 (1 = unchanged; 1 for states with none). */
    double oilCostRatio(StateCode s) {
        int o = OIL_ORIGIN_OF[s.ordinal()];
        return o >= 0 && oilCost0[o] > 0 && oilCost[o] > 0 ? oilCost[o] / oilCost0[o] : 1;
    }

    /** Expected shipping cost west for a state's freight relative to step 0 (1 = unchanged; 1 for states with none). */
    double costRatio(StateCode s) {
        int o = FREIGHT_ORIGIN_OF[s.ordinal()];
        return o >= 0 && freightCost0[o] > 0 ? freightCost[o] / freightCost0[o] : 1;
    }
}
