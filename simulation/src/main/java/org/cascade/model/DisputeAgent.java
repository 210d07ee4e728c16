package org.cascade.model;

import java.util.Locale;
import org.cascade.data.BaseYear;
import org.cascade.region.DisputeCode;
import org.cascade.region.StateCode;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * A border dispute. Each month: a closure may expire; tension drifts (toward half the undelimited share, up with
 * hawkish stances, down with trade growth); an incident may happen; a negotiation round may happen (chance rising
 * with trust, political will, a recent summit and mediation) and adds progress that reaching 1 settles the border;
 * above a threshold a clash may happen, closing the border, cutting trust and costing GDP. An embargo (AZ-AM) is
 * different: negotiation progress reaching 1 only agrees a text; the embargo lifts through a treaty event
 * ({@code border_settled}), an opening event ({@code border_open}) or a rare spontaneous signing whose monthly
 * chance is {@code dispute.embargo_lift_rate} x progress.
 */
public final class DisputeAgent implements Steppable {
    private static final long serialVersionUID = 1L;

    final DisputeCode code;
    final int pairIndex;
    /** When closed, no trade at all crosses (AZ-AM), rather than trade at a higher cost (KG-TJ 2021-2025). */
    final boolean embargo;
    double undelimited;
    double tension;
    double progress;
    boolean settled;
    boolean open;
    /** Month the current closure ends; Integer.MAX_VALUE = until a treaty or an event opens it. */
    int closedUntil;
    int incidents;
    /** Rounds of talks held when both governments bargain (the proposer alternates). */
    int rounds;

    DisputeAgent(DisputeCode code) {
        this.code = code;
        this.pairIndex = code.pair().index();
        BaseYear.DisputeStart start = BaseYear.dispute(code);
        this.undelimited = start.undelimited();
        this.tension = start.tension();
        this.progress = start.progress();
        this.settled = start.undelimited() == 0;
        this.open = start.open();
        this.embargo = start.embargo();
        this.closedUntil = open ? -1 : Integer.MAX_VALUE;
    }

    public DisputeCode code() {
        return code;
    }

    @Override
    public void step(SimState state) {
        CascadeModel m = (CascadeModel) state;
        ModelParameters p = m.p;
        int now = m.month();
        StateCode a = code.pair().a();
        StateCode b = code.pair().b();
        double stance = (p.stance[a.ordinal()] + p.stance[b.ordinal()]) / 2;
        double will = (p.politicalWill[a.ordinal()] + p.politicalWill[b.ordinal()]) / 2;

        if (!open && now >= closedUntil) {
            open(m, "closure ended", false);
        }

        double interdependence = Math.max(0, m.relations.tradeGrowthLog(pairIndex));
        tension = Relations.clamp01(tension + p.tensionDecay * (0.5 * undelimited - tension)
            + p.stanceEffect * stance - p.interdependenceCalm * interdependence);

        // four draws every month, used or not, so this dispute's later draws never depend on what happened (CRN)
        RandomStream random = m.streams.dispute(code);
        double incidentDraw = random.nextDouble();
        double negotiationDraw = random.nextDouble();
        double clashDraw = random.nextDouble();
        double signingDraw = random.nextDouble();
        // when both governments bargain, their talks take one more draw a month from their own stream
        boolean bargains = m.governments != null && m.governments.bargains(this);
        double bargainingDraw = bargains ? m.streams.bargaining(code).nextDouble() : 0;
        if (incidentDraw < p.incidentRate * (p.incidentFloor + undelimited) * tension) {
            incident(m, p);
        }

        if (!settled) {
            boolean summit = now - m.relations.lastSummit[pairIndex] <= p.summitMemory;
            double logit = p.negotiationBase + p.negotiationTrust * m.relations.trust[pairIndex]
                + p.negotiationWill * will + (summit ? p.summitBoost : 0) + p.mediation;
            if (progress < 1 && negotiationDraw < 1 / (1 + Math.exp(-logit))) {
                if (bargains) {
                    m.governments.bargain(m, this, bargainingDraw);
                } else {
                    progress = Math.min(1, progress + p.progressPerRound * (1 - tension));
                    if (progress >= 1) {
                        negotiated(m, "negotiation progress reached 1.00", false);
                    }
                }
            }
            // an embargo lifts only by a signed treaty: rare without a scheduled one, likelier as the text matures
            if (embargo && !settled && signingDraw < p.embargoLiftRate * progress) {
                signedWithoutEvent(m);
            }
        }

        if (tension > p.clashThreshold && p.clashThreshold < 1) {
            double chance = p.clashRate * (tension - p.clashThreshold) / (1 - p.clashThreshold) * (1 + stance)
                * (settled ? p.settledClashFactor : 1);
            if (clashDraw < chance) {
                clashAfterTension(m);
            }
        }
    }

