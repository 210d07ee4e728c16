package org.cascade.model;

import java.io.Serializable;
import org.cascade.region.DisputeCode;
import org.cascade.region.RouteCode;
import org.cascade.region.StateCode;

/**
 * Common random numbers: one random stream per stochastic process and subject, each seeded from (run seed, process,
 * subject), and each drawing the same number of numbers every month whatever happens. A lever that changes whether or
 * how often one process acts therefore leaves every other process's draws (and its own in later months) as they were,
 * so two settings compared under the same seed differ by their effect, not by a reshuffled sequence of shocks.
 * <p>
 * Layout (MODEL.md, section 7): the commodity price (one Gaussian a month); disasters, one stream per state (two
 * uniforms a month: whether, and how severe); route disruptions, one per route (one uniform a month); disputes, one
 * per dispute (four uniforms a month: incident, negotiation round, clash, embargo-lifting treaty); crisis aid, one per helper and stricken
 * state (one uniform per crisis); governments, one per state and lever (one uniform per decision on that lever); border
 * bargaining, one per dispute (one uniform a month while both parties bargain). The last two are made on first use, so
 * a run with scripted governments draws exactly what it drew before they existed.
 */
final class Streams implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The stochastic processes, in a fixed order: a process's number is part of its streams' seeds. */
    enum Process { COMMODITY, DISASTER, ROUTE_DISRUPTION, DISPUTE, CRISIS_AID, GOVERNMENT, BARGAINING }

    private final RandomStream commodity;
    private final RandomStream[] disaster = new RandomStream[StateCode.COUNT];
    private final RandomStream[] routeDisruption = new RandomStream[RouteCode.COUNT];
    private final RandomStream[] dispute = new RandomStream[DisputeCode.COUNT];
    /** Made on first use (most runs have few crises): a stream's numbers do not depend on when it is made. */
    private final RandomStream[] aid = new RandomStream[StateCode.COUNT * StateCode.COUNT];
    private final RandomStream[] government = new RandomStream[StateCode.COUNT * 8];
    private final RandomStream[] bargaining = new RandomStream[DisputeCode.COUNT];
    private final RandomStream[] partnerVisa = new RandomStream[StateCode.COUNT * StateCode.COUNT];
    private final long seed;

    Streams(long seed) {
        this.seed = seed;
        commodity = stream(seed, Process.COMMODITY, 0);
        for (int i = 0; i < disaster.length; i++) {
            disaster[i] = stream(seed, Process.DISASTER, i);
        }
        for (int i = 0; i < routeDisruption.length; i++) {
            routeDisruption[i] = stream(seed, Process.ROUTE_DISRUPTION, i);
        }
        for (int i = 0; i < dispute.length; i++) {
            dispute[i] = stream(seed, Process.DISPUTE, i);
        }
    }

    /** A stream seeded from the whole 64-bit run seed, the process and the subject. */
    static RandomStream stream(long seed, Process process, int subject) {
        return new RandomStream(seed, process.ordinal(), subject);
    }

    RandomStream commodity() {
        return commodity;
    }

    RandomStream disaster(StateCode s) {
        return disaster[s.ordinal()];
    }

    RandomStream routeDisruption(RouteCode r) {
        return routeDisruption[r.ordinal()];
    }

    RandomStream dispute(DisputeCode d) {
        return dispute[d.ordinal()];
    }

    RandomStream aid(StateCode helper, StateCode stricken) {
        int i = helper.ordinal() * StateCode.COUNT + stricken.ordinal();
        if (aid[i] == null) {
            aid[i] = stream(seed, Process.CRISIS_AID, i);
        }
        return aid[i];
    }

    RandomStream government(StateCode state, int lever) {
        int i = state.ordinal() * 8 + lever;
        if (government[i] == null) {
            government[i] = stream(seed, Process.GOVERNMENT, i);
        }
        return government[i];
    }

    /**
     * A government's decisions on its visas toward one partner: subjects after those of its levers (100 + state x 7 +
     * partner), so that the other levers' streams are as they were.
     */
    RandomStream partnerVisa(StateCode state, StateCode partner) {
        int i = state.ordinal() * StateCode.COUNT + partner.ordinal();
        if (partnerVisa[i] == null) {
            partnerVisa[i] = stream(seed, Process.GOVERNMENT, 100 + i);
        }
        return partnerVisa[i];
    }

    RandomStream bargaining(DisputeCode d) {
        if (bargaining[d.ordinal()] == null) {
            bargaining[d.ordinal()] = stream(seed, Process.BARGAINING, d.ordinal());
        }
        return bargaining[d.ordinal()];
    }
}
