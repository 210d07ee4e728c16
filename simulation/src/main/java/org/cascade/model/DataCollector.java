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
 * Each metric is declared once, as a {@link Series} that binds its name and subjects to the function computing
 * their values, so a column can never be written under another series' name.
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

    /**
     * One metric: its name, its subjects in column order, and the function that writes the subjects' values in that
     * order. Each fill loops over the same array its subjects were named from, so names and values stay together.
     */
    record Series(String metric, List<String> subjects, Fill fill) {
        Series {
            subjects = List.copyOf(subjects);
        }
    }

    /**
     * Writes one value per subject into {@code row} from {@code at}, in the order of the subjects. Not serialisable:
     * a checkpoint holds the metrics' names and a resumed collector takes their fills from {@link #ALL} (serialisable
     * lambdas are spun at run time, where the JDK's start-up cache holds plain ones ready).
     */
    @FunctionalInterface
    interface Fill {
        void into(CascadeModel m, double[] row, int at);
    }

    private static final StateCode[] STATES = StateCode.values();
    private static final Pair[] PAIRS = Pair.all().toArray(Pair[]::new);
    private static final RouteCode[] ROUTES = RouteCode.values();
    private static final DisputeCode[] DISPUTES = DisputeCode.values();
    /** Every metric, built once: the series hold no state (names, and functions of the model they are given). */
    private static final List<Series> ALL = List.copyOf(build());
    private static final List<SeriesKey> ALL_KEYS = keysOf(ALL.toArray(Series[]::new));

    private final CascadeModel m;
    /** The series recorded; not in a checkpoint, which holds their {@link #metrics} ({@link #readObject}). */
    private transient Series[] series;
    private final String[] metrics;
    private final List<SeriesKey> keys;
    private final double[][] rows;
    private int recorded;
    private final double tradeIntensity0;
    private final double[] turnover = new double[Pair.COUNT];

    DataCollector(CascadeModel m, int months) {
        this(m, months, null);
    }

    /** Records the series of {@code metrics} only (null: every metric), in the usual column order. */
    DataCollector(CascadeModel m, int months, java.util.Set<String> metrics) {
        this.m = m;
        if (metrics == null) {
            this.series = ALL.toArray(Series[]::new);
            this.keys = ALL_KEYS;
        } else {
            Selection s = selection(metrics);
            this.series = s.series();
            this.keys = s.keys();
        }
        this.metrics = Arrays.stream(series).map(Series::metric).toArray(String[]::new);
        rows = new double[months + 1][keys.size()];
        tradeIntensity0 = tradeIntensity(m);
    }

    private void readObject(java.io.ObjectInputStream in) throws java.io.IOException, ClassNotFoundException {
        in.defaultReadObject();
        if (metrics == null) {
            throw new java.io.InvalidObjectException("a checkpoint of an older version of CASCADE: its recorded "
                + "series cannot be restored; start the run again");
        }
        java.util.Map<String, Series> byMetric = new java.util.HashMap<>();
        ALL.forEach(s -> byMetric.put(s.metric(), s));
        series = new Series[metrics.length];
        for (int i = 0; i < metrics.length; i++) {
            series[i] = byMetric.get(metrics[i]);
            if (series[i] == null) {
                throw new java.io.InvalidObjectException("the checkpoint records a metric this version has not: "
                    + metrics[i]);
            }
        }
    }

    /** The series of some metrics and their columns. */
    private record Selection(java.util.Set<String> metrics, Series[] series, List<SeriesKey> keys) {
    }

    /** The last selection made: an experiment's runs all record the same metrics. */
    private static volatile Selection lastSelection;

    private static Selection selection(java.util.Set<String> metrics) {
        Selection last = lastSelection;
        if (last == null || !last.metrics().equals(metrics)) {
            Series[] chosen = ALL.stream().filter(s -> metrics.contains(s.metric())).toArray(Series[]::new);
            last = new Selection(java.util.Set.copyOf(metrics), chosen, keysOf(chosen));
            lastSelection = last;
        }
        return last;
    }

    private static List<SeriesKey> keysOf(Series[] series) {
        List<SeriesKey> k = new ArrayList<>();
        for (Series s : series) {
            for (String subject : s.subjects()) {
                k.add(new SeriesKey(s.metric(), subject));
            }
        }
        return List.copyOf(k);
    }

    /** The columns of a run that records every metric, in order. */
    static List<SeriesKey> allKeys() {
        return ALL_KEYS;
    }

    /** Every recorded metric, in column order. */
    static List<Series> series() {
        return ALL;
    }

    private static List<Series> build() {
        List<Series> out = new ArrayList<>();
        List<String> states = Arrays.stream(STATES).map(StateCode::name).toList();
        List<String> pairs = Arrays.stream(PAIRS).map(Pair::name).toList();
        List<String> routes = Arrays.stream(ROUTES).map(RouteCode::id).toList();
        List<String> disputes = Arrays.stream(DISPUTES).map(DisputeCode::id).toList();
        List<String> region = List.of(Metrics.REGION);

        out.add(new Series(Metrics.GDP, states, (m, row, at) -> {
            for (StateCode s : STATES) {
                row[at++] = m.state(s).gdp;
            }
        }));
        out.add(new Series(Metrics.POPULATION, states, (m, row, at) -> {
            for (StateCode s : STATES) {
                row[at++] = m.state(s).population;
            }
        }));
        out.add(new Series(Metrics.TOTAL_TRADE, states, (m, row, at) -> m.collector.totalTrade(row, at)));
        List<String> external = new ArrayList<>();
        for (StateCode s : STATES) {
            for (PartnerCode c : Codes.PARTNERS) {
                external.add(s + "-" + c);
            }
        }
        out.add(new Series(Metrics.EXTERNAL_TRADE, external, (m, row, at) -> {
            for (StateCode s : STATES) {
                for (PartnerCode c : Codes.PARTNERS) {
                    row[at++] = m.trade.external[s.ordinal()][c.ordinal()];
                }
            }
        }));
        out.add(new Series(Metrics.TRADE, pairs, (m, row, at) -> {
            for (Pair pair : PAIRS) {
                row[at++] = m.relations.turnover(pair.index());
            }
        }));
        List<String> pairSectors = new ArrayList<>();
        for (Pair pair : PAIRS) {
            for (Sector s : Codes.SECTORS) {
                pairSectors.add(pair.name() + ":" + s.id());
            }
        }
        out.add(new Series(Metrics.TRADE_SECTOR, pairSectors, (m, row, at) -> {
            for (Pair pair : PAIRS) {
                for (Sector s : Codes.SECTORS) {
                    row[at++] = m.relations.trade[pair.index()][s.ordinal()];
                }
            }
        }));
        out.add(new Series(Metrics.REGIONAL_TRADE, region, (m, row, at) -> row[at] = regionalTrade(m)));
        out.add(new Series(Metrics.MIDDLE_CORRIDOR, List.of(Metrics.TITR),
            (m, row, at) -> row[at] = m.routes[RouteCode.MIDDLE_CORRIDOR.ordinal()].volume));
        out.add(new Series(Metrics.ROUTE_VOLUME, routes, (m, row, at) -> {
            for (RouteCode r : ROUTES) {
                row[at++] = m.routes[r.ordinal()].volume;
            }
        }));
        out.add(new Series(Metrics.ROUTE_CAPACITY, routes, (m, row, at) -> {
            for (RouteCode r : ROUTES) {
                row[at++] = m.routes[r.ordinal()].effectiveCapacity;
            }
        }));
        out.add(new Series(Metrics.ROUTE_SHARE, routes, (m, row, at) -> {
            for (RouteCode r : ROUTES) {
                row[at++] = m.routes[r.ordinal()].share;
            }
        }));
        out.add(new Series(Metrics.INVESTMENT_STOCK, pairs, (m, row, at) -> {
            for (Pair pair : PAIRS) {
                row[at++] = m.relations.pairStock(pair);
            }
        }));
        out.add(new Series(Metrics.TRAVEL, pairs, (m, row, at) -> {
            for (Pair pair : PAIRS) {
                row[at++] = m.relations.travel[pair.index()];
            }
        }));
        out.add(new Series(Metrics.TRUST, pairs, (m, row, at) -> {
            for (Pair pair : PAIRS) {
                row[at++] = m.relations.trust[pair.index()];
            }
        }));
        out.add(new Series(Metrics.DISPUTE_TENSION, disputes, (m, row, at) -> {
            for (DisputeCode d : DISPUTES) {
                row[at++] = m.disputes[d.ordinal()].tension;
            }
        }));
        out.add(new Series(Metrics.DISPUTE_PROGRESS, disputes, (m, row, at) -> {
            for (DisputeCode d : DISPUTES) {
                row[at++] = m.disputes[d.ordinal()].progress;
            }
        }));
        out.add(new Series(Metrics.DISPUTE_UNDELIMITED, disputes, (m, row, at) -> {
            for (DisputeCode d : DISPUTES) {
                row[at++] = m.disputes[d.ordinal()].undelimited;
            }
        }));
        out.add(new Series(Metrics.DISPUTE_INCIDENTS, disputes, (m, row, at) -> {
            for (DisputeCode d : DISPUTES) {
                row[at++] = m.disputes[d.ordinal()].incidents;
            }
        }));
        out.add(new Series(Metrics.BORDER_OPEN, disputes, (m, row, at) -> {
            for (DisputeCode d : DISPUTES) {
                row[at++] = m.disputes[d.ordinal()].open ? 1 : 0;
            }
        }));
        out.add(new Series(Metrics.COMMODITY_PRICE, region, (m, row, at) -> row[at] = m.commodityPrice()));
        out.add(new Series(Metrics.COOPERATION_INDEX, region, (m, row, at) -> row[at] = m.collector.cooperationIndex()));
        return out;
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
        int at = 0;
        for (Series s : series) {
            s.fill().into(m, v, at);
            at += s.subjects().size();
        }
        recorded = row + 1;
    }

    /**
     * {@link Relations#totalTrade} of every state, each pair's turnover summed once rather than once per state (the
     * same sums, in the same order).
     */
    private void totalTrade(double[] row, int at) {
        for (int k = 0; k < Pair.COUNT; k++) {
            turnover[k] = m.relations.turnover(k);
        }
        for (StateCode s : STATES) {
            double sum = 0;
            for (Pair pair : PAIRS) {
                if (pair.contains(s)) {
                    sum += turnover[pair.index()];
                }
            }
            row[at++] = sum;
        }
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
