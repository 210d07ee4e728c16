package org.cascade.model;

import org.cascade.region.Pair;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * People-to-people travel. Trips move toward V* = V0 (visa/visa0)^visa_elasticity exp(trust_semi (trust - trust0))
 * x links^link_elasticity (pairs across the Caspian) x border factor (a closed border cuts travel to a fifth,
 * an embargo border to nothing). A pair with no base travel (AZ-AM) gets trips in proportion to its new trade.
 */
final class TravelProcess implements Steppable {
    private static final long serialVersionUID = 1L;
    private final double[] visa0 = new double[Pair.COUNT];
    private final double[] border0 = new double[Pair.COUNT];

    void calibrate(CascadeModel m) {
        for (Pair pair : Pair.all()) {
            int k = pair.index();
            visa0[k] = visa(m.p, pair);
            border0[k] = borderFactor(m, k);
        }
    }

    private static final org.cascade.params.Parameter[] VISA = java.util.Arrays.stream(org.cascade.region.StateCode.values())
        .map(s -> org.cascade.params.ParameterRegistry.get().require(org.cascade.params.ParameterNames.policy(s,
            org.cascade.params.ParameterNames.PolicyField.VISA_OPENNESS))).toArray(org.cascade.params.Parameter[]::new);

    /**
     * The pair's visa openness: the mean of each side's openness toward the other, its general openness plus the
     * offset its government's partner visa lever set toward the other (MODEL.md 7.11), within the openness range.
     */
    static double visa(ModelParameters p, Pair pair) {
        int a = pair.a().ordinal();
        int b = pair.b().ordinal();
        return Math.max(0.01, (toward(p, a, b) + toward(p, b, a)) / 2);
    }

    private static double toward(ModelParameters p, int from, int to) {
        double offset = p.visaOffset[from][to];
        if (offset == 0) {
            return p.visaOpenness[from];
        }
        return Math.max(VISA[from].min(), Math.min(VISA[from].max(), p.visaOpenness[from] + offset));
    }

    private static double borderFactor(CascadeModel m, int k) {
        DisputeAgent d = m.disputeOn(k);
        if (d == null || d.open) {
            return 1;
        }
        return d.embargo ? 0 : m.p.closedBorderTravel;
    }

    @Override
    public void step(SimState state) {
        CascadeModel m = (CascadeModel) state;
        ModelParameters p = m.p;
        Relations rel = m.relations;
        double caspianLinks = Math.pow(p.caspianLinks, p.linkElasticity);
        for (Pair pair : Pair.all()) {
            int k = pair.index();
            double base = rel.travel0[k] > 0
                ? rel.travel0[k] * borderFactor(m, k) / Math.max(border0[k], 0.01)
                : org.cascade.data.BaseYear.TRIPS_PER_KUSD * rel.turnover(k) / 1000.0;
            double links = TradeProcess.SHIPPER[k] != null ? caspianLinks : 1;
            double visaRatio = visa(p, pair) / visa0[k];
            // pow(1, e) is 1: most pairs' visas are where they started
            double target = base * (visaRatio == 1 ? 1 : Math.pow(visaRatio, p.visaElasticity))
                * Math.exp(p.travelTrustSemi * (rel.trust[k] - rel.trust0[k])) * links;
            rel.travel[k] += p.travelAdjust * (target - rel.travel[k]);
        }
    }
}
