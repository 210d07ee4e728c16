package org.cascade.model;

import org.cascade.data.BaseYear;
import org.cascade.region.StateCode;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * One of the seven states. Its monthly step is the GDP process: GDP = trend level x commodity factor x
 * (1 - losses) + trade gains, where the trend level grows at the trend rate plus the effect of inward investment.
 */
public final class StateAgent implements Steppable {
    private static final long serialVersionUID = 1L;

    final StateCode code;
    final double gdp0;
    final double population0;
    final double populationGrowth;
    /** The last month's trend growth and exp(growth / 12) (NaN: none yet). */
    private double lastGrowth = Double.NaN;
    private double lastGrowthFactor;
    /** (1 + populationGrowth)^(1/12), taken once. */
    private final double monthlyPopulationGrowth;
    final double commodityExposure;
    double trendLevel;
    double gdp;
    double population;
    /** Share of GDP lost to clashes and disasters, recovering over time. */
    double loss;
    /** Largest GDP gain from trade, as a share of GDP without it (a bound, MODEL.md 8: fixed constants). */
    static final double MAX_TRADE_GAIN = 1.0;
    /** Largest GDP loss from trade, as a share of GDP without it. */
    static final double MAX_TRADE_LOSS = 0.5;
    /** GDP added by trade above what income growth alone explains (USD/yr). */
    double tradeGainUsd;
    /** Share of the state's trade cut by disasters (damaged roads, ports, plants), recovering like {@link #loss}. */
    double tradeDisruption;
    double inwardStock0;

    StateAgent(StateCode code, double gdp0) {
        this.code = code;
        this.gdp0 = gdp0;
        this.population0 = BaseYear.POPULATION.get(code).value();
        this.populationGrowth = BaseYear.populationGrowth(code);
        this.monthlyPopulationGrowth = Math.pow(1 + populationGrowth, 1.0 / 12.0);
        this.commodityExposure = BaseYear.commodityExposure(code);
        this.trendLevel = gdp0;
        this.gdp = gdp0;
        this.population = population0;
    }

    public StateCode code() {
        return code;
    }

    public double gdp() {
        return gdp;
    }

    /** GDP relative to the base year. */
    double gdpIndex() {
        return gdp / gdp0;
    }

    @Override
    public void step(SimState state) {
        CascadeModel m = (CascadeModel) state;
        ModelParameters p = m.p;
        int i = code.ordinal();
        double inward = m.relations.inwardStock(code);
        double growth = p.trendGrowth[i] + p.growthEffect * (inward - inwardStock0) / gdp;
        if (Double.doubleToRawLongBits(growth) != Double.doubleToRawLongBits(lastGrowth)) {
            // most months the growth is last month's (no inward investment moves it): so is its exp
            lastGrowth = growth;
            lastGrowthFactor = Math.exp(growth / 12.0);
        }
        trendLevel *= lastGrowthFactor;
        loss *= 1 - 1.0 / p.lossRecoveryMonths;
        tradeDisruption *= 1 - 1.0 / p.lossRecoveryMonths;
        double commodity = Math.exp(p.commodityElasticity * commodityExposure * m.commodityLog);
        // oil that no pipeline could take is export revenue lost: its domestic share (rent, taxes, wages) leaves GDP
        double oilLoss = m.routeChoice.oilLostMt(code) * 1e6 * p.oilPrice * m.commodityPrice() * p.oilRentShare;
        double base = trendLevel * commodity * (1 - loss);
        // the trade channel can at most double GDP or halve it, bounds no economy of the region comes near (its gain
        // is a few percent at the defaults); they keep the trade-GDP loop finite at joint extremes of its parameters
        double fromTrade = Math.max(-MAX_TRADE_LOSS * base, Math.min(MAX_TRADE_GAIN * base, tradeGainUsd));
        gdp = base + fromTrade - oilLoss;
        population *= monthlyPopulationGrowth;
    }

    /** A one-off loss of a share of GDP (clash, disaster); recovers over shock.loss_recovery_months. */
    void addLoss(double share) {
        loss = Math.min(0.9, loss + share);
    }

    /** A disaster's cut to the state's trade; recovers over shock.loss_recovery_months. */
    void addTradeDisruption(double share) {
        tradeDisruption = Math.min(0.9, tradeDisruption + share);
    }
}
