package org.cascade.model;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.cascade.region.Pair;
import org.cascade.region.StateCode;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Crises: a disaster or accident in one state (scheduled or random) costs it GDP; each other state assists with
 * probability min(1, 2 x solidarity x trust x capacity), capacity = 0.5 + 0.5 min(1, Y_helper / Y_hit)^0.25.
 * Assistance raises trust both ways, a third of it for good (the AZAL crash of December 2024 is the template).
 */
final class CrisisProcess implements Steppable {
    private static final long serialVersionUID = 1L;

    record Crisis(StateCode state, double severity, String cause, boolean scheduled) implements Serializable { }

    private final List<Crisis> pending = new ArrayList<>();

    void add(Crisis c) {
        pending.add(c);
    }

    @Override
    public void step(SimState state) {
        CascadeModel m = (CascadeModel) state;
        ModelParameters p = m.p;
        for (Crisis c : pending) {
            StateAgent hit = m.state(c.state());
            hit.addLoss(p.disasterCost * c.severity());
            m.log("crisis", c.state().name(), c.state() + " crisis: " + c.cause() + " (severity "
                + DisputeAgent.fmt(c.severity()) + ")", c.scheduled());
            for (StateCode helper : Codes.STATES) {
                if (helper == c.state()) {
                    continue;
                }
                int k = Pair.of(helper, c.state()).index();
                double trust = m.relations.trust[k];
                double capacity = 0.5 + 0.5 * Math.pow(Math.min(1, m.state(helper).gdp / hit.gdp), 0.25);
                double chance = Math.min(1, 2 * p.solidarity * trust * capacity);
                if (m.streams.aid(helper, c.state()).nextDouble() < chance) {
                    double gain = p.assistGain * c.severity();
                    m.relations.addTrust(k, gain, gain / 3);
                    m.log("assist", Pair.of(helper, c.state()).name(), helper + " assisted " + c.state()
                        + " after the crisis (trust " + DisputeAgent.fmt(trust) + " -> "
                        + DisputeAgent.fmt(m.relations.trust[k]) + ")", false);
                }
            }
        }
        pending.clear();
    }
}
