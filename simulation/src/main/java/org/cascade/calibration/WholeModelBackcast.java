package org.cascade.calibration;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.cascade.data.BaseYear;
import org.cascade.data.History;
import org.cascade.data.StartState;
import org.cascade.model.CascadeModel;
import org.cascade.params.ParameterNames;
import org.cascade.params.ParameterNames.PolicyField;
import org.cascade.params.ParameterSet;
import org.cascade.region.Calendar;
import org.cascade.region.DisputeCode;
import org.cascade.region.Pair;
import org.cascade.region.PartnerCode;
import org.cascade.region.StateCode;
import org.cascade.results.Metrics;
import org.cascade.results.RunResult;
import org.cascade.run.Seeds;
import org.cascade.scenario.Scenario;
import org.cascade.scenario.ScenarioEvent;

/**
 * History-friendly validation of the whole model (Windrum, Fagiolo and Moneta 2007): every agent and process runs
 * as in a scenario run, but from the recorded GDP and trade levels of 2021 instead of the 2024 base year, with the
 * recorded changes of 2022-2024 that the model has an input for (the oil price, the Kyrgyz-Tajik clash of September
 * 2022), and its GDP and pair trade of 2022-2024 are compared with the record. No figure after 2021 is an input,
 * apart from the oil price path, which is a driver, not a target.
 *
 * <p>The model's clock is fixed to start in January 2025; the backcast's January 2022 is the run's step 0, so its
 * events are dated three years on ({@link #modelDate}). What does not start from 2021 (trust, investment stocks,
 * route volumes and conditions, dispute states, population) starts from 2024: MODEL.md section 10 says what that
 * leaves out. Pairs without a 2021 figure start from their 2024 turnover scaled by the two GDPs, and external trade
 * from 2024 scaled by the state's GDP (gravity with unit income elasticities, an assumption).
 */
public final class WholeModelBackcast {
    /** The year whose annual rates row 0 holds. */
    public static final int START = 2021;
    public static final int END = 2024;
    /** Replicates (shocks other than the oil price: disasters, incidents, summits' draws). */
    public static final int DEFAULT_REPLICATES = 20;
    /** Master seed of the replicates. */
    public static final long MASTER_SEED = 1;
    private static final int SHIFT = Calendar.START.getYear() - (START + 1);

    private WholeModelBackcast() {
    }

    /**
     * One comparison of model, record and a naive forecast (trend extrapolation for GDP, no change from the start
     * level for trade); errors are signed, (forecast - record) / record.
     */
    public record Row(String series, String subject, int year, double observed, double simulated, double naive) {
        public double error() {
            return (simulated - observed) / observed;
        }

        public double naiveError() {
            return (naive - observed) / observed;
        }

        double logError() {
            return Math.abs(Math.log(simulated / observed));
        }

        double naiveLogError() {
            return Math.abs(Math.log(naive / observed));
        }
    }

    /** Mean absolute log error of the model and of the naive forecast over the rows of one series. */
    public record Score(String series, int n, double model, double naive) { }

    public static List<Score> scores(List<Row> rows) {
        List<Score> out = new ArrayList<>();
        for (String series : List.of(History.GDP, History.PAIR_TRADE)) {
            List<Row> of = rows.stream().filter(r -> r.series.equals(series)).toList();
            out.add(new Score(series, of.size(), of.stream().mapToDouble(Row::logError).average().orElse(Double.NaN),
                of.stream().mapToDouble(Row::naiveLogError).average().orElse(Double.NaN)));
        }
        return out;
    }

    /** The 2021 levels: recorded GDP; recorded turnover where the pair has a 2021 figure, else 2024 scaled. */
    public static StartState startState() {
        StartState base = StartState.base();
        double[] gdp = new double[StateCode.COUNT];
        double[] ratio = new double[StateCode.COUNT];
        for (StateCode s : StateCode.values()) {
            gdp[s.ordinal()] = History.get(History.GDP, s.name(), START).value();
            ratio[s.ordinal()] = gdp[s.ordinal()] / base.gdp(s);
        }
        double[] turnover = new double[Pair.COUNT];
        for (Pair pair : Pair.all()) {
            turnover[pair.index()] = recorded(pair, START) != null ? recorded(pair, START).value()
                : base.turnover(pair) * Math.sqrt(ratio[pair.a().ordinal()] * ratio[pair.b().ordinal()]);
        }
        double[][] external = new double[StateCode.COUNT][PartnerCode.COUNT];
        for (StateCode s : StateCode.values()) {
            for (PartnerCode p : PartnerCode.values()) {
                external[s.ordinal()][p.ordinal()] = base.external(s, p) * ratio[s.ordinal()];
            }
        }
        return new StartState(START, gdp, turnover, external);
    }

