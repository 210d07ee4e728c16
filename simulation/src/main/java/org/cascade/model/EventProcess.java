package org.cascade.model;

import java.util.List;
import org.cascade.params.Parameter;
import org.cascade.region.InstitutionCode;
import org.cascade.region.Pair;
import org.cascade.region.StateCode;
import org.cascade.scenario.ScenarioEvent;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * First process of the month: the scenario's events dated this month fire in file order, then the institutions'
 * regular summits, then random shocks (disasters, route disruptions) and the commodity price (AR(1) in logs).
 */
final class EventProcess implements Steppable {
    private static final long serialVersionUID = 1L;
    /** Full participants of each institution (a {@code join} event adds one). */
    private final boolean[][] member = new boolean[InstitutionCode.COUNT][StateCode.COUNT];
    /** Observers and guests (OTS: TM; CACM: AZ in 2024): they weigh diplomacy.observer_weight. */
    private final boolean[][] observer = new boolean[InstitutionCode.COUNT][StateCode.COUNT];
    private final List<ScenarioEvent> events;
    private int next;

    /** @param events the scenario's events inside the run's horizon, in firing order */
    EventProcess(List<ScenarioEvent> events) {
        this.events = List.copyOf(events);
        boolean[] ots = member[InstitutionCode.OTS.ordinal()];
        ots[StateCode.AZ.ordinal()] = true;
        ots[StateCode.KZ.ordinal()] = true;
        ots[StateCode.KG.ordinal()] = true;
        ots[StateCode.UZ.ordinal()] = true;
        observer[InstitutionCode.OTS.ordinal()][StateCode.TM.ordinal()] = true;
        boolean[] cacm = member[InstitutionCode.CACM.ordinal()];
        for (StateCode s : Codes.STATES) {
            cacm[s.ordinal()] = s.isCentralAsian();
        }
        observer[InstitutionCode.CACM.ordinal()][StateCode.AZ.ordinal()] = true;
    }

    /**
     * A state's weight at an institution's summits: 1 for a member, diplomacy.observer_weight for an observer or
     * guest, 0 otherwise. The weight is read from the current parameters, so a dated {@code set} of it takes effect.
     */
    double attendance(ModelParameters p, InstitutionCode inst, StateCode s) {
        return member[inst.ordinal()][s.ordinal()] ? 1 : observer[inst.ordinal()][s.ordinal()] ? p.observerWeight : 0;
    }

    @Override
    public void step(SimState state) {
        CascadeModel m = (CascadeModel) state;
        int now = m.month();
        while (next < events.size() && events.get(next).step() <= now) {
            ScenarioEvent e = events.get(next++);
            if (e.step() == now) {
                fire(m, e);
            }
        }
        ModelParameters p = m.p;
        int monthOfYear = now % 12 + 1;
        for (InstitutionCode i : Codes.INSTITUTIONS) {
            if (p.institutionEnabled[i.ordinal()] && p.summitMonth[i.ordinal()] == monthOfYear) {
                summit(m, i, "regular summit", false);
            }
        }
        if (p.shocks) {
            // every stream draws the same numbers every month, used or not (common random numbers, see Streams)
            for (StateCode s : Codes.STATES) {
                RandomStream random = m.streams.disaster(s);
                double whether = random.nextDouble();
                double severity = 0.2 + 0.8 * random.nextDouble();
                if (whether < p.disasterRate) {
                    m.crises.add(new CrisisProcess.Crisis(s, severity, "disaster", false));
                }
            }
            for (RouteAgent r : m.routes) {
                double whether = m.streams.routeDisruption(r.code).nextDouble();
                if (r.available() && whether < p.disruptionRate) {
                    r.disrupt(p.disruptionSeverity, p.disruptionMonths, now);
                    if (m.narrates()) {
                        m.log("route_disruption", r.code.id(), r.code.displayName() + " disrupted: "
                            + Math.round(100 * p.disruptionSeverity) + "% of capacity lost for " + p.disruptionMonths
                            + " months", false);
                    }
                }
            }
            m.commodityLog = p.commodityPersistence * m.commodityLog + p.commodityVolatility * m.streams.commodity().nextGaussian();
        } else {
            m.commodityLog *= p.commodityPersistence;
        }
    }

    /** Trust a pair gains a year from the regular summits of the enabled institutions. */
    double regularSummitGain(ModelParameters p, Pair pair) {
        double gain = 0;
        for (InstitutionCode i : Codes.INSTITUTIONS) {
            if (p.institutionEnabled[i.ordinal()]) {
                gain += p.summitGain * attendance(p, i, pair.a()) * attendance(p, i, pair.b());
            }
        }
        return gain;
    }

    void summit(CascadeModel m, InstitutionCode inst, String what, boolean scheduled) {
        summit(m, inst, what, scheduled, null);
    }

