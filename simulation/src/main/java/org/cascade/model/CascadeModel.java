package org.cascade.model;

import java.util.ArrayList;
import java.util.List;
import org.cascade.data.StartState;
import org.cascade.params.Parameter;
import org.cascade.params.ParameterNames;
import org.cascade.params.ParameterNames.PolicyField;
import org.cascade.params.ParameterRegistry;
import org.cascade.params.ParameterSet;
import org.cascade.region.DisputeCode;
import org.cascade.region.Pair;
import org.cascade.region.PartnerCode;
import org.cascade.region.RouteCode;
import org.cascade.region.StateCode;
import org.cascade.results.InspectedVariable;
import org.cascade.results.LoggedEvent;
import org.cascade.results.SeriesKey;
import org.cascade.scenario.Scenario;
import sim.engine.Schedule;
import sim.engine.Sequence;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The CASCADE model: seven states, six external partners, seven routes, four border disputes and two institutions.
 * One step is one month; step 0 is January 2025. Every month one MASON {@link Sequence} runs, in this fixed order:
 * <ol>
 *   <li>events (scheduled, summits, random shocks, commodity price)</li>
 *   <li>route conditions (each route agent)</li>
 *   <li>trade</li>
 *   <li>route choice</li>
 *   <li>investment</li>
 *   <li>travel</li>
 *   <li>disputes (each dispute agent)</li>
 *   <li>crises</li>
 *   <li>trust</li>
 *   <li>GDP (each state agent)</li>
 *   <li>governments (decisions of the adaptive and human levers, acting from the next month; outside powers)</li>
 *   <li>data collection</li>
 * </ol>
 * All randomness goes through {@link Streams}: one stream per stochastic process and subject, each seeded from the
 * run's seed, the process and the subject, so a lever confined to one process leaves the others' draws unchanged.
 */
public class CascadeModel extends SimState {
    private static final long serialVersionUID = 1L;

    private final Scenario scenario;
    private final int years;
    /** The parameters the run started with; {@link #parameters} follows dated {@code set} events. */
    private final ParameterSet runParameters;
    private ParameterSet parameters;
    ModelParameters p;
    final StateAgent[] states = new StateAgent[StateCode.COUNT];
    final RouteAgent[] routes = new RouteAgent[RouteCode.COUNT];
    final DisputeAgent[] disputes = new DisputeAgent[DisputeCode.COUNT];
    private final DisputeAgent[] disputeByPair = new DisputeAgent[Pair.COUNT];
    Relations relations;
    EventProcess events;
    TradeProcess trade;
    RouteChoiceProcess routeChoice;
    CrisisProcess crises;
    GovernmentProcess governments;
    /** Seats attached before the governments were built (kept here so that they survive {@link #start()}). */
    private transient java.util.Map<StateCode, DecisionSeat> pendingSeats;
    DataCollector collector;
    /** One random stream per stochastic process and subject (common random numbers): see {@link Streams}. */
    Streams streams;
    /** Log deviation of oil and metal prices from 2024. */
    double commodityLog;
    /** The last {@link #commodityPrice()} and the log it is of (exp(0) = 1 at the start). */
    private double priceOfLog = 0;
    private double price = 1;
    private final List<LoggedEvent> eventLog = new ArrayList<>();
    private Steppable[] monthlyOrder;
    /** Advanced by the data collector, last in the month, so that the month does not depend on who steps it. */
    int month;

    /** The levels row 0 holds: the 2024 base year, or an earlier year's for the whole-model backcast. */
    private StartState startState = StartState.base();
    /** The metrics the collector records (null: every metric). */
    private java.util.Set<String> recordedMetrics;

    public CascadeModel(Scenario scenario, ParameterSet parameters, long seed, int years) {
        super(seed);
        this.scenario = scenario;
        this.runParameters = parameters;
        this.parameters = parameters;
        this.years = years;
    }

