package org.cascade.model;

import org.cascade.region.Pair;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Trust between each pair: pulled toward its base level (which treaties, clashes and crisis help move) at the
 * decay rate, raised by interdependence (log trade growth since the base year) and by travel growth. Summits,
 * crisis assistance, incidents and clashes change it directly when they happen.
 */
final class TrustProcess implements Steppable {
    private static final long serialVersionUID = 1L;
    /** Bound on the log growth terms so that a pair starting from nothing cannot jump to full trust. */
    static final double MAX_LOG = 2;

    @Override
    public void step(SimState state) {
        CascadeModel m = (CascadeModel) state;
        ModelParameters p = m.p;
        Relations rel = m.relations;
        for (int k = 0; k < Pair.COUNT; k++) {
            double trade = clamp(rel.tradeGrowthLog(k));
            double travel = clamp(rel.travelGrowthLog(k));
            double t = rel.trust[k] + p.trustDecay * (rel.trustBase[k] - rel.trust[k])
                + p.trustInterdependence * trade + p.travelTrustGain * travel;
            rel.trust[k] = Relations.clamp01(t);
        }
    }

    private static double clamp(double v) {
        return Math.max(-MAX_LOG, Math.min(MAX_LOG, v));
    }
}
