package org.cascade.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.cascade.params.ParameterSet;
import org.cascade.region.DisputeCode;
import org.cascade.region.Pair;
import org.cascade.region.PartnerCode;
import org.cascade.region.RouteCode;
import org.cascade.region.Sector;
import org.cascade.region.StateCode;
import org.cascade.results.LoggedEvent;
import org.cascade.results.Metrics;
import org.cascade.results.RunResult;
import org.cascade.results.SeriesKey;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Last in the month: records every output series into a preallocated table (row = step, column = series).
 * <p>
 * Cooperation index (0..1) = 0.35 mean trust over the 21 pairs + 0.25 (1 - mean dispute tension)
 * + 0.15 share of the four disputed borders open + 0.25 min(1, R / (2 R0)), where R is regional trade over
 * regional GDP and R0 its 2024 value (so doubling regional trade intensity fills that term).
 */
public final class DataCollector implements Steppable {
    private static final long serialVersionUID = 1L;
    private final CascadeModel m;
    private final List<SeriesKey> keys = new ArrayList<>();
    private final double[][] rows;
    private int recorded;
    private double tradeIntensity0;

    DataCollector(CascadeModel m, int months) {
        this.m = m;
        for (StateCode s : Codes.STATES) {
            keys.add(new SeriesKey(Metrics.GDP, s.name()));
        }
        for (StateCode s : Codes.STATES) {
            keys.add(new SeriesKey(Metrics.POPULATION, s.name()));
        }
        for (StateCode s : Codes.STATES) {
            keys.add(new SeriesKey(Metrics.TOTAL_TRADE, s.name()));
        }
        for (StateCode s : Codes.STATES) {
            for (PartnerCode c : PartnerCode.values()) {
                keys.add(new SeriesKey(Metrics.EXTERNAL_TRADE, s + "-" + c));
            }
        }
        for (Pair pair : Pair.all()) {
            keys.add(new SeriesKey(Metrics.TRADE, pair.name()));
        }
        for (Pair pair : Pair.all()) {
            for (Sector s : Sector.values()) {
                keys.add(new SeriesKey(Metrics.TRADE_SECTOR, pair.name() + ":" + s.id()));
            }
        }
        keys.add(new SeriesKey(Metrics.REGIONAL_TRADE, Metrics.REGION));
        keys.add(new SeriesKey(Metrics.MIDDLE_CORRIDOR, Metrics.TITR));
        for (String metric : List.of(Metrics.ROUTE_VOLUME, Metrics.ROUTE_CAPACITY, Metrics.ROUTE_SHARE)) {
            for (RouteCode r : RouteCode.values()) {
                keys.add(new SeriesKey(metric, r.id()));
            }
        }
        for (String metric : List.of(Metrics.INVESTMENT_STOCK, Metrics.TRAVEL, Metrics.TRUST)) {
            for (Pair pair : Pair.all()) {
                keys.add(new SeriesKey(metric, pair.name()));
            }
        }
        for (String metric : List.of(Metrics.DISPUTE_TENSION, Metrics.DISPUTE_PROGRESS, Metrics.DISPUTE_UNDELIMITED,
            Metrics.DISPUTE_INCIDENTS, Metrics.BORDER_OPEN)) {
            for (DisputeCode d : DisputeCode.values()) {
                keys.add(new SeriesKey(metric, d.id()));
            }
        }
        keys.add(new SeriesKey(Metrics.COMMODITY_PRICE, Metrics.REGION));
        keys.add(new SeriesKey(Metrics.COOPERATION_INDEX, Metrics.REGION));
        rows = new double[months + 1][keys.size()];
        tradeIntensity0 = tradeIntensity();
    }

    public List<SeriesKey> keys() {
        return keys;
    }

    @Override
    public void step(SimState state) {
        record(m.month() + 1);
        m.month++;
    }

    void record(int row) {
        double[] v = rows[row];
        Relations rel = m.relations;
        int c = 0;
        for (StateAgent s : m.states) {
            v[c++] = s.gdp;
        }
        for (StateAgent s : m.states) {
            v[c++] = s.population;
        }
        for (StateCode s : Codes.STATES) {
            v[c++] = rel.totalTrade(s);
        }
        for (StateCode s : Codes.STATES) {
            for (PartnerCode p : Codes.PARTNERS) {
                v[c++] = m.trade.external[s.ordinal()][p.ordinal()];
            }
        }
        double regional = 0;
        for (int k = 0; k < Pair.COUNT; k++) {
            double x = rel.turnover(k);
            regional += x;
            v[c++] = x;
        }
        for (int k = 0; k < Pair.COUNT; k++) {
            for (int s = 0; s < Sector.COUNT; s++) {
                v[c++] = rel.trade[k][s];
            }
        }
        v[c++] = regional;
        v[c++] = m.routes[RouteCode.MIDDLE_CORRIDOR.ordinal()].volume;
        for (RouteAgent r : m.routes) {
            v[c++] = r.volume;
        }
        for (RouteAgent r : m.routes) {
            v[c++] = r.effectiveCapacity;
        }
        for (RouteAgent r : m.routes) {
            v[c++] = r.share;
        }
        for (Pair pair : Pair.all()) {
            v[c++] = rel.pairStock(pair);
        }
        for (int k = 0; k < Pair.COUNT; k++) {
            v[c++] = rel.travel[k];
        }
        double trustSum = 0;
        for (int k = 0; k < Pair.COUNT; k++) {
            v[c++] = rel.trust[k];
            trustSum += rel.trust[k];
        }
        double tensionSum = 0;
        int open = 0;
        for (DisputeAgent d : m.disputes) {
            v[c++] = d.tension;
            tensionSum += d.tension;
        }
        for (DisputeAgent d : m.disputes) {
            v[c++] = d.progress;
        }
        for (DisputeAgent d : m.disputes) {
            v[c++] = d.undelimited;
        }
        for (DisputeAgent d : m.disputes) {
            v[c++] = d.incidents;
        }
        for (DisputeAgent d : m.disputes) {
            v[c++] = d.open ? 1 : 0;
            open += d.open ? 1 : 0;
        }
        v[c++] = Math.exp(m.commodityLog);
        double intensity = regional / regionalGdp();
        v[c++] = 0.35 * trustSum / Pair.COUNT + 0.25 * (1 - tensionSum / DisputeCode.COUNT)
            + 0.15 * open / (double) DisputeCode.COUNT
            + 0.25 * Math.min(1, tradeIntensity0 > 0 ? intensity / (2 * tradeIntensity0) : 0);
        recorded = row + 1;
    }

    private double regionalGdp() {
        double sum = 0;
        for (StateAgent s : m.states) {
            sum += s.gdp;
        }
        return sum;
    }

    private double tradeIntensity() {
        double regional = 0;
        for (int k = 0; k < Pair.COUNT; k++) {
            regional += m.relations.turnover(k);
        }
        return regional / regionalGdp();
    }

    /**
     * The rows recorded so far. Once every row is written the table is handed over without a copy (nothing writes
     * it again); before that, the result gets its own copy.
     */
    public RunResult snapshot(String scenarioId, long seed, int years, ParameterSet parameters, List<LoggedEvent> events) {
        if (recorded == rows.length) {
            return RunResult.adopt(scenarioId, seed, years, parameters, keys, rows, events);
        }
        return new RunResult(scenarioId, seed, years, parameters, keys, Arrays.copyOf(rows, recorded), events);
    }
}