    // The rare outcomes of a month live in methods of their own, out of the monthly step: building their log lines
    // (string concatenation, formatting) would otherwise be compiled into the step every dispute runs every month.
    // The lines are built only when the run keeps its log (an experiment's runs do not: CascadeModel.narrates).

    private void incident(CascadeModel m, ModelParameters p) {
        incidents++;
        tension = Relations.clamp01(tension + p.incidentTension);
        m.relations.addTrust(pairIndex, -p.incidentLoss, 0);
        if (m.narrates()) {
            m.log("incident", code.id(), code.id() + " border incident (tension " + fmt(tension) + ")", false);
        }
    }

    private void signedWithoutEvent(CascadeModel m) {
        settle(m, m.narrates() ? "peace treaty signed without a scheduled event (progress " + fmt(progress) + ")" : "",
            false);
    }

    private void clashAfterTension(CascadeModel m) {
        clash(m, 1, m.narrates() ? "clash after tension " + fmt(tension) : "", false);
    }

    /**
     * Negotiation progress has reached 1: a delimitation dispute is settled (the treaty follows the agreed text, as
     * KG-TJ's was signed three weeks after initialling); an embargo only has its text agreed, and stays closed.
     */
    void negotiated(CascadeModel m, String why, boolean scheduled) {
        if (settled) {
            return;
        }
        if (embargo) {
            if (m.narrates()) {
                m.log("negotiation", code.id(), code.id() + " treaty text agreed (" + why
                    + "); the border stays closed until the treaty is signed", scheduled);
            }
        } else {
            settle(m, why, scheduled);
        }
    }

    void settle(CascadeModel m, String why, boolean scheduled) {
        settled = true;
        undelimited = 0;
        progress = 1;
        tension *= 0.5;
        m.relations.addTrust(pairIndex, m.p.settlementGain, m.p.settlementGain);
        if (m.narrates()) {
            m.log("border_settled", code.id(), code.id() + " border settled: " + why, scheduled);
        }
        if (!open) {
            open(m, "settlement", scheduled);
        }
    }

    void open(CascadeModel m, String why, boolean scheduled) {
        open = true;
        closedUntil = -1;
        if (m.narrates()) {
            m.log("border_open", code.id(), code.id() + " border opened: " + why, scheduled);
        }
    }

    void close(CascadeModel m, int months, String why, boolean scheduled) {
        open = false;
        closedUntil = months <= 0 ? Integer.MAX_VALUE : Math.max(closedUntil == -1 ? 0 : closedUntil, m.month() + months);
        if (m.narrates()) {
            m.log("border_close", code.id(), code.id() + " border closed: " + why, scheduled);
        }
    }

    /** An armed clash: border closes, trust collapses (partly for good), both sides lose GDP, progress slips. */
    void clash(CascadeModel m, double severity, String why, boolean scheduled) {
        ModelParameters p = m.p;
        incidents++;
        tension = 1;
        progress = Math.max(0, progress - p.clashProgressLoss * severity);
        m.relations.addTrust(pairIndex, -p.clashLoss * severity, -0.5 * p.clashLoss * severity);
        m.state(code.pair().a()).addLoss(p.clashGdpCost * severity);
        m.state(code.pair().b()).addLoss(p.clashGdpCost * severity);
        if (m.narrates()) {
            m.log("clash", code.id(), code.id() + " armed clash (severity " + fmt(severity) + ")", scheduled);
        }
        close(m, p.closureMonths, why, scheduled);
    }

    void reopen(double undelimitedShare) {
        settled = false;
        undelimited = undelimitedShare;
        progress = 1 - undelimitedShare;
        tension = Math.max(tension, 0.4);
    }

    /** Ad-valorem friction of this border on the pair's trade (closed, or open but undelimited). */
    double friction(ModelParameters p) {
        return (open ? 0 : p.closedFriction) + p.unsettledFriction * undelimited;
    }

    /**
     * {@code String.format(Locale.ROOT, "%.2f", v)}, the log's number format. Formatter rounds the shortest decimal
     * of v (the digits of {@link Double#toString}) half up; in the range where those digits are written plainly
     * this does the same directly, which spares every run the Formatter (and the JIT its compilation).
     */
    static String fmt(double v) {
        if (v >= 1e-3 && v < 1e7) {
            String s = Double.toString(v);
            int dot = s.indexOf('.');
            int end = s.length();
            long hundredths = Long.parseLong(s, 0, dot, 10) * 100
                + (dot + 1 < end ? s.charAt(dot + 1) - '0' : 0) * 10
                + (dot + 2 < end ? s.charAt(dot + 2) - '0' : 0);
            if (dot + 3 < end && s.charAt(dot + 3) >= '5') {
                hundredths++;
            }
            long cents = hundredths % 100;
            return (hundredths / 100) + (cents < 10 ? ".0" : ".") + cents;
        }
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
