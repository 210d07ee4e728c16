package org.cascade.model;

import org.cascade.region.RouteCode;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * A freight corridor or pipeline. Its monthly step updates conditions: capacity bought by past investment comes
 * into service after the lag, disruptions start and end, and the generalised cost is recomputed:
 * GC = tariff + value of time x days + risk premium x (1 - reliability) + congestion cost x utilisation^power,
 * where utilisation uses an exponential average of past volumes (weight route.congestion_smoothing), which damps the month-to-month
 * swing a lagged congestion cost would otherwise set up near capacity.
 */
public final class RouteAgent implements Steppable {
    private static final long serialVersionUID = 1L;
    /** Longest investment lag the pipeline of pending capacity can hold (the registry allows up to 120 months). */
    private static final int MAX_LAG = 121;

    final RouteCode code;
    /** Capacity added by investment so far (Mt/yr), on top of the parameter's base capacity. */
    double addedCapacity;
    private final double[] pending = new double[MAX_LAG];
    double disruptionShare;
    int disruptionUntil = -1;
    double effectiveCapacity;
    double effectiveReliability;
    double generalisedCost;
    /** Alternative-specific constant fitted at start so that step 0 reproduces the observed volume. */
    double asc;
    double volume;
    /** Volume the congestion cost responds to: an exponential average of past volumes (damps oscillation). */
    double congestionVolume;
    double share;
    /** Generalised cost at step 0, for relative cost changes. */
    double generalisedCost0;

    RouteAgent(RouteCode code) {
        this.code = code;
    }

    public RouteCode code() {
        return code;
    }

    boolean available() {
        return effectiveReliability > 0 && effectiveCapacity > 0;
    }

    /** Money (bn USD) spent now buys capacity that enters service after the investment lag. */
    void invest(double bnUsd, int now, ModelParameters p) {
        if (p.investmentLag == 0) {
            addedCapacity += bnUsd * p.capacityPerBn;
        } else {
            pending[(now + p.investmentLag) % MAX_LAG] += bnUsd * p.capacityPerBn;
        }
    }

    void disrupt(double share, int months, int now) {
        disruptionShare = Math.max(disruptionShare, share);
        disruptionUntil = Math.max(disruptionUntil, now + months);
    }

    @Override
    public void step(SimState state) {
        CascadeModel m = (CascadeModel) state;
        int now = m.month();
        int slot = now % MAX_LAG;
        addedCapacity += pending[slot];
        pending[slot] = 0;
        congestionVolume = m.p.congestionSmoothing * congestionVolume + (1 - m.p.congestionSmoothing) * volume;
        if (disruptionUntil >= 0 && now >= disruptionUntil) {
            disruptionShare = 0;
            disruptionUntil = -1;
            if (m.narrates()) {
                m.log("route_restored", code.id(), code.displayName() + " back to full capacity after a disruption",
                    false);
            }
        }
        updateConditions(m.p);
    }

    /** Recomputes effective capacity, reliability and generalised cost from the parameters and current volume. */
    void updateConditions(ModelParameters p) {
        int r = code.ordinal();
        effectiveCapacity = (p.capacity[r] + addedCapacity) * (1 - disruptionShare);
        effectiveReliability = p.reliability[r] * (1 - p.disruptionReliabilityLoss * disruptionShare);
        double utilisation = effectiveCapacity > 0 ? Math.min(1.5, congestionVolume / effectiveCapacity) : 1.5;
        generalisedCost = p.tariff[r] + p.valueOfTime * p.transitDays[r] + p.riskPremium * (1 - effectiveReliability)
            + p.congestionCost * Math.pow(utilisation, p.congestionPower);
    }
}