    private static History.Observation recorded(Pair pair, int year) {
        return History.ALL.stream().filter(o -> o.series().equals(History.PAIR_TRADE) && o.subject().equals(pair.name())
            && o.year() == year).findFirst().orElse(null);
    }

    /** The model's date of a backcast month (January 2022 is the run's first month, January 2025). */
    static YearMonth modelDate(int year, int month) {
        return YearMonth.of(year + SHIFT, month);
    }

    /**
     * The recorded changes: the oil price's annual average relative to 2021, from January of each year (as log
     * jumps of the commodity price), and the Kyrgyz-Tajik clash of 14-20 September 2022 (regional-data.md s.6).
     */
    public static Scenario scenario() {
        List<ScenarioEvent> events = new ArrayList<>();
        double previous = History.get(History.BRENT, "brent", START).value();
        for (int y = START + 1; y <= END; y++) {
            double price = History.get(History.BRENT, "brent", y).value();
            events.add(new ScenarioEvent.CommodityShock(ScenarioEvent.Stamp.of(modelDate(y, 1)), Math.log(price / previous)));
            previous = price;
        }
        events.add(new ScenarioEvent.Clash(ScenarioEvent.Stamp.of(modelDate(2022, 9)), DisputeCode.KG_TJ, 1));
        return Scenario.defaults().withYears(END - START).withEvents(events);
    }

    /** The run's parameters: the given ones, with the commodity price following the record alone (no noise, no reversion). */
    public static ParameterSet parameters(ParameterSet p) {
        return p.with("shock.commodity_volatility", 0).with("shock.commodity_persistence", 1);
    }

    public static List<Row> run() {
        return run(ParameterSet.defaults(), DEFAULT_REPLICATES);
    }

    /**
     * The backcast under given behavioural parameters, averaged over replicates: year {@code y}'s figure is the row
     * at the end of December of {@code y}, the annual rate the model holds then (row 0 is the 2021 rate).
     */
    public static List<Row> run(ParameterSet p, int replicates) {
        StartState start = startState();
        Scenario scenario = scenario();
        ParameterSet params = parameters(scenario.parameters().withAll(p.overrides()));
        int years = END - START;
        double[][] gdp = new double[StateCode.COUNT][years + 1];
        List<History.Observation> trade = History.ALL.stream()
            .filter(o -> o.series().equals(History.PAIR_TRADE) && o.year() > START).toList();
        double[] tradeSim = new double[trade.size()];
        for (int r = 0; r < replicates; r++) {
            RunResult result = runOnce(scenario, params, Seeds.replicateSeed(MASTER_SEED, r + 1), years, start);
            for (StateCode s : StateCode.values()) {
                for (int y = 0; y <= years; y++) {
                    gdp[s.ordinal()][y] += result.value(12 * y, Metrics.GDP, s.name()) / replicates;
                }
            }
            for (int i = 0; i < trade.size(); i++) {
                tradeSim[i] += result.value(12 * (trade.get(i).year() - START), Metrics.TRADE, trade.get(i).subject()) / replicates;
            }
        }
        List<Row> rows = new ArrayList<>();
        for (StateCode s : StateCode.values()) {
            double trend = p.get(ParameterNames.policy(s, PolicyField.TREND_GROWTH));
            for (int y = START + 1; y <= END; y++) {
                rows.add(new Row(History.GDP, s.name(), y, History.get(History.GDP, s.name(), y).value(),
                    gdp[s.ordinal()][y - START], start.gdp(s) * Math.pow(1 + trend, y - START)));
            }
        }
        for (int i = 0; i < trade.size(); i++) {
            History.Observation o = trade.get(i);
            Pair pair = Pair.parse(o.subject()).orElseThrow();
            rows.add(new Row(History.PAIR_TRADE, o.subject(), o.year(), o.value(), tradeSim[i], start.turnover(pair)));
        }
        return rows;
    }

    private static RunResult runOnce(Scenario scenario, ParameterSet params, long seed, int years, StartState start) {
        CascadeModel model = new CascadeModel(scenario, params, seed, years).startingFrom(start);
        model.start();
        while (model.currentStep() < years * 12) {
            model.schedule.step(model);
        }
        model.finish();
        return model.recorder().snapshot(scenario.id(), seed, years, params, model.eventLog());
    }

    /** The 2024 base-year level of a pair, for the note on what the 2021 start leaves out. */
    static double base(Pair pair) {
        return BaseYear.TURNOVER.get(pair).value();
    }
}
