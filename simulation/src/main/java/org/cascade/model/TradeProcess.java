package org.cascade.model;

import org.cascade.params.ParameterNames;
import org.cascade.params.ParameterSet;
import org.cascade.data.BaseYear;
import org.cascade.data.StartState;
import org.cascade.region.Pair;
import org.cascade.region.PartnerCode;
import org.cascade.region.RouteCode;
import org.cascade.region.Sector;
import org.cascade.region.StateCode;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Trade by structural gravity in changes ("hat algebra"): each pair-sector flow moves toward
 * X* = X0 (Y_a/Y0_a Y_b/Y0_b)^eta (tau/tau0)^-theta exp(trust_semi (trust - trust0)) ((K + K_ref)/(K0 + K_ref))^gamma
 * at the adjustment rate, where tau = 1 + mean import tariff + border friction + transport share x sector weight x
 * the shipper's cost ratio (pairs across the Caspian) - digital cut. Step 0 reproduces the observed flows exactly
 * because every ratio is 1 there. A pair with no base trade (AZ-AM) trades, once its border opens, a share of its
 * gravity potential. External trade follows the same form with immediate adjustment.
 */
final class TradeProcess implements Steppable {
    private static final long serialVersionUID = 1L;

    /** External partners reached through the westbound corridors (cost follows the state's freight cost ratio). */
    private static final double[] DEFAULT_PARTNER_GROWTH = new double[PartnerCode.COUNT];

    static {
        for (PartnerCode c : PartnerCode.values()) {
            DEFAULT_PARTNER_GROWTH[c.ordinal()] = ParameterSet.defaults().get(ParameterNames.partnerGrowth(c));
        }
    }

    private static boolean westbound(PartnerCode p) {
        return p == PartnerCode.EU || p == PartnerCode.TR || p == PartnerCode.GE;
    }

    private static final Pair[] PAIRS = Pair.all().toArray(Pair[]::new);
    private static final boolean[] WESTBOUND = new boolean[PartnerCode.COUNT];
    private static final double[] TRANSPORT_WEIGHT = new double[Sector.COUNT];
    private static final int RU = PartnerCode.RU.ordinal();
    private static final int IR = PartnerCode.IR.ordinal();

    static {
        for (PartnerCode c : PartnerCode.values()) {
            WESTBOUND[c.ordinal()] = westbound(c);
        }
        for (Sector s : Sector.values()) {
            TRANSPORT_WEIGHT[s.ordinal()] = s.transportWeight();
        }
    }

    final double[][] external = new double[StateCode.COUNT][PartnerCode.COUNT];
    final double[][] external0 = new double[StateCode.COUNT][PartnerCode.COUNT];
    /** The state whose Caspian crossing a pair's trade takes, by pair (null: none), from {@link BaseYear} once. */
    static final StateCode[] SHIPPER = new StateCode[Pair.COUNT];

    static {
        for (Pair pair : Pair.all()) {
            SHIPPER[pair.index()] = BaseYear.caspianShipper(pair);
        }
    }

    private final boolean[] potentialPair = new boolean[Pair.COUNT];
    private final double[] gain = new double[StateCode.COUNT];
    private final double[] partnerIndex = new double[PartnerCode.COUNT];
    private final double[] costFactor = new double[PartnerCode.COUNT];
    /** Partner growth at the registry's defaults: the trend growth of GDP already contains it. */
    private final double[] partnerIndexDefault = new double[PartnerCode.COUNT];
    /** True where the partner's growth is at its default, so that both indexes are the same number. */
    private final boolean[] partnerAtDefault = new boolean[PartnerCode.COUNT];
    /** Cost terms of pair-sector flows, of external flows and each state's diversion, kept while their inputs hold. */
    private final Memo sectorCost = new Memo(Pair.COUNT * Sector.COUNT);
    private final Memo externalCost = new Memo(StateCode.COUNT * PartnerCode.COUNT);
    private final Memo diversionTerm = new Memo(StateCode.COUNT);