    /** A summit; the governments that decide their summits choose whether to attend (the host, if any, attends). */
    void summit(CascadeModel m, InstitutionCode inst, String what, boolean scheduled, StateCode host) {
        double[] weight = new double[StateCode.COUNT];
        for (StateCode s : Codes.STATES) {
            weight[s.ordinal()] = attendance(m.p, inst, s);
        }
        weight = m.governments.attend(m, weight, host);
        int present = 0;
        for (StateCode s : Codes.STATES) {
            present += weight[s.ordinal()] > 0 ? 1 : 0;
        }
        for (Pair pair : Pair.all()) {
            double wa = weight[pair.a().ordinal()];
            double wb = weight[pair.b().ordinal()];
            if (wa > 0 && wb > 0) {
                m.relations.addTrust(pair.index(), m.p.summitGain * wa * wb, 0);
                m.relations.lastSummit[pair.index()] = m.month();
            }
        }
        if (m.narrates()) {
            m.log("summit", inst.id(), inst.displayName() + ": " + what + " with " + present
                + " of the seven; trust among them rises", scheduled);
        }
    }

    private void fire(CascadeModel m, ScenarioEvent event) {
        String note = event.note().isEmpty() ? "" : " (" + event.note() + ")";
        switch (event) {
            case ScenarioEvent.SetParameter e -> {
                m.setParameter(e.parameter(), e.value());
                m.log("set", e.parameter().name(), e.parameter().name() + " set to " + Parameter.format(e.value())
                    + note, true);
            }
            case ScenarioEvent.BorderSettled e -> m.dispute(e.dispute()).settle(m, "treaty" + note, true);
            case ScenarioEvent.BorderOpen e -> m.dispute(e.dispute()).open(m, "scheduled opening" + note, true);
            case ScenarioEvent.BorderClose e -> m.dispute(e.dispute()).close(m, e.months().orElse(m.p.closureMonths),
                "scheduled closure" + note, true);
            case ScenarioEvent.Negotiation e -> {
                DisputeAgent d = m.dispute(e.dispute());
                d.progress = Math.min(1, d.progress + e.progress());
                m.log("negotiation", d.code.id(), d.code.id() + " negotiation progress to "
                    + DisputeAgent.fmt(d.progress) + note, true);
                if (d.progress >= 1) {
                    d.negotiated(m, "negotiation completed" + note, true);
                }
            }
            case ScenarioEvent.Clash e -> {
                DisputeAgent d = m.dispute(e.dispute());
                d.clash(m, e.severity(), "scheduled clash after tension " + DisputeAgent.fmt(d.tension) + note, true);
            }
            case ScenarioEvent.DisputeReopen e -> {
                DisputeAgent d = m.dispute(e.dispute());
                d.reopen(e.undelimited());
                m.log("dispute_reopen", d.code.id(), d.code.id() + " dispute reopened: "
                    + Math.round(100 * e.undelimited()) + "% of the border contested" + note, true);
            }
            case ScenarioEvent.Summit e -> summit(m, e.institution(), "extra summit" + note, true);
            case ScenarioEvent.Join e -> {
                member[e.institution().ordinal()][e.state().ordinal()] = true;
                m.log("join", e.institution().id(), e.state() + " joins the " + e.institution().displayName()
                    + " as a full participant" + note, true);
            }
            case ScenarioEvent.RouteDisruption e -> {
                RouteAgent r = m.route(e.route());
                r.disrupt(e.share(), e.months(), m.month());
                m.log("route_disruption", r.code.id(), r.code.displayName() + " disrupted: "
                    + Math.round(100 * e.share()) + "% of capacity lost for " + e.months() + " months" + note, true);
            }
            case ScenarioEvent.RouteInvestment e -> {
                RouteAgent r = m.route(e.route());
                r.invest(e.bnUsd(), m.month(), m.p);
                m.log("route_investment", r.code.id(), Parameter.format(e.bnUsd()) + " bn USD invested in the "
                    + r.code.displayName() + "; capacity follows in " + m.p.investmentLag + " months" + note, true);
            }
            case ScenarioEvent.Crisis e -> m.crises.add(new CrisisProcess.Crisis(e.state(), e.severity(),
                e.note().isEmpty() ? "scheduled crisis" : e.note(), true));
            case ScenarioEvent.Trust e -> {
                m.relations.addTrust(e.pair().index(), e.delta(), e.delta());
                m.log("trust", e.pair().name(), e.pair().name() + " trust " + (e.delta() >= 0 ? "+" : "")
                    + DisputeAgent.fmt(e.delta()) + note, true);
            }
            case ScenarioEvent.CommodityShock e -> {
                m.commodityLog += e.logJump();
                m.log("commodity_shock", "region", "Commodity prices " + (e.logJump() >= 0 ? "up" : "down") + " "
                    + Math.round(100 * Math.abs(Math.expm1(e.logJump()))) + "%" + note, true);
            }
        }
    }
}
