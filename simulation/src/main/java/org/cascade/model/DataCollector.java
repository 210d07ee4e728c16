package org.cascade.model;

import java.io.Serializable;
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
 * Each series is declared once, as a {@link Reporter} that binds its key to the function computing it, so a
 * column can never be written under another series' name.
 * <p>
 * Cooperation index (0..1) = 0.35 mean trust over the 21 pairs + 0.25 (1 - mean dispute tension)
 * + 0.15 share of the four disputed borders open + 0.25 min(1, R / (2 R0)), where R is regional trade over
 * regional GDP and R0 its 2024 value (so doubling regional trade intensity fills that term). The weights define
 * the index (an output, not a behaviour): they are named below and documented in MODEL.md.
 */
public final class DataCollector implements Steppable {
    private static final long serialVersionUID = 1L;
    static final double COOPERATION_WEIGHT_TRUST = 0.35;
    static final double COOPERATION_WEIGHT_CALM = 0.25;
    static final double COOPERATION_WEIGHT_OPEN = 0.15;
    static final double COOPERATION_WEIGHT_TRADE = 0.25;

    /** One recorded series: its key and how to read its value from the model. */
    record Reporter(SeriesKey key, Value value) implements Serializable {
    }

    /** Reads one number from the model at the end of a month. */
    @FunctionalInterface
    interface Value extends Serializable {
        double of(CascadeModel m);
    }

    private final CascadeModel m;
    private final Reporter[] reporters;
    private final List<SeriesKey> keys;
    private final double[][] rows;
    private int recorded;
    private final double tradeIntensity0;

    DataCollector(CascadeModel m, int months) {
        this.m = m;
        this.reporters = reporters().toArray(Reporter[]::new);
        this.keys = Arrays.stream(reporters).map(Reporter::key).toList();
        rows = new double[months + 1][reporters.length];
        tradeIntensity0 = tradeIntensity(m);
    }

    /** Every recorded series, in column order. */
    static List<Reporter> reporters() {
        List<Reporter> out = new ArrayList<>();
        for (StateCode s : Codes.STATES) {
            add(out, Metrics.GDP, s.name(), m -> m.state(s).gdp);
        }
        for (StateCode s : Codes.STATES) {
            add(out, Metrics.POPULATION, s.name(), m -> m.state(s).population);
        }
        for (StateCode s : Codes.STATES) {
            add(out, Metrics.TOTAL_TRADE, s.name(), m -> m.relations.totalTrade(s));
        }
        for (StateCode s : Codes.STATES) {
            for (PartnerCode c : Codes.PARTNERS) {
                add(out, Metrics.EXTERNAL_TRADE, s + "-" + c, m -> m.trade.external[s.ordinal()][c.ordinal()]);
            }
        }
        for (Pair pair : Pair.all()) {
            int k = pair.index();
            add(out, Metrics.TRADE, pair.name(), m -> m.relations.turnover(k));
        }
        for (Pair pair : Pair.all()) {
            int k = pair.index();
            for (Sector s : Codes.SECTORS) {
                int si = s.ordinal();
                add(out, Metrics.TRADE_SECTOR, pair.name() + ":" + s.id(), m -> m.relations.trade[k][si]);
            }
        }
        add(out, Metrics.REGIONAL_TRADE, Metrics.REGION, DataCollector::regionalTrade);
        add(out, Metrics.MIDDLE_CORRIDOR, Metrics.TITR, m -> m.routes[RouteCode.MIDDLE_CORRIDOR.ordinal()].volume);
        for (RouteCode r : RouteCode.values()) {
            add(out, Metrics.ROUTE_VOLUME, r.id(), m -> m.routes[r.ordinal()].volume);
        }
        for (RouteCode r : RouteCode.values()) {
            add(out, Metrics.ROUTE_CAPACITY, r.id(), m -> m.routes[r.ordinal()].effectiveCapacity);
        }
        for (RouteCode r : RouteCode.values()) {
            add(out, Metrics.ROUTE_SHARE, r.id(), m -> m.routes[r.ordinal()].share);
        }
        for (Pair pair : Pair.all()) {
            add(out, Metrics.INVESTMENT_STOCK, pair.name(), m -> m.relations.pairStock(pair));
        }
        for (Pair pair : Pair.all()) {
            int k = pair.index();
            add(out, Metrics.TRAVEL, pair.name(), m -> m.relations.travel[k]);
        }
        for (Pair pair : Pair.all()) {
            int k = pair.index();
            add(out, Metrics.TRUST, pair.name(), m -> m.relations.trust[k]);
        }
        for (DisputeCode d : DisputeCode.values()) {
            add(out, Metrics.DISPUTE_TENSION, d.id(), m -> m.disputes[d.ordinal()].tension);
        }
        for (DisputeCode d : DisputeCode.values()) {
            add(out, Metrics.DISPUTE_PROGRESS, d.id(), m -> m.disputes[d.ordinal()].progress);
        }
        for (DisputeCode d : DisputeCode.values()) {
            add(out, Metrics.DISPUTE_UNDELIMITED, d.id(), m -> m.disputes[d.ordinal()].undelimited);
        }
        for (DisputeCode d : DisputeCode.values()) {
            add(out, Metrics.DISPUTE_INCIDENTS, d.id(), m -> m.disputes[d.ordinal()].incidents);
        }
        for (DisputeCode d : DisputeCode.values()) {
            add(out, Metrics.BORDER_OPEN, d.id(), m -> m.disputes[d.ordinal()].open ? 1 : 0);
        }
        add(out, Metrics.COMMODITY_PRICE, Metrics.REGION, m -> Math.exp(m.commodityLog));
        add(out, Metrics.COOPERATION_INDEX, Metrics.REGION, m -> m.collector.cooperationIndex());
        return out;
    }

    private static void add(List<Reporter> out, String metric, String subject, Value value) {
        out.add(new Reporter(new SeriesKey(metric, subject), value));
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
        for (int c = 0; c < reporters.length; c++) {
            v[c] = reporters[c].value().of(m);
        }
        recorded = row + 1;
    }

    private double cooperationIndex() {
        Relations rel = m.relations;
        double trustSum = 0;
        for (int k = 0; k < Pair.COUNT; k++) {
            trustSum += rel.trust[k];
        }
        double tensionSum = 0;
        int open = 0;
        for (DisputeAgent d : m.disputes) {
            tensionSum += d.tension;
            open += d.open ? 1 : 0;
        }
        double intensity = tradeIntensity(m);
        return COOPERATION_WEIGHT_TRUST * trustSum / Pair.COUNT
            + COOPERATION_WEIGHT_CALM * (1 - tensionSum / DisputeCode.COUNT)
            + COOPERATION_WEIGHT_OPEN * open / (double) DisputeCode.COUNT
            + COOPERATION_WEIGHT_TRADE * Math.min(1, tradeIntensity0 > 0 ? intensity / (2 * tradeIntensity0) : 0);
    }

    private static double regionalTrade(CascadeModel m) {
        double regional = 0;
        for (int k = 0; k < Pair.COUNT; k++) {
            regional += m.relations.turnover(k);
        }
        return regional;
    }

    private static double tradeIntensity(CascadeModel m) {
        double gdp = 0;
        for (StateAgent s : m.states) {
            gdp += s.gdp;
        }
        return regionalTrade(m) / gdp;
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
