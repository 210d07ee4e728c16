package org.cascade.model;

import ec.util.MersenneTwisterFast;
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
    /** Summit attendance: members 1, observers and guests diplomacy.observer_weight (OTS: TM; CACM: AZ in 2024). */
    final double[][] attendance = new double[InstitutionCode.COUNT][StateCode.COUNT];
    private final List<ScenarioEvent> events;
    private int next;

    EventProcess(List<ScenarioEvent> events, double observerWeight) {
        this.events = events;
        double[] ots = attendance[InstitutionCode.OTS.ordinal()];
        ots[StateCode.AZ.ordinal()] = 1;
        ots[StateCode.KZ.ordinal()] = 1;
        ots[StateCode.KG.ordinal()] = 1;
        ots[StateCode.UZ.ordinal()] = 1;
        ots[StateCode.TM.ordinal()] = observerWeight;
        double[] cacm = attendance[InstitutionCode.CACM.ordinal()];
        for (StateCode s : Codes.STATES) {
            cacm[s.ordinal()] = s.isCentralAsian() ? 1 : 0;
        }
        cacm[StateCode.AZ.ordinal()] = observerWeight;
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
                MersenneTwisterFast random = m.streams.disaster(s);
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
                    m.log("route_disruption", r.code.id(), r.code.displayName() + " disrupted: "
                        + Math.round(100 * p.disruptionSeverity) + "% of capacity lost for " + p.disruptionMonths
                        + " months", false);
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
                gain += p.summitGain * attendance[i.ordinal()][pair.a().ordinal()] * attendance[i.ordinal()][pair.b().ordinal()];
            }
        }
        return gain;
    }

    void summit(CascadeModel m, InstitutionCode inst, String what, boolean scheduled) {
        double[] w = attendance[inst.ordinal()];
        int present = 0;
        for (StateCode s : Codes.STATES) {
            present += w[s.ordinal()] > 0 ? 1 : 0;
        }
        for (Pair pair : Pair.all()) {
            double wa = w[pair.a().ordinal()];
            double wb = w[pair.b().ordinal()];
            if (wa > 0 && wb > 0) {
                m.relations.addTrust(pair.index(), m.p.summitGain * wa * wb, 0);
                m.relations.lastSummit[pair.index()] = m.month();
            }
        }
        m.log("summit", inst.id(), inst.displayName() + ": " + what + " with " + present
            + " of the seven; trust among them rises", scheduled);
    }

    private void fire(CascadeModel m, ScenarioEvent e) {
        String note = e.note().isEmpty() ? "" : " (" + e.note() + ")";
        switch (e.type()) {
            case SET -> {
                m.setParameter(e.target(), e.value());
                m.log("set", e.target(), e.target() + " set to " + Parameter.format(e.value()) + note, true);
            }
            case BORDER_SETTLED -> m.dispute(e.target()).settle(m, "treaty" + note, true);
            case BORDER_OPEN -> m.dispute(e.target()).open(m, "scheduled opening" + note, true);
            case BORDER_CLOSE -> m.dispute(e.target()).close(m, e.months() > 0 ? e.months() : m.p.closureMonths,
                "scheduled closure" + note, true);
            case NEGOTIATION -> {
                DisputeAgent d = m.dispute(e.target());
                d.progress = Math.min(1, d.progress + e.value());
                m.log("negotiation", d.code.id(), d.code.id() + " negotiation progress to "
                    + DisputeAgent.fmt(d.progress) + note, true);
                if (d.progress >= 1 && !d.settled) {
                    d.settle(m, "negotiation completed" + note, true);
                }
            }
            case CLASH -> {
                DisputeAgent d = m.dispute(e.target());
                d.clash(m, e.valueOr(1), "scheduled clash after tension " + DisputeAgent.fmt(d.tension) + note, true);
            }
            case DISPUTE_REOPEN -> {
                DisputeAgent d = m.dispute(e.target());
                d.reopen(e.value());
                m.log("dispute_reopen", d.code.id(), d.code.id() + " dispute reopened: "
                    + Math.round(100 * e.value()) + "% of the border contested" + note, true);
            }
            case SUMMIT -> summit(m, InstitutionCode.byId(e.target()).orElseThrow(), "extra summit" + note, true);
            case JOIN -> {
                InstitutionCode inst = InstitutionCode.byId(e.target()).orElseThrow();
                attendance[inst.ordinal()][StateCode.valueOf(e.state()).ordinal()] = 1;
                m.log("join", inst.id(), e.state() + " joins the " + inst.displayName() + " as a full participant"
                    + note, true);
            }
            case ROUTE_DISRUPTION -> {
                RouteAgent r = m.route(e.target());
                r.disrupt(e.value(), e.months(), m.month());
                m.log("route_disruption", r.code.id(), r.code.displayName() + " disrupted: "
                    + Math.round(100 * e.value()) + "% of capacity lost for " + e.months() + " months" + note, true);
            }
            case ROUTE_INVESTMENT -> {
                RouteAgent r = m.route(e.target());
                r.invest(e.value(), m.month(), m.p);
                m.log("route_investment", r.code.id(), Parameter.format(e.value()) + " bn USD invested in the "
                    + r.code.displayName() + "; capacity follows in " + m.p.investmentLag + " months" + note, true);
            }
            case CRISIS -> m.crises.add(new CrisisProcess.Crisis(StateCode.valueOf(e.target()), e.value(),
                e.note().isEmpty() ? "scheduled crisis" : e.note(), true));
            case TRUST -> {
                Pair pair = Pair.parse(e.target()).orElseThrow();
                m.relations.addTrust(pair.index(), e.value(), e.value());
                m.log("trust", pair.name(), pair.name() + " trust " + (e.value() >= 0 ? "+" : "")
                    + DisputeAgent.fmt(e.value()) + note, true);
            }
            case COMMODITY_SHOCK -> {
                m.commodityLog += e.value();
                m.log("commodity_shock", "region", "Commodity prices " + (e.value() >= 0 ? "up" : "down") + " "
                    + Math.round(100 * Math.abs(Math.expm1(e.value()))) + "%" + note, true);
            }
        }
    }
}