    /**
     * The parameters the base year is calibrated under: the run's behavioural parameters (elasticities, rates,
     * scales), but the 2024 values of every policy lever and route condition. A scenario's levers are changes from
     * 2024: they take effect from the first month, and step 0 still reproduces the observed 2024 data.
     */
    static ParameterSet calibrationParameters(ParameterSet run) {
        boolean setsALever = false;
        for (String name : run.overrides().keySet()) {
            setsALever |= ParameterRegistry.get().require(name).isLever();
        }
        if (!setsALever) {
            return run; // the run's own parameters, as most of an experiment's runs set no lever
        }
        java.util.Map<String, Double> behavioural = new java.util.LinkedHashMap<>();
        run.overrides().forEach((name, value) -> {
            if (!ParameterRegistry.get().require(name).isLever()) {
                behavioural.put(name, value);
            }
        });
        return ParameterSet.defaults().withAll(behavioural);
    }

    /**
     * The commodity price index, exp({@link #commodityLog}): taken once a month instead of by each state and
     * process that reads it (the same value bit for bit, as it is the same exp of the same number).
     */
    double commodityPrice() {
        if (Double.doubleToRawLongBits(commodityLog) != Double.doubleToRawLongBits(priceOfLog)) {
            priceOfLog = commodityLog;
            price = Math.exp(commodityLog);
        }
        return price;
    }

    /** The series every run records, in column order: the same for every scenario. */
    public static List<SeriesKey> recordedSeries() {
        return DataCollector.allKeys();
    }

    /**
     * Starts the next run from other levels of GDP and trade than the 2024 base year's (the whole-model backcast of
     * {@code org.cascade.calibration.Backcast}); everything else starts from the base year as usual.
     */
    public CascadeModel startingFrom(StartState levels) {
        this.startState = java.util.Objects.requireNonNull(levels, "levels");
        return this;
    }

    /**
     * Records only the series of these metrics in the next run (an experiment aggregates a few outcomes; the other
     * series would be filled every month for nothing). Nothing else changes: the collector only reads the model.
     */
    public CascadeModel recordingOnly(java.util.Set<String> metrics) {
        this.recordedMetrics = java.util.Set.copyOf(metrics);
        return this;
    }

    @Override
    public void start() {
        super.start();
        parameters = runParameters;
        ParameterSet calibration = calibrationParameters(parameters);
        p = new ModelParameters(calibration);
        eventLog.clear();
        month = 0;
        commodityLog = 0;
        streams = new Streams(seed());
        relations = new Relations(startState);
        for (StateCode s : StateCode.values()) {
            states[s.ordinal()] = new StateAgent(s, startState.gdp(s));
        }
        for (RouteCode r : RouteCode.values()) {
            routes[r.ordinal()] = new RouteAgent(r);
        }
        java.util.Arrays.fill(disputeByPair, null);
        for (DisputeCode d : DisputeCode.values()) {
            disputes[d.ordinal()] = new DisputeAgent(d);
            disputeByPair[d.pair().index()] = disputes[d.ordinal()];
        }
        for (StateAgent s : states) {
            s.inwardStock0 = relations.inwardStock(s.code);
        }
        events = new EventProcess(scenario.eventsWithin(years));
        if (p.trustDecay > 0) {
            // The 2024 trust levels already include the regular summits: the base level trust decays to is what
            // would remain without them, so that with the usual calendar trust stays near its 2024 level.
            for (Pair pair : Pair.all()) {
                double offset = events.regularSummitGain(p, pair) / 12.0 / p.trustDecay;
                relations.trustBase[pair.index()] = Math.max(0, relations.trust0[pair.index()] - offset);
            }
        }
        routeChoice = new RouteChoiceProcess();
        routeChoice.calibrate(this, calibration);
        trade = new TradeProcess(startState);
        trade.calibrate(this);
        TravelProcess travel = new TravelProcess();
        travel.calibrate(this);
        crises = new CrisisProcess();
        p = new ModelParameters(parameters);
        governments = new GovernmentProcess(parameters, scenario.governments());
        if (pendingSeats != null) {
            pendingSeats.forEach(governments::seat);
        }
        collector = new DataCollector(this, years * 12, recordedMetrics);

        List<Steppable> order = new ArrayList<>();
        order.add(events);
        order.addAll(List.of(routes));
        order.add(trade);
        order.add(routeChoice);
        order.add(new InvestmentProcess());
        order.add(travel);
        order.addAll(List.of(disputes));
        order.add(crises);
        order.add(new TrustProcess());
        order.addAll(List.of(states));
        order.add(governments);
        order.add(collector);
        monthlyOrder = order.toArray(Steppable[]::new);
        governments.calibrate(this);
        collector.record(0);
        schedule.scheduleRepeating(Schedule.EPOCH, 0, new Sequence(monthlyOrder), 1.0);
    }

