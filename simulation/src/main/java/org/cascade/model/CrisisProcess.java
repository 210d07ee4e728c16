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
 * probability min(1, 2 x solidarity x trust x capacity) / (1 + recent help given), capacity =
 * 0.5 + 0.5 min(1, Y_helper / Y_hit)^0.25, and recent help given counts the helper's past assistance with a yearly
 * fading (aid fatigue: a state that has just helped is slower to help again). Assistance raises trust both ways by
 * trust.crisis_assist_gain x severity x (1 - trust), a third of it for good (the AZAL crash of December 2024 is the
 * template). The stricken state also loses GDP and, for a while, trade. A government that decides its aid (MODEL.md
 * 7.11) answers instead of the solidarity draw, with the same draw as its logit draw.
 */
final class CrisisProcess implements Steppable {
    private static final long serialVersionUID = 1L;

    record Crisis(StateCode state, double severity, String cause, boolean scheduled) implements Serializable { }

    private final List<Crisis> pending = new ArrayList<>();
    /** Assistance each state gave recently, fading by a twelfth a month. */
    private final double[] recentHelp = new double[StateCode.COUNT];

    void add(Crisis c) {
        pending.add(c);
    }

    @Override
    public void step(SimState state) {
        CascadeModel m = (CascadeModel) state;
        ModelParameters p = m.p;
        for (int i = 0; i < recentHelp.length; i++) {
            recentHelp[i] *= 1 - 1.0 / 12;
        }
        if (!pending.isEmpty()) {
            for (Crisis c : pending) {
                strike(m, p, c);
            }
            pending.clear();
        }
    }

    /** One crisis and the assistance it draws: out of the monthly step, which most months has none to handle. */
    private void strike(CascadeModel m, ModelParameters p, Crisis c) {
        StateAgent hit = m.state(c.state());
        hit.addLoss(p.disasterCost * c.severity());
        hit.addTradeDisruption(p.disasterTradeLoss * c.severity());
        if (m.narrates()) {
            m.log("crisis", c.state().name(), c.state() + " crisis: " + c.cause() + " (severity "
                + DisputeAgent.fmt(c.severity()) + ")", c.scheduled());
        }
        for (StateCode helper : Codes.STATES) {
            if (helper == c.state()) {
                continue;
            }
            int k = Pair.of(helper, c.state()).index();
            double trust = m.relations.trust[k];
            double capacity = 0.5 + 0.5 * Math.pow(Math.min(1, m.state(helper).gdp / hit.gdp), 0.25);
            double chance = Math.min(1, 2 * p.solidarity * trust * capacity) / (1 + recentHelp[helper.ordinal()]);
            double draw = m.streams.aid(helper, c.state()).nextDouble();
            // a government that decides its aid weighs it (MODEL.md 7.11); otherwise solidarity draws it
            boolean assist = m.governments.decidesAid(helper)
                ? m.governments.aid(m, helper, c.state(), c.severity(), recentHelp[helper.ordinal()], draw)
                : draw < chance;
            if (assist) {
                // diminishing returns: help adds less to a relationship that already trusts
                double gain = p.assistGain * c.severity() * (1 - trust);
                m.relations.addTrust(k, gain, gain / 3);
                recentHelp[helper.ordinal()]++;
                assisted(m, helper, c.state(), k, trust);
            }
        }
    }

    private static void assisted(CascadeModel m, StateCode helper, StateCode hit, int k, double trust) {
        if (!m.narrates()) {
            return;
        }
        m.log("assist", Pair.of(helper, hit).name(), helper + " assisted " + hit
            + " after the crisis (trust " + DisputeAgent.fmt(trust) + " -> "
            + DisputeAgent.fmt(m.relations.trust[k]) + ")", false);
    }
}