    TradeProcess(StartState start) {
        for (StateCode s : Codes.STATES) {
            for (PartnerCode p : Codes.PARTNERS) {
                external0[s.ordinal()][p.ordinal()] = start.external(s, p);
                external[s.ordinal()][p.ordinal()] = external0[s.ordinal()][p.ordinal()];
            }
        }
    }

    /** Trade cost index of a pair and sector under current conditions. */
    double tau(CascadeModel m, Pair pair, Sector sector) {
        ModelParameters p = m.p;
        int k = pair.index();
        double tariff = tariff(p, pair);
        double border = border(m, k);
        return tau(p, tariff, border, SHIPPER[k] != null ? m.routeChoice.costRatio(SHIPPER[k]) : 0, SHIPPER[k] != null,
            sector.transportWeight());
    }

    private static double tariff(ModelParameters p, Pair pair) {
        return (p.importTariff[pair.a().ordinal()] + p.importTariff[pair.b().ordinal()]) / 2;
    }

    private static double border(CascadeModel m, int k) {
        DisputeAgent d = m.disputeOn(k);
        return d == null ? 0 : d.friction(m.p);
    }

    /** tau from its parts, which {@link #pair} takes once for all sectors of a pair. */
    private static double tau(ModelParameters p, double tariff, double border, double shipperCost, boolean acrossCaspian,
                              double transportWeight) {
        double transport = p.transportShare * transportWeight;
        if (acrossCaspian) {
            transport *= shipperCost;
            transport -= p.digital * p.digitalCut;
        }
        return 1 + tariff + border + Math.max(0, transport);
    }

    /**
     * Sets tau0 at step 0; gives a pair with no observed trade its gravity potential as the base to scale, with
     * tau0 taken as if its border were open, so that it trades only once the border opens.
     */
    void calibrate(CascadeModel m) {
        Relations rel = m.relations;
        double intensity = 0;
        int counted = 0;
        for (Pair pair : Pair.all()) {
            double x = rel.baseTurnover[pair.index()];
            DisputeAgent d = m.disputeOn(pair.index());
            if (x > 0 && (d == null || d.open)) {
                intensity += x / (m.state(pair.a()).gdp0 * m.state(pair.b()).gdp0);
                counted++;
            }
        }
        double meanIntensity = intensity / counted;
        for (Pair pair : PAIRS) {
            calibrate(m, rel, pair, meanIntensity);
        }
    }

    private void calibrate(CascadeModel m, Relations rel, Pair pair, double meanIntensity) {
        int k = pair.index();
        for (Sector s : Codes.SECTORS) {
            rel.tau0[k][s.ordinal()] = tau(m, pair, s);
        }
        if (rel.baseTurnover[k] == 0) {
            potentialPair[k] = true;
            double potential = m.p.newPairPotential * meanIntensity * m.state(pair.a()).gdp0 * m.state(pair.b()).gdp0;
            double[] shares = Relations.BASE_SHARES[k];
            DisputeAgent d = m.disputeOn(k);
            for (Sector s : Codes.SECTORS) {
                rel.trade0[k][s.ordinal()] = potential * shares[s.ordinal()];
                rel.tau0[k][s.ordinal()] -= d == null ? 0 : d.friction(m.p) - m.p.unsettledFriction * d.undelimited;
            }
        }
    }

    /** x^e, skipping the costly pow for the common cases of an unchanged ratio or a unit exponent. */
    private static double power(double x, double e) {
        if (x == 1 || e == 0) {
            return 1;
        }
        return e == 1 ? x : Math.pow(x, e);
    }

    /**
     * {@link #power} with the last base, exponent and result of each slot kept: most cost ratios stay the same from
     * one month to the next (every pair not across the Caspian, every partner but the route-bound ones), and the
     * same inputs give the same result bit for bit, so only a changed input pays for the pow.
     */
    static final class Memo implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        private final long[] base;
        private final long[] exponent;
        private final double[] result;

        Memo(int slots) {
            base = new long[slots];
            exponent = new long[slots];
            result = new double[slots];
            // every slot starts as a true entry of both functions: 0^0 = 1
            java.util.Arrays.fill(result, 1);
        }