    /**
     * The route block on its own, started from given volumes instead of the 2024 base year: route conditions and
     * congestion ({@link RouteAgent}), logit choice, demand and capacity ({@link RouteChoiceProcess}), exactly as in
     * a run, but with the demand of each origin driven by a given index rather than by the state agents. It exists
     * for history-friendly validation (the backcast of {@code org.cascade.calibration.Backcast}), where the rest of
     * the model cannot yet start from an earlier year. Random disruptions and investment are not part of it.
     *
     * @param start        parameters under which the constants are fitted (the route conditions of the start year)
     * @param freightMt    demand by freight origin at the start (Mt/yr), in {@link org.cascade.region.FreightOrigin} order
     * @param oilMt        demand by oil origin at the start (Mt/yr), in {@link org.cascade.region.OilOrigin} order
     * @param volumes      route volumes at the start (Mt/yr), in {@link RouteCode} order: the targets of the fit
     * @param conditions   parameters in force in month {@code t} (0 = the first month after the start)
     * @param freightIndex demand index of each freight origin in month {@code t}, relative to the start
     * @param oilIndex     demand index of each oil origin in month {@code t}, relative to the start
     * @param months       months to run
     * @return route volumes (Mt/yr) by row and route: row 0 the fitted start, row {@code t + 1} after month {@code t}
     */
    public static double[][] routeBlock(ParameterSet start, double[] freightMt, double[] oilMt, double[] volumes,
                                        java.util.function.IntFunction<ParameterSet> conditions,
                                        java.util.function.IntFunction<double[]> freightIndex,
                                        java.util.function.IntFunction<double[]> oilIndex, int months) {
        CascadeModel m = new CascadeModel(Scenario.defaults(), start, 0, Math.max(1, (months + 11) / 12));
        m.p = new ModelParameters(start);
        for (RouteCode r : RouteCode.values()) {
            m.routes[r.ordinal()] = new RouteAgent(r);
        }
        RouteChoiceProcess choice = new RouteChoiceProcess(freightMt, oilMt, volumes);
        choice.calibrate(m, start);
        double[][] out = new double[months + 1][RouteCode.COUNT];
        for (int t = 0; t <= months; t++) {
            if (t > 0) {
                m.month = t - 1;
                m.p = new ModelParameters(conditions.apply(t - 1));
                choice.freightIndex = freightIndex.apply(t - 1);
                choice.oilIndex = oilIndex.apply(t - 1);
                for (RouteAgent r : m.routes) {
                    r.step(m);
                }
                choice.step(m);
            }
            for (RouteAgent r : m.routes) {
                out[t][r.code.ordinal()] = r.volume;
            }
        }
        return out;
    }

    /** The steppables of one month in their fixed order (for the benchmark that compares MASON with a plain loop). */
    public Steppable[] monthlyOrder() {
        return monthlyOrder.clone();
    }

    /** The month being processed (0 = January 2025) while a step runs; months completed between steps. */
    int month() {
        return month;
    }

    /** Months processed so far. */
    public int currentStep() {
        return month;
    }

    public int years() {
        return years;
    }

    public DataCollector recorder() {
        return collector;
    }

    public List<LoggedEvent> eventLog() {
        return eventLog;
    }

    public Scenario scenario() {
        return scenario;
    }

    public ParameterSet runParameters() {
        return runParameters;
    }

    public ParameterSet parameters() {
        return parameters;
    }

