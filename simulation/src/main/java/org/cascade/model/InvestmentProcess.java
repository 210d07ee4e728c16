package org.cascade.model;

import org.cascade.region.Corridors;
import org.cascade.region.Pair;
import org.cascade.region.RouteCode;
import org.cascade.region.StateCode;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Investment. Each state invests outward_investment x GDP a year across the other six by a softmax of expected
 * return: w_growth x host trend growth + w_trust x trust + w_stability x host stability + w_trade x log trade
 * + w_travel x log travel growth (no investment across a closed embargo border). Stocks depreciate. Corridor
 * investment (policy levers, bn USD a year) buys route capacity after the lag on the route {@link Corridors} names.
 */
final class InvestmentProcess implements Steppable {
    private static final long serialVersionUID = 1L;
    /** The route each state's corridor investment builds, or null (see {@link Corridors}). */
    private static final RouteCode[] CORRIDOR = new RouteCode[StateCode.COUNT];
    private final double[] weight = new double[StateCode.COUNT];
    /** The pair terms of the score, the same from either side: computed once a month for both investors. */
    private final double[] tradeTerm = new double[Pair.COUNT];
    private final double[] travelTerm = new double[Pair.COUNT];

    static {
        for (StateCode s : StateCode.values()) {
            CORRIDOR[s.ordinal()] = Corridors.builtBy(s).orElse(null);
        }
    }

    /** Expected-return score of host {@code j} over pair {@code k}; a host's investment promotion adds to it. */
    static double score(ModelParameters p, Relations rel, int j, int k) {
        return score(p, rel, j, k, Math.log(rel.turnover(k) + p.investTradeFloor), rel.travelGrowthLog(k));
    }

    /**
     * An investor's score of every host into {@code out} (NaN for itself and for a host behind an embargo's closed
     * border); returns the largest. With {@code trade} and {@code travel} null the pair terms are taken here, else
     * read from them (the month's, taken once for every investor).
     */
    private static double scores(CascadeModel m, ModelParameters p, Relations rel, StateCode from, double[] out,
                                 double[] trade, double[] travel) {
        double max = Double.NEGATIVE_INFINITY;
        for (StateCode to : Codes.STATES) {
            int t = to.ordinal();
            out[t] = Double.NaN;
            if (to == from) {
                continue;
            }
            int k = Pair.of(from, to).index();
            DisputeAgent d = m.disputeOn(k);
            if (d != null && d.embargo && !d.open) {
                continue;
            }
            out[t] = trade == null ? score(p, rel, t, k) : score(p, rel, t, k, trade[k], travel[k]);
            max = Math.max(max, out[t]);
        }
        return max;
    }

    /** The score with the pair's trade term (log of turnover plus the floor) and travel term already taken. */
    private static double score(ModelParameters p, Relations rel, int j, int k, double trade, double travel) {
        double score = p.weightGrowth * p.trendGrowth[j] + p.weightTrust * rel.trust[k]
            + p.weightStability * p.stability[j] + p.weightTrade * trade + p.weightTravel * travel;
        // without promotion (every scripted run) the score is exactly what it was before the lever existed
        return p.investmentPromotion[j] == 0 ? score : score + p.promotionWeight * p.investmentPromotion[j];
    }

    /**
     * A host's yearly inflow from the other six (USD/yr, element 1: each investor's budget times its share s) and the
     * inflow it gains when its appeal score rises by {@code dScore} (element 0: the budget times the softmax
     * derivative, s (1 - s) dScore). Before the first month it computes the shares the investors would choose.
     */
    static double[] inflowTerms(CascadeModel m, StateCode host, double dScore) {
        ModelParameters p = m.p;
        Relations rel = m.relations;
        int j = host.ordinal();
        double gain = 0;
        double inflow = 0;
        for (StateCode from : Codes.STATES) {
            if (from == host) {
                continue;
            }
            if (rel.investShareKnown) {
                // this month's shares, as the investors chose them (the investment process runs before the governments)
                double share = rel.investShare[from.ordinal()][j];
                double budget = p.outwardInvestment[from.ordinal()] * m.state(from).gdp;
                gain += budget * share * (1 - share) * dScore;
                inflow += budget * share;
                continue;
            }
            double[] score = new double[StateCode.COUNT];
            double max = scores(m, p, rel, from, score, null, null);
            if (Double.isNaN(score[j])) {
                continue;
            }
            double sum = 0;
            for (double v : score) {
                sum += Double.isNaN(v) ? 0 : Math.exp(v - max);
            }
            double share = Math.exp(score[j] - max) / sum;
            double budget = p.outwardInvestment[from.ordinal()] * m.state(from).gdp;
            gain += budget * share * (1 - share) * dScore;
            inflow += budget * share;
        }
        return new double[] {gain, inflow};
    }

    @Override
    public void step(SimState state) {
        CascadeModel m = (CascadeModel) state;
        ModelParameters p = m.p;
        Relations rel = m.relations;
        double keep = 1 - p.depreciation / 12.0;
        for (int k = 0; k < Pair.COUNT; k++) {
            tradeTerm[k] = Math.log(rel.turnover(k) + p.investTradeFloor);
            travelTerm[k] = rel.travelGrowthLog(k);
        }
        for (StateCode from : Codes.STATES) {
            invest(m, p, rel, from, keep);
        }
        rel.investShareKnown = true;
        int now = m.month();
        for (StateCode s : Codes.STATES) {
            double bn = p.corridorInvestment[s.ordinal()] / 12.0;
            RouteCode target = CORRIDOR[s.ordinal()];
            if (bn > 0 && target != null) {
                m.routes[target.ordinal()].invest(bn, now, p);
            }
        }
    }

    /** One state's outward investment this month (a method of its own: small methods compile fast). */
    private void invest(CascadeModel m, ModelParameters p, Relations rel, StateCode from, double keep) {
        int i = from.ordinal();
        double budget = p.outwardInvestment[i] * m.state(from).gdp / 12.0;
        double max = scores(m, p, rel, from, weight, tradeTerm, travelTerm);
        double sum = 0;
        for (int j = 0; j < StateCode.COUNT; j++) {
            weight[j] = Double.isNaN(weight[j]) ? 0 : Math.exp(weight[j] - max);
            sum += weight[j];
        }
        for (int j = 0; j < StateCode.COUNT; j++) {
            rel.investShare[i][j] = j != i && sum > 0 ? weight[j] / sum : 0;
            if (j != i) {
                rel.stock[i][j] = rel.stock[i][j] * keep + (sum > 0 ? budget * weight[j] / sum : 0);
            }
        }
    }
}