        /** {@link TradeProcess#power}(x, e), from the slot when its inputs are those of its last call. */
        double power(int slot, double x, double e) {
            if (Double.doubleToRawLongBits(x) == base[slot] && Double.doubleToRawLongBits(e) == exponent[slot]) {
                return result[slot];
            }
            return keep(slot, x, e, TradeProcess.power(x, e));
        }

        /** {@link Math#pow}(x, e) likewise (a memo's slots are each used by one of the two only). */
        double pow(int slot, double x, double e) {
            if (Double.doubleToRawLongBits(x) == base[slot] && Double.doubleToRawLongBits(e) == exponent[slot]) {
                return result[slot];
            }
            return keep(slot, x, e, Math.pow(x, e));
        }

        private double keep(int slot, double x, double e, double y) {
            base[slot] = Double.doubleToRawLongBits(x);
            exponent[slot] = Double.doubleToRawLongBits(e);
            result[slot] = y;
            return y;
        }
    }

    @Override
    public void step(SimState state) {
        CascadeModel m = (CascadeModel) state;
        ModelParameters p = m.p;
        java.util.Arrays.fill(gain, 0);
        double world = Math.pow(1 + p.worldGrowth, (m.month() + 1) / 12.0);
        // one method per pair and per state rather than one long step: the JIT compiles small methods far faster
        for (int k = 0; k < Pair.COUNT; k++) {
            pair(m, p, PAIRS[k], world);
        }
        for (PartnerCode c : Codes.PARTNERS) {
            partnerIndex[c.ordinal()] = Math.pow(1 + p.partnerGrowth[c.ordinal()], (m.month() + 1) / 12.0);
            double g = DEFAULT_PARTNER_GROWTH[c.ordinal()];
            partnerAtDefault[c.ordinal()] = g == p.partnerGrowth[c.ordinal()];
            partnerIndexDefault[c.ordinal()] = partnerAtDefault[c.ordinal()] ? partnerIndex[c.ordinal()]
                : Math.pow(1 + g, (m.month() + 1) / 12.0);
        }
        double commodity = m.commodityPrice();
        double northern = m.routes[RouteCode.NORTHERN.ordinal()].generalisedCost
            / m.routes[RouteCode.NORTHERN.ordinal()].generalisedCost0;
        double southern = m.routes[RouteCode.SOUTHERN.ordinal()].generalisedCost
            / m.routes[RouteCode.SOUTHERN.ordinal()].generalisedCost0;
        for (StateCode s : Codes.STATES) {
            external(m, p, s, world, commodity, northern, southern);
        }
        for (StateCode s : Codes.STATES) {
            m.state(s).tradeGainUsd = p.tradeGain * gain[s.ordinal()];
        }
    }

    /** One pair's sector flows and income-only flow, and each partner's half of its gain. */
    private void pair(CascadeModel m, ModelParameters p, Pair pair, double world) {
        Relations rel = m.relations;
        int k = pair.index();
        StateAgent a = m.state(pair.a());
        StateAgent b = m.state(pair.b());
        double income = power(a.gdpIndex() * b.gdpIndex() / world, p.eta);
        DisputeAgent d = m.disputeOn(k);
        boolean blocked = d != null && d.embargo && !d.open;
        double trustFactor = Math.exp(p.trustSemi * (rel.trust[k] - rel.trust0[k]));
        double stockFactor = power((rel.pairStock(pair) + Relations.STOCK_REF)
            / (rel.pairStock0[k] + Relations.STOCK_REF), p.investTradeElasticity);
        double disrupted = (1 - a.tradeDisruption) * (1 - b.tradeDisruption);
        double[] trade = rel.trade[k];
        double[] trade0 = rel.trade0[k];
        double[] tau0 = rel.tau0[k];
        double tariff = tariff(p, pair);
        double border = border(m, k);
        boolean acrossCaspian = SHIPPER[k] != null;
        double shipperCost = acrossCaspian ? m.routeChoice.costRatio(SHIPPER[k]) : 0;
        double total = 0;
        for (int si = 0; si < Sector.COUNT; si++) {
            double target = blocked ? 0 : trade0[si] * income
                * sectorCost.power(k * Sector.COUNT + si,
                    tau(p, tariff, border, shipperCost, acrossCaspian, TRANSPORT_WEIGHT[si]) / tau0[si], -p.theta)
                * trustFactor * stockFactor * disrupted;
            trade[si] += p.tradeAdjust * (target - trade[si]);
            total += trade[si];
        }
        // the income-only flow adjusts at the same pace as trade, so that the gain measures costs, trust and
        // investment, not the lag of trade behind fast income growth
        double incomeTarget = potentialPair[k] ? 0 : rel.baseTurnover[k] * income;
        rel.incomeOnly[k] += p.tradeAdjust * (incomeTarget - rel.incomeOnly[k]);
        // a pair's turnover is both partners' trade: each gains from its half, not from the whole
        double extra = (total - rel.incomeOnly[k]) / 2;
        gain[pair.a().ordinal()] += extra;
        gain[pair.b().ordinal()] += extra;
    }

    /** One state's trade with the external partners, and its gain from them. */
    private void external(CascadeModel m, ModelParameters p, StateCode s, double world, double commodity,
                          double northern, double southern) {
        int i = s.ordinal();
        // westbound trade rides the freight routes, except the crude that goes by pipeline (Kazakh exports to
        // the EU and Türkiye are mostly CPC and BTC oil): its cost and what cannot be shipped follow each mode
        double oil = BaseYear.oilShareOfWestboundTrade(s);
        double ratio = (1 - oil) * m.routeChoice.costRatio(s) + oil * m.routeChoice.oilCostRatio(s);
        double shipped = (1 - oil) * (1 - m.routeChoice.freightLostShare(s)) + oil * (1 - m.routeChoice.oilLostShare(s));
        // the crude is worth what oil fetches: its value follows the commodity price (which GDP already counts
        // through the commodity factor, so the income-only reference below carries it too)
        double price = 1 - oil + oil * commodity;
        double yi = m.state(s).gdpIndex();
        double disrupted = 1 - m.state(s).tradeDisruption;
        double[] base = external0[i];
        // cost factors first: their external-trade-weighted mean is the state's multilateral resistance
        double resistance = 0;
        double weights = 0;
        for (int j = 0; j < PartnerCode.COUNT; j++) {
            double costRatio = j == RU ? (s.isCentralAsian() ? northern : 1)
                : j == IR ? southern
                : WESTBOUND[j] ? ratio : 1;
            double tauRatio = (1 + p.transportShare * costRatio) / (1 + p.transportShare);
            costFactor[j] = externalCost.power(i * PartnerCode.COUNT + j, tauRatio, -p.theta);
            resistance += base[j] * costFactor[j];
            weights += base[j];
        }
        // trade diversion: when some partners get dearer, part of the trade moves to the others (structural
        // gravity's multilateral resistance, damped by trade.diversion: 0 none, 1 the exporter's total kept)
        double diversion = weights > 0 && resistance > 0 ? diversionTerm.pow(i, resistance / weights, -p.diversion) : 1;
        double[] flow = external[i];
        for (int j = 0; j < PartnerCode.COUNT; j++) {
            double partnerIncome = power(yi * partnerIndex[j] / world, p.eta);
            double withPartner = base[j] * partnerIncome;
            double valued = WESTBOUND[j] ? price : 1;
            flow[j] = withPartner * costFactor[j] * diversion * disrupted * (WESTBOUND[j] ? shipped : 1) * valued;
            // partner growth away from its default (which the trend already holds) reaches GDP through exports
            double incomeOnly = base[j] * (partnerAtDefault[j] ? partnerIncome
                : power(yi * partnerIndexDefault[j] / world, p.eta)) * valued;
            gain[i] += (flow[j] - incomeOnly) / 2;
        }
    }
}