    void log(String kind, String subject, String message, boolean scheduled) {
        if (narrates()) {
            eventLog.add(new LoggedEvent(month(), kind, subject, message, scheduled));
        }
    }

    /**
     * Whether the run keeps its event log (and the governments their last decisions' texts): every run but an
     * experiment's, which records only a few outcomes ({@link #recordingOnly}) and so skips writing the sentences.
     * Nothing the model decides reads them.
     */
    boolean narrates() {
        return recordedMetrics == null;
    }

    void setParameter(Parameter parameter, double value) {
        double before = parameters.get(parameter.name());
        parameters = parameters.with(parameter.name(), value);
        p = new ModelParameters(parameters);
        if (governments != null && !governments.idle()) {
            governments.apply(this);
            governments.parameterSet(this, parameter, before, value);
        }
    }

    /**
     * Attaches a seat for a state's {@code human} levers (MODEL.md 7.11): when one is due, the seat is asked, and the
     * default rule decides if it does not answer. May be called before or after {@link #start()}.
     */
    public void seat(StateCode s, DecisionSeat seat) {
        if (pendingSeats == null) {
            pendingSeats = new java.util.EnumMap<>(StateCode.class);
        }
        pendingSeats.put(s, seat);
        if (governments != null) {
            governments.seat(s, seat);
        }
    }

    StateAgent state(StateCode s) {
        return states[s.ordinal()];
    }

    DisputeAgent disputeOn(int pairIndex) {
        return disputeByPair[pairIndex];
    }

    DisputeAgent dispute(DisputeCode d) {
        return disputes[d.ordinal()];
    }

    RouteAgent route(RouteCode r) {
        return routes[r.ordinal()];
    }

    /** Current variables and policy levers of one state, for inspectors. */
    public List<InspectedVariable> inspect(StateCode s) {
        StateAgent a = state(s);
        int i = s.ordinal();
        List<InspectedVariable> out = new ArrayList<>();
        out.add(new InspectedVariable("GDP", a.gdp, "USD/yr", false));
        out.add(new InspectedVariable("GDP at start", a.gdp0, "USD/yr", false));
        out.add(new InspectedVariable("Population", a.population, "persons", false));
        out.add(new InspectedVariable("Trade with the other six", relations.totalTrade(s), "USD/yr", false));
        double external = 0;
        for (PartnerCode c : PartnerCode.values()) {
            external += trade.external[i][c.ordinal()];
        }
        out.add(new InspectedVariable("Trade with external partners", external, "USD/yr", false));
        out.add(new InspectedVariable("Inward investment stock (regional)", relations.inwardStock(s), "USD", false));
        out.add(new InspectedVariable("Outward investment stock (regional)", relations.outwardStock(s), "USD", false));
        out.add(new InspectedVariable("GDP lost to clashes and disasters", a.loss, "share", false));
        out.add(new InspectedVariable("Commodity exposure", a.commodityExposure, "share", false));
        out.add(new InspectedVariable("Trend growth", p.trendGrowth[i], "1/yr", true));
        out.add(new InspectedVariable("Import tariff", p.importTariff[i], "ad valorem", true));
        out.add(new InspectedVariable("Visa openness", p.visaOpenness[i], "0..1", true));
        if (defined(s, PolicyField.CORRIDOR_INVESTMENT)) {
            out.add(new InspectedVariable("Corridor investment", p.corridorInvestment[i], "bn USD/yr", true));
        }
        out.add(new InspectedVariable("Outward investment", p.outwardInvestment[i], "share of GDP/yr", true));
        if (defined(s, PolicyField.STANCE)) {
            out.add(new InspectedVariable("Dispute stance", p.stance[i], "-1..1", true));
            out.add(new InspectedVariable("Political will", p.politicalWill[i], "0..1", true));
        }
        out.add(new InspectedVariable("Domestic stability", p.stability[i], "0..1", true));
        governments.inspect(this, s, out);
        return out;
    }

    private static boolean defined(StateCode s, PolicyField field) {
        return ParameterRegistry.get().find(ParameterNames.policy(s, field)).isPresent();
    }
}
