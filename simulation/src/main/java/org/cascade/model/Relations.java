package org.cascade.model;

import java.io.Serializable;
import org.cascade.data.BaseYear;
import org.cascade.data.StartState;
import org.cascade.region.Pair;
import org.cascade.region.Sector;
import org.cascade.region.StateCode;

/**
 * Pair-level state of the seven: trade by sector, trust, travel, investment stocks and summit attendance.
 * Arrays are indexed by {@link Pair#index()}, sectors by {@link Sector#ordinal()}, states by ordinal.
 */
final class Relations implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Reference turnover (USD/yr) and trips that keep log ratios finite for pairs that start near zero. */
    static final double TRADE_REF = 10e6;
    static final double TRAVEL_REF = 10_000;
    /** Investment stock added to both sides of the stock ratio in the trade equation. */
    static final double STOCK_REF = 50e6;

    static final int P = Pair.COUNT;
    static final int S = Sector.COUNT;
    static final int N = StateCode.COUNT;

    /**
     * The base year's sector shares and trust by pair and investment stocks by investor and host, read from
     * {@link BaseYear} once: every run starts from them.
     */
    static final double[][] BASE_SHARES = new double[P][];
    static final double[] BASE_TRUST = new double[P];
    private static final double[][] BASE_STOCK = new double[N][N];

    static {
        for (Pair pair : Pair.all()) {
            BASE_SHARES[pair.index()] = BaseYear.sectorShares(pair);
            BASE_TRUST[pair.index()] = BaseYear.trust(pair);
        }
        for (StateCode a : StateCode.values()) {
            for (StateCode b : StateCode.values()) {
                if (a != b) {
                    BASE_STOCK[a.ordinal()][b.ordinal()] = BaseYear.investmentStock(a, b).value();
                }
            }
        }
    }

    final double[][] trade = new double[P][S];
    /** Base flows the hat algebra scales: observed 2024 flows (or the gravity potential of a pair with none). */
    final double[][] trade0 = new double[P][S];
    final double[][] tau0 = new double[P][S];
    final double[] baseTurnover = new double[P];
    /** Flows with only income changes since step 0 (for the GDP gain from trade). */
    final double[] incomeOnly = new double[P];
    final double[] trust = new double[P];
    final double[] trust0 = new double[P];
    final double[] trustBase = new double[P];
    final double[] travel = new double[P];
    final double[] travel0 = new double[P];
    final int[] lastSummit = new int[P];
    /** Investment stock of state i in state j (USD). */
    final double[][] stock = new double[N][N];
    /** Share of each investor's budget that went to each host in the last month invested (InvestmentProcess). */
    final double[][] investShare = new double[N][N];
    /** Whether {@link #investShare} has been written (not before the first month). */
    boolean investShareKnown;
    final double[] pairStock0 = new double[P];

    Relations(StartState start) {
        for (Pair pair : Pair.all()) {
            int k = pair.index();
            double turnover = start.turnover(pair);
            baseTurnover[k] = turnover;
            double[] shares = BASE_SHARES[k];
            for (int s = 0; s < S; s++) {
                trade[k][s] = turnover * shares[s];
                trade0[k][s] = trade[k][s];
            }
            trust[k] = BASE_TRUST[k];
            trust0[k] = trust[k];
            trustBase[k] = trust[k];
            travel[k] = BaseYear.TRIPS_PER_KUSD * turnover / 1000.0;
            travel0[k] = travel[k];
            lastSummit[k] = Integer.MIN_VALUE / 2;
            incomeOnly[k] = turnover;
        }
        for (int a = 0; a < N; a++) {
            System.arraycopy(BASE_STOCK[a], 0, stock[a], 0, N);
        }
        for (Pair pair : Pair.all()) {
            pairStock0[pair.index()] = pairStock(pair);
        }
    }

    double turnover(int k) {
        double sum = 0;
        for (int s = 0; s < S; s++) {
            sum += trade[k][s];
        }
        return sum;
    }

    double pairStock(Pair pair) {
        return stock[pair.a().ordinal()][pair.b().ordinal()] + stock[pair.b().ordinal()][pair.a().ordinal()];
    }

    double inwardStock(StateCode s) {
        double sum = 0;
        for (int i = 0; i < N; i++) {
            sum += stock[i][s.ordinal()];
        }
        return sum;
    }

    double outwardStock(StateCode s) {
        double sum = 0;
        for (int j = 0; j < N; j++) {
            sum += stock[s.ordinal()][j];
        }
        return sum;
    }

    double totalTrade(StateCode s) {
        double sum = 0;
        for (Pair pair : Pair.all()) {
            if (pair.contains(s)) {
                sum += turnover(pair.index());
            }
        }
        return sum;
    }

    /**
     * log((X + ref) / (X_income + ref)): how far the pair's trade has grown beyond what income growth alone gives,
     * i.e. the growth of interdependence.
     */
    double tradeGrowthLog(int k) {
        return Math.log((turnover(k) + TRADE_REF) / (incomeOnly[k] + TRADE_REF));
    }

    double travelGrowthLog(int k) {
        return Math.log((travel[k] + TRAVEL_REF) / (travel0[k] + TRAVEL_REF));
    }

    void addTrust(int k, double delta, double lasting) {
        trust[k] = clamp01(trust[k] + delta);
        trustBase[k] = clamp01(trustBase[k] + lasting);
    }

    static double clamp01(double v) {
        return v < 0 ? 0 : (v > 1 ? 1 : v);
    }
}
