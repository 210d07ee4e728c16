package org.cascade.model;

import static org.cascade.model.Government.ACTIONS;
import static org.cascade.model.Government.HOSTILE;
import static org.cascade.model.Government.L;
import static org.cascade.model.Government.LEVERS;
import static org.cascade.model.Government.PRESTIGE;
import static org.cascade.model.Government.SECURITY;
import static org.cascade.model.Government.STABILITY;
import static org.cascade.model.Government.STEP;
import static org.cascade.model.Government.WELFARE;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.cascade.params.Parameter;
import org.cascade.params.ParameterNames;
import org.cascade.params.ParameterNames.PolicyField;
import org.cascade.params.ParameterNames.RouteField;
import org.cascade.params.ParameterRegistry;
import org.cascade.params.ParameterSet;
import org.cascade.region.DisputeCode;
import org.cascade.region.Pair;
import org.cascade.region.RouteCode;
import org.cascade.region.StateCode;
import org.cascade.scenario.Governments;
import org.cascade.scenario.Governments.Lever;
import org.cascade.scenario.Governments.Mode;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Last process of the month before data collection: the governments that decide (MODEL.md 7.11). A government
 * whose regular decision is due (every {@code government.decision_months}), or whom a partner's move hit last month,
 * chooses for each lever it holds one of three actions (one step down, keep, one step up) by a logit rule over
 * utility = predicted net marginal gain x step - adjustment cost + reciprocity + learnt attraction. Its levers are the
 * scripted value plus the steps it has taken, written into the parameters ({@link #apply}) and acting from the next month. Then the outside
 * powers react ({@link OutsidePowers}). With every lever scripted and the outside powers off it does nothing at all.
 */
final class GovernmentProcess implements Steppable {
    private static final long serialVersionUID = 1L;
    private static final StateCode[] STATES = StateCode.values();
    private static final RouteCode[] WESTBOUND = {RouteCode.NORTHERN, RouteCode.MIDDLE_CORRIDOR,
        RouteCode.TRANS_CASPIAN, RouteCode.SOUTHERN};

    private static final Parameter[] ROUTE_TARIFF = java.util.Arrays.stream(RouteCode.values())
        .map(r -> ParameterRegistry.get().require(ParameterNames.route(r, RouteField.TARIFF))).toArray(Parameter[]::new);

    private static final int AID = Lever.AID.ordinal();
    private static final int SUMMIT = Lever.SUMMIT.ordinal();
    private static final int PARTNER_VISA = Lever.PARTNER_VISA.ordinal();
    private static final int VISA = Lever.VISA.ordinal();

    /** A partner's tariff or visa move hits a government when the pair is at least this share of its regional trade. */
    static final double NOTICEABLE = 0.05;

    final Government[] governments = new Government[StateCode.COUNT];
    final OutsidePowers outside;
    /** Some lever is adaptive or human. */
    final boolean active;
    /** Route volumes in the base year (Mt/yr). */
    private final double[] corridorVolume0 = new double[RouteCode.COUNT];
    /** Each state's lever parameters (null where the lever is not a parameter or the state has not got it). */
    private static final String[][] LEVER_NAME = new String[StateCode.COUNT][L];
    private static final Parameter[][] LEVER_PARAMETER = new Parameter[StateCode.COUNT][L];
    /** Whether a state has a lever, and the names of its goal weights: the same for every run. */
    private static final boolean[][] HAS_LEVER = new boolean[StateCode.COUNT][L];
    private static final String[][] WEIGHT_NAME = new String[StateCode.COUNT][Government.GOALS.length];

    static {
        for (StateCode s : StateCode.values()) {
            int i = s.ordinal();
            for (int k = 0; k < Government.GOALS.length; k++) {
                WEIGHT_NAME[i][k] = ParameterRegistry.governmentWeight(s, Government.GOALS[k]);
            }
            for (int l = 0; l < L; l++) {
                Lever lever = LEVERS[l];
                HAS_LEVER[i][l] = lever.availableFor(s);
                if (!HAS_LEVER[i][l]) {
                    continue;
                }
                LEVER_NAME[i][l] = switch (lever) {
                    case TARIFF -> ParameterNames.policy(s, PolicyField.TARIFF);
                    case VISA -> ParameterNames.policy(s, PolicyField.VISA_OPENNESS);
                    case TRANSIT_TARIFF -> ParameterNames.route(Governments.transitRoute(s).orElseThrow(), RouteField.TARIFF);
                    case CORRIDOR -> ParameterNames.policy(s, PolicyField.CORRIDOR_INVESTMENT);
                    case STANCE -> ParameterNames.policy(s, PolicyField.STANCE);
                    case INVESTMENT -> ParameterNames.policy(s, PolicyField.INVESTMENT_PROMOTION);
                    case AID, SUMMIT, PARTNER_VISA -> null;
                };
                if (LEVER_NAME[i][l] != null) {
                    LEVER_PARAMETER[i][l] = ParameterRegistry.get().require(LEVER_NAME[i][l]);
                }
            }
        }
    }

    /** The parameter set the cached values below were read from (re-read when a {@code set} event replaces it). */
    private ParameterSet readFrom;
    private final double[][] base = new double[StateCode.COUNT][L];
    double rationality;
    double adjustmentCost;
    double reciprocityWeight;
    double learningRate;
    int forgivenessRounds;
    double memory;
    int decisionMonths;
    double audienceCost;
    double bargainingNoise;
    double promotionCost;
    double aidCost;
    double summitCost;
    double hostCost;

    /** Seats for human levers; not part of a checkpoint (a resumed run lets the rule decide until one is attached). */
    private transient Map<StateCode, DecisionSeat> seats;

    GovernmentProcess(ParameterSet run, Governments modes) {
        boolean any = false;
        for (StateCode s : STATES) {
            Government g = new Government(s);
            for (int k = 0; k < Government.GOALS.length; k++) {
                g.weight[k] = run.get(WEIGHT_NAME[s.ordinal()][k]);
            }
            for (int l = 0; l < L; l++) {
                if (!HAS_LEVER[s.ordinal()][l]) {
                    continue;
                }
                g.mode[l] = modes.mode(s, LEVERS[l], run);
                any |= g.mode[l] != Mode.SCRIPTED;
            }
            governments[s.ordinal()] = g;
        }
        active = any;
        outside = run.get("outside.mode") > 0 ? new OutsidePowers() : null;
    }

    /** Reads the governments' parameters and the levers' scripted values, once per parameter set. */
    private void read(CascadeModel m) {
        if (m.parameters() != readFrom) {
            read(m.parameters());
        }
    }

    private void read(ParameterSet params) {
        readFrom = params;
        rationality = params.get("government.rationality");
        adjustmentCost = params.get("government.adjustment_cost");
        reciprocityWeight = params.get("government.reciprocity");
        learningRate = params.get("government.learning_rate");
        forgivenessRounds = (int) params.get("government.forgiveness_rounds");
        memory = params.get("government.memory");
        decisionMonths = (int) params.get("government.decision_months");
        audienceCost = params.get("government.audience_cost");
        bargainingNoise = params.get("government.bargaining_noise");
        promotionCost = params.get("government.promotion_cost");
        aidCost = params.get("government.aid_cost");
        summitCost = params.get("government.summit_cost");
        hostCost = params.get("government.host_cost");
        double grievanceThreshold = params.get("government.grievance_threshold");
        for (Government g : governments) {
            g.grievanceThreshold = grievanceThreshold;
        }
        for (int s = 0; s < StateCode.COUNT; s++) {
            for (int l = 0; l < L; l++) {
                base[s][l] = LEVER_NAME[s][l] == null ? 0 : params.get(LEVER_NAME[s][l]);
            }
        }
    }

    boolean idle() {
        return !active && outside == null;
    }

    void seat(StateCode s, DecisionSeat seat) {
        if (seats == null) {
            seats = new EnumMap<>(StateCode.class);
        }
        seats.put(s, seat);
    }

    /** At the start: the base-year marginals (revealed preference). */
    void calibrate(CascadeModel m) {
        // the marginals read the governments' parameters (the audience and promotion costs): read them first, or the
        // anchor M0 is taken with those at 0 and leaves a constant bias in every later decision
        read(m);
        for (RouteCode r : RouteCode.values()) {
            corridorVolume0[r.ordinal()] = m.route(r).volume;
        }
        if (outside != null) {
            outside.calibrate(m);
        }
        for (Government g : governments) {
            for (int l = 0; l < L; l++) {
                if (g.decides(l) && LEVERS[l].stepped()) {
                    g.marginal0[l] = marginal(m, g, l);
                }
            }
        }
    }

    @Override
    public void step(SimState state) {
        if (idle()) {
            return;
        }
        CascadeModel m = (CascadeModel) state;
        read(m);
        int now = m.month();
        boolean changed = false;
        for (Government g : governments) {
            if (!g.decidesAny()) {
                continue;
            }
            boolean regular = now >= g.nextDecision;
            if (!regular && !g.triggered && !g.visaTriggered) {
                continue;
            }
            boolean levers = regular || g.triggered;
            g.triggered = false;
            g.visaTriggered = false;
            if (regular) {
                g.nextDecision = now + decisionMonths;
            }
            for (int l = 0; l < L && levers; l++) {
                if (g.decides(l) && LEVERS[l].stepped()) {
                    changed |= decide(m, g, l);
                }
            }
            if (regular && g.decides(SUMMIT)) {
                considerHosting(m, g);
            }
            if (g.decides(PARTNER_VISA)) {
                changed |= partnerVisas(m, g, regular);
            }
        }
        if (outside != null) {
            changed |= outside.step(m, this);
        }
        if (changed) {
            apply(m);
        }
    }

    /** One decision of one government on one lever; true when the lever moved. */
    private boolean decide(CascadeModel m, Government g, int l) {
        StateAgent agent = m.state(g.code);
        int now = m.month();
        // learning: the last action on this lever against what followed it
        double outcome = 100 * (agent.tradeGainUsd - g.tradeGainAtDecision[l]) / agent.gdp;
        g.learn(l, outcome, learningRate);

        double[] u = utilities(m, g, l);
        double draw = m.streams.government(g.code, l).nextDouble();
        int choice = DecisionRule.choose(u, rationality, draw);
        if (g.mode[l] == Mode.HUMAN) {
            int ruled = choice;
            choice = seatChoice(m, g, u, choice, () -> pending(m, g, l, u, ruled));
        }
        int action = ACTIONS[choice];
        g.decided(l);
        g.decisions++;
        g.lastAction[l] = action;
        g.lastStep[l] = now;
        g.tradeGainAtDecision[l] = agent.tradeGainUsd;
        if (action == 0) {
            return false;
        }
        g.offset[l] += action;
        g.changes++;
        if (m.narrates()) {
            double value = value(m, g, l, g.offset[l]);
            String reason = reason(m, g, l, u, choice);
            String text = g.code + " " + verb(l, action) + " to " + format(l, value) + " (" + reason + ")";
            g.lastDecision[l] = text;
            m.log("decision", g.code.name(), text, false);
        }
        moved(m, g.code, l, action);
        return true;
    }

    /** The seat's answer for a human lever, or the rule's choice when nobody answers (the log says so once). */
    private int seatChoice(CascadeModel m, Government g, double[] u, int choice,
                           java.util.function.Supplier<DecisionSeat.Pending> pending) {
        if (seats != null && seats.containsKey(g.code)) {
            OptionalInt answer = seats.get(g.code).choose(pending.get());
            if (answer.isPresent() && answer.getAsInt() >= 0 && answer.getAsInt() < u.length
                && u[answer.getAsInt()] != Double.NEGATIVE_INFINITY) {
                return answer.getAsInt();
            }
        } else if (!g.toldNobodySits) {
            g.toldNobodySits = true;
            m.log("seat", g.code.name(), g.code + ": a human seat with nobody to answer it; the default rule (the"
                + " adaptive government) decides its human levers", false);
        }
        return choice;
    }

    /** The utility of each action (-1, 0, +1 step) of a lever; infeasible actions are negative infinity. */
    double[] utilities(CascadeModel m, Government g, int l) {
        read(m);
        double net = marginal(m, g, l) - g.marginal0[l];
        double k = adjustmentCost;
        double reciprocity = reciprocityWeight;
        double o = g.offset[l];
        Parameter lever = LEVER_PARAMETER[g.code.ordinal()][l];
        double[] u = new double[ACTIONS.length];
        for (int j = 0; j < ACTIONS.length; j++) {
            int a = ACTIONS[j];
            double v = value(m, g, l, o + a);
            if (a != 0 && (v < lever.min() || v > lever.max())) {
                u[j] = Double.NEGATIVE_INFINITY;
                continue;
            }
            u[j] = a * net - k * ((o + a) * (o + a) - o * o) + g.reciprocity(l, a, reciprocity)
                + g.attraction[l][j];
        }
        return u;
    }

    private DecisionSeat.Pending pending(CascadeModel m, Government g, int l, double[] u, int defaultChoice) {
        List<DecisionSeat.Option> options = new ArrayList<>();
        for (int j = 0; j < ACTIONS.length; j++) {
            double v = value(m, g, l, g.offset[l] + ACTIONS[j]);
            options.add(new DecisionSeat.Option(ACTIONS[j] == 0 ? "keep" : verb(l, ACTIONS[j]), v, u[j],
                u[j] == Double.NEGATIVE_INFINITY ? "not allowed: outside the lever's range"
                    : LEVERS[l].id() + " " + format(l, v) + "; predicted net gain " + fmt(u[j]) + " (percent of GDP a year)"));
        }
        return new DecisionSeat.Pending(g.code, LEVERS[l].id(), m.month(), value(m, g, l, g.offset[l]), options,
            defaultChoice);
    }

    /** The lever's value with the government's offset of {@code steps}: scripted value + steps x step size. */
    double value(CascadeModel m, Government g, int l, double steps) {
        read(m);
        return base[g.code.ordinal()][l] + steps * STEP[l];
    }

    /**
     * Predicted marginal utility of one step up of a lever, from the model's own elasticities one step ahead
     * (percent of GDP a year, weighted by the goals): MODEL.md 7.11 gives each term.
     */
    double marginal(CascadeModel m, Government g, int l) {
        ModelParameters p = m.p;
        int i = g.code.ordinal();
        double[] w = g.weight;
        double gdp = m.state(g.code).gdp;
        double tradePct = 100 * m.relations.totalTrade(g.code) / gdp;
        double d = STEP[l];
        switch (LEVERS[l]) {
            case TARIFF -> {
                // exports and imports fall by theta x the tariff step; protection and revenue please security and stability
                return d * tradePct * (-w[WELFARE] * p.tradeGain * p.theta + 0.5 * w[SECURITY] + 0.5 * w[STABILITY]);
            }
            case VISA -> {
                double openness = Math.max(0.05, p.visaOpenness[i]);
                return d * (w[WELFARE] * p.visaElasticity / openness * p.tradeGain * 0.1 * tradePct
                    + 0.5 * w[PRESTIGE] * meanTrust(m, g.code) - w[SECURITY] - w[STABILITY] * (1 - p.stability[i]));
            }
            case TRANSIT_TARIFF -> {
                RouteCode r = Governments.transitRoute(g.code).orElseThrow();
                RouteAgent route = m.route(r);
                double volume = route.volume;
                double share = volume / Math.max(1e-9, westboundVolume(m));
                double dVolume = -volume * (1 - share) / p.logitScale;
                double revenue = (volume + p.tariff[r.ordinal()] * dVolume) / controllers(r) * d * 1e6;
                return w[WELFARE] * 100 * revenue / gdp + w[PRESTIGE] * d * dVolume / Math.max(0.1, volume);
            }
            case CORRIDOR -> {
                RouteCode r = org.cascade.region.Corridors.builtBy(g.code).orElseThrow();
                RouteAgent route = m.route(r);
                double utilisation = Math.min(1.2, route.volume / Math.max(1e-9, route.effectiveCapacity));
                double cost = -100 * d * 1e9 / gdp;
                double benefit = 100 * d * p.capacityPerBn * utilisation * p.tariff[r.ordinal()] / controllers(r)
                    * 1e6 * 5 / gdp;
                // building a corridor that carries more than in 2024 is worth more prestige
                return w[WELFARE] * (cost + benefit) + w[PRESTIGE] * d * 2 * route.volume / Math.max(0.1, corridorVolume0[r.ordinal()]);
            }
            case STANCE -> {
                DisputeAgent dispute = disputeOf(m, g.code);
                double stake = stake(m, dispute, g.code);
                return d * (w[SECURITY] * 2 * dispute.undelimited - w[WELFARE] * stake * (0.5 + dispute.tension)
                    + w[STABILITY] * audienceCost);
            }
            case INVESTMENT -> {
                // the extra yearly inflow lifts growth by invest.growth_effect x inflow / GDP; five years of it,
                // against the fiscal cost of the incentives: a share of the inflow they are granted on
                double[] inflow = InvestmentProcess.inflowTerms(m, g.code, p.promotionWeight * d);
                return w[WELFARE] * 100 * (p.growthEffect * 5 * inflow[0] - promotionCost * d * inflow[1]) / gdp;
            }
            default -> throw new IllegalStateException();
        }
    }

    /** Mean trust of a state with the other six: openness toward trusted partners is alignment, hence prestige. */
    private static double meanTrust(CascadeModel m, StateCode s) {
        double sum = 0;
        for (StateCode other : STATES) {
            if (other != s) {
                sum += m.relations.trust[Pair.of(s, other).index()];
            }
        }
        return sum / (STATES.length - 1);
    }

    /** What a state stands to lose in a dispute: trade, investment and trust with the other side (percent of GDP). */
    static double stake(CascadeModel m, DisputeAgent d, StateCode s) {
        Pair pair = d.code.pair();
        int k = pair.index();
        double atStake = m.p.tradeGain * m.relations.turnover(k) + 0.05 * m.relations.pairStock(pair);
        return 100 * atStake / m.state(s).gdp + 0.5 * m.relations.trust[k];
    }

    /** The state's open dispute (or its first, when all are settled). */
    static DisputeAgent disputeOf(CascadeModel m, StateCode s) {
        DisputeAgent first = null;
        for (DisputeAgent d : m.disputes) {
            if (d.code.pair().contains(s)) {
                if (!d.settled) {
                    return d;
                }
                first = first == null ? d : first;
            }
        }
        return first;
    }

    private static double westboundVolume(CascadeModel m) {
        double sum = 0;
        for (RouteCode r : WESTBOUND) {
            sum += m.route(r).volume;
        }
        return sum;
    }

    /** States that set a leg of each route's tariff (at least 1). */
    private static final int[] CONTROLLERS = new int[RouteCode.values().length];

    static {
        for (RouteCode r : RouteCode.values()) {
            int n = 0;
            for (StateCode s : StateCode.values()) {
                n += Governments.transitRoute(s).filter(x -> x == r).isPresent() ? 1 : 0;
            }
            CONTROLLERS[r.ordinal()] = Math.max(1, n);
        }
    }

    /** States that set a leg of the route's tariff. */
    private static int controllers(RouteCode r) {
        return CONTROLLERS[r.ordinal()];
    }

    /**
     * Writes every government's levers into the month's parameters: the scripted value (from the current parameter
     * set) plus its steps, within the lever's range; then the outside powers' terms. Called after every rebuild of the
     * parameters and after every decision.
     */
    void apply(CascadeModel m) {
        if (idle()) {
            return;
        }
        read(m);
        ModelParameters p = m.p;
        ParameterSet params = m.parameters();
        for (Government g : governments) {
            int i = g.code.ordinal();
            for (int l = 0; l < L; l++) {
                if (!g.decides(l) || LEVERS[l] == Lever.TRANSIT_TARIFF || !LEVERS[l].stepped()) {
                    continue;
                }
                Parameter lever = LEVER_PARAMETER[i][l];
                double v = clamp(base[i][l] + g.offset[l] * STEP[l], lever);
                switch (LEVERS[l]) {
                    case TARIFF -> p.importTariff[i] = v;
                    case VISA -> p.visaOpenness[i] = v;
                    case CORRIDOR -> p.corridorInvestment[i] = v;
                    case STANCE -> p.stance[i] = v;
                    case INVESTMENT -> p.investmentPromotion[i] = v;
                    default -> throw new IllegalStateException();
                }
            }
        }
        for (Government g : governments) {
            if (g.decides(PARTNER_VISA)) {
                for (int j = 0; j < StateCode.COUNT; j++) {
                    p.visaOffset[g.code.ordinal()][j] = g.visaOffset[j] * STEP[PARTNER_VISA];
                }
            }
        }
        int transit = Lever.TRANSIT_TARIFF.ordinal();
        for (RouteCode r : RouteCode.values()) {
            double added = outside == null ? 0 : outside.tariffOffset(r);
            boolean touched = added != 0;
            for (Government g : governments) {
                if (g.decides(transit) && Governments.transitRoute(g.code).orElse(null) == r) {
                    added += g.offset[transit] * STEP[transit];
                    touched = true;
                }
            }
            if (touched) {
                Parameter tariff = ROUTE_TARIFF[r.ordinal()];
                p.tariff[r.ordinal()] = clamp(params.get(tariff.name()) + added, tariff);
            }
        }
        if (outside != null) {
            p.logitScale = params.get("route.logit_scale") * outside.logitFactor;
        }
        for (RouteAgent r : m.routes) {
            r.updateConditions(p);
        }
    }

    private static double clamp(double v, Parameter p) {
        return Math.max(p.min(), Math.min(p.max(), v));
    }

    /**
     * A state moved a lever ({@code direction} +1 up, -1 down), by its government or by a scripted event: the
     * governments it hits remember it. A tariff hike or a visa cut hits every partner with a noticeable share of its
     * trade; a hawkish step hits the other side of its dispute; a transit tariff cut hits the competing route's
     * transit states.
     */
    void moved(CascadeModel m, StateCode mover, int l, int direction) {
        moved(m, mover, l, direction, 1);
    }

    /** A state moved lever {@code l} by {@code steps} steps in {@code direction}: the states it hits remember it. */
    void moved(CascadeModel m, StateCode mover, int l, int direction, double steps) {
        if (!active) {
            return;
        }
        int hostility = direction * HOSTILE[l];
        if (hostility == 0) {
            return;
        }
        read(m);
        int forgiveness = forgivenessRounds;
        switch (LEVERS[l]) {
            case TARIFF, VISA -> {
                for (Government g : governments) {
                    if (g.code == mover) {
                        continue;
                    }
                    double pairTrade = m.relations.turnover(Pair.of(g.code, mover).index());
                    if (pairTrade >= NOTICEABLE * m.relations.totalTrade(g.code)) {
                        g.registerMove(mover.ordinal(), l, hostility, steps, forgiveness, memory);
                    }
                }
            }
            case STANCE -> {
                for (DisputeCode d : DisputeCode.values()) {
                    if (d.pair().contains(mover)) {
                        governments[d.pair().other(mover).ordinal()].registerMove(mover.ordinal(), l, hostility,
                            steps, forgiveness, memory);
                    }
                }
            }
            case TRANSIT_TARIFF -> routeMoved(m, Governments.transitRoute(mover).orElseThrow(), direction, steps);
            default -> {
            }
        }
    }

    /** A route's through tariff moved: the transit states of the competing westbound routes remember it. */
    void routeMoved(CascadeModel m, RouteCode r, int direction) {
        routeMoved(m, r, direction, 1);
    }

    /** As above, for a move of {@code steps} steps of a transit tariff. */
    void routeMoved(CascadeModel m, RouteCode r, int direction, double steps) {
        if (!active || r.mode() != RouteCode.Mode.FREIGHT) {
            return;
        }
        int l = Lever.TRANSIT_TARIFF.ordinal();
        int hostility = direction * HOSTILE[l];
        read(m);
        for (Government g : governments) {
            if (g.has(l) && Governments.transitRoute(g.code).orElseThrow() != r) {
                g.registerMove(StateCode.COUNT + r.ordinal(), l, hostility, steps, forgivenessRounds, memory);
            }
        }
    }

    /** A dated {@code set} event changed a parameter: if it is a lever, the states it hits remember the move. */
    void parameterSet(CascadeModel m, Parameter parameter, double before, double after) {
        if (!active || before == after) {
            return;
        }
        int direction = after > before ? 1 : -1;
        for (StateCode s : STATES) {
            for (int l = 0; l < L; l++) {
                if (parameter.name().equals(LEVER_NAME[s.ordinal()][l]) && LEVERS[l] != Lever.TRANSIT_TARIFF) {
                    moved(m, s, l, direction, Math.abs(after - before) / STEP[l]);
                    return;
                }
            }
        }
        for (RouteCode r : RouteCode.values()) {
            if (parameter == ROUTE_TARIFF[r.ordinal()] || parameter.name().equals(ROUTE_TARIFF[r.ordinal()].name())) {
                routeMoved(m, r, direction, Math.abs(after - before) / STEP[Lever.TRANSIT_TARIFF.ordinal()]);
            }
        }
    }

    // ---- occasions: aid in a partner's crisis, summits -------------------------------------------------------

    /**
     * What a unit of trust with a partner is worth to a government (percent of GDP a year): the pair's trade rises by
     * trade.trust_semi_elasticity per unit of trust, each dollar of it worth gdp.trade_gain; and standing abroad
     * (half the prestige weight, as a settlement's in {@link #bargain}).
     */
    double trustValue(CascadeModel m, Government g, StateCode partner) {
        double turnover = m.relations.turnover(Pair.of(g.code, partner).index());
        return g.weight[WELFARE] * 100 * m.p.tradeGain * m.p.trustSemi * turnover / m.state(g.code).gdp
            + 0.5 * g.weight[PRESTIGE];
    }

    /** Whether the state's government decides its aid (adaptive or human), so that {@link CrisisProcess} asks it. */
    boolean decidesAid(StateCode s) {
        return active && governments[s.ordinal()].decides(AID);
    }

    /**
     * The utilities of refusing (0) and giving aid (1) to a stricken partner: the trust the aid buys
     * (trust.crisis_assist_gain x severity x (1 - trust), as in {@link CrisisProcess}) at its {@link #trustValue},
     * less the aid's cost, government.aid_cost x severity x the stricken state's GDP relative to the giver's, which
     * weighs more while the giver is itself in crisis (x (1 + its GDP loss / the stricken state's)) and after recent
     * help (x (1 + help given lately), aid fatigue); less reciprocity x its grudge against the partner (a partner that
     * hit it, not yet forgiven, gets less).
     */
    double[] aidUtilities(CascadeModel m, StateCode giver, StateCode hit, double severity, double recentHelp) {
        read(m);
        Government g = governments[giver.ordinal()];
        StateAgent from = m.state(giver);
        StateAgent to = m.state(hit);
        double trust = m.relations.trust[Pair.of(giver, hit).index()];
        double gain = m.p.assistGain * severity * (1 - trust) * trustValue(m, g, hit);
        double ownCrisis = 1 + from.loss / Math.max(1e-9, to.loss);
        double cost = g.weight[WELFARE] * aidCost * severity * to.gdp / from.gdp * ownCrisis * (1 + recentHelp);
        return new double[] {0, gain - cost - reciprocityWeight * g.grudge(hit.ordinal())};
    }

    /** The government of {@code giver} decides whether to aid {@code hit}; the draw is the crisis-aid stream's. */
    boolean aid(CascadeModel m, StateCode giver, StateCode hit, double severity, double recentHelp, double draw) {
        Government g = governments[giver.ordinal()];
        double[] u = aidUtilities(m, giver, hit, severity, recentHelp);
        int choice = yesNo(m, g, AID, u, draw, () -> hit + " crisis, severity " + DisputeAgent.fmt(severity),
            AID_ANSWERS);
        boolean give = choice == 1;
        if (give) {
            g.aidGiven++;
        } else {
            g.aidRefused++;
        }
        g.lastStep[AID] = m.month();
        if (m.narrates()) {
            String text = giver + " " + (give ? "gives aid to " : "refuses aid to ") + hit + " after its crisis ("
                + occasionReason(u, choice, AID_ANSWERS) + ")";
            g.lastDecision[AID] = text;
            m.log("decision", giver.name(), text, false);
        }
        return give;
    }

    /**
     * The attendance weights of a summit of an institution after the governments that decide their summits have
     * chosen: each weighs the trust the summit buys with the others present (trust.summit_gain x both weights, at its
     * {@link #trustValue}) less government.summit_cost and reciprocity x its worst grudge against those present (a
     * snub), against staying away, which departs from the 2024 practice and so costs government.adjustment_cost. The
     * host of an extra summit attends.
     */
    double[] attend(CascadeModel m, double[] weight, StateCode host) {
        if (!active) {
            return weight;
        }
        read(m);
        double[] decided = weight.clone();
        for (Government g : governments) {
            int i = g.code.ordinal();
            if (weight[i] == 0 || g.code == host || !g.decides(SUMMIT)) {
                continue;
            }
            double[] u = {-adjustmentCost, summitGain(m, g, weight) - summitCost};
            double draw = m.streams.government(g.code, SUMMIT).nextDouble();
            int choice = yesNo(m, g, SUMMIT, u, draw, () -> "summit", ATTEND_ANSWERS);
            if (choice == 0) {
                decided[i] = 0;
                g.summitsMissed++;
                g.lastStep[SUMMIT] = m.month();
                if (m.narrates()) {
                    String text = g.code + " stays away from the summit (" + occasionReason(u, choice, ATTEND_ANSWERS)
                        + ")";
                    g.lastDecision[SUMMIT] = text;
                    m.log("decision", g.code.name(), text, false);
                }
            }
        }
        return decided;
    }

    /**
     * The trust a summit with these attendance weights buys the government, at its value, less its grudges against
     * those present, averaged by their attendance: a summit is snubbed when most of it has hit the government, not
     * over one partner (with the worst grudge instead, every state adaptive skipped one member-summit in ten and some
     * regular summits met with one or two of their members; the heads of state attended every CACM and OTS summit of
     * 2018-2024 but a handful).
     */
    private double summitGain(CascadeModel m, Government g, double[] weight) {
        double gain = 0;
        double grudge = 0;
        double present = 0;
        int i = g.code.ordinal();
        for (StateCode other : STATES) {
            int j = other.ordinal();
            if (j != i && weight[j] > 0) {
                gain += m.p.summitGain * weight[i] * weight[j] * trustValue(m, g, other);
                grudge += weight[j] * g.grudge(j);
                present += weight[j];
            }
        }
        return gain - reciprocityWeight * (present > 0 ? grudge / present : 0);
    }

    /**
     * At a regular decision: whether to host an extra summit of an institution it is a full member of, when that
     * institution's members have not met for diplomacy.summit_memory_months; the gain is that of attending, against
     * government.host_cost and, as hosting departs from the 2024 practice, government.adjustment_cost.
     */
    private void considerHosting(CascadeModel m, Government g) {
        for (org.cascade.region.InstitutionCode inst : Codes.INSTITUTIONS) {
            if (!m.p.institutionEnabled[inst.ordinal()] || m.events.attendance(m.p, inst, g.code) < 1
                || metLately(m, inst, g.code)) {
                continue;
            }
            double[] weight = new double[StateCode.COUNT];
            for (StateCode s : STATES) {
                weight[s.ordinal()] = m.events.attendance(m.p, inst, s);
            }
            double[] u = {0, summitGain(m, g, weight) - hostCost - adjustmentCost};
            double draw = m.streams.government(g.code, SUMMIT).nextDouble();
            int choice = yesNo(m, g, SUMMIT, u, draw, () -> "hosting a summit of the " + inst.displayName(),
                HOST_ANSWERS);
            if (choice == 1) {
                g.summitsHosted++;
                g.lastStep[SUMMIT] = m.month();
                if (m.narrates()) {
                    String text = g.code + " hosts an extra summit of the " + inst.displayName() + " ("
                        + occasionReason(u, choice, HOST_ANSWERS) + ")";
                    g.lastDecision[SUMMIT] = text;
                    m.log("decision", g.code.name(), text, false);
                }
                m.events.summit(m, inst, "extra summit hosted by " + g.code, false, g.code);
                return;
            }
        }
    }

    /** Whether the state met a fellow member of the institution within diplomacy.summit_memory_months. */
    private static boolean metLately(CascadeModel m, org.cascade.region.InstitutionCode inst, StateCode s) {
        for (StateCode other : STATES) {
            if (other != s && m.events.attendance(m.p, inst, other) > 0
                && m.month() - m.relations.lastSummit[Pair.of(s, other).index()] <= m.p.summitMemory) {
                return true;
            }
        }
        return false;
    }

    // ---- visas toward one partner ------------------------------------------------------------------------------

    private static final String[] TIGHTEN_ANSWERS = {"keep them", "tighten them"};
    private static final String[] RESTORE_ANSWERS = {"keep them tightened", "restore them"};

    /**
     * A government that decides its visas toward each partner: for each partner whose move hit it since its last
     * decision, whether to tighten its visas toward it by one step; at a regular decision, for each partner it holds
     * no grudge against any more, whether to restore a tightened visa regime one step toward its general openness
     * (forgiveness). A government that does not decide some lever itself counts the grievances on it down at its
     * regular decisions, so that a grudge opened there fades after government.forgiveness_rounds of them.
     */
    private boolean partnerVisas(CascadeModel m, Government g, boolean regular) {
        boolean changed = false;
        if (regular) {
            for (int l = 0; l < L; l++) {
                if (!g.decides(l) || l == PARTNER_VISA) {
                    g.decided(l);
                }
            }
        }
        for (StateCode other : STATES) {
            int j = other.ordinal();
            if (g.hitBy[j]) {
                g.hitBy[j] = false;
                changed |= partnerVisa(m, g, other, -1);
            } else if (regular && g.visaOffset[j] < 0 && g.grudge(j) == 0) {
                changed |= partnerVisa(m, g, other, 1);
            }
        }
        return changed;
    }

    /** The government's visa openness toward a partner with {@code steps} of offset, within the openness range. */
    double partnerOpenness(CascadeModel m, Government g, int partner, double steps) {
        read(m);
        Parameter visa = LEVER_PARAMETER[g.code.ordinal()][VISA];
        return clamp(m.p.visaOpenness[g.code.ordinal()] + steps * STEP[PARTNER_VISA], visa);
    }

    /**
     * What one step of the pair's visa openness is worth to the government (percent of GDP a year): as the general
     * visa lever's (7.11) with the pair's trade and trust only; one side's step moves the pair's openness by half a
     * step.
     */
    double pairVisaValue(CascadeModel m, Government g, StateCode partner) {
        ModelParameters p = m.p;
        int k = Pair.of(g.code, partner).index();
        double[] w = g.weight;
        double pairVisa = Math.max(0.05, TravelProcess.visa(p, Pair.of(g.code, partner)));
        double pairPct = 100 * m.relations.turnover(k) / m.state(g.code).gdp;
        return STEP[PARTNER_VISA] / 2 * (w[WELFARE] * p.visaElasticity / pairVisa * p.tradeGain * 0.1 * pairPct
            + 0.5 * w[PRESTIGE] * m.relations.trust[k]);
    }

    /**
     * The utilities of keeping (0) and of moving (1) its visas toward a partner one step ({@code action} -1 tightens,
     * +1 restores): reciprocity x its grudge against the partner (relative to one fresh hostile move) for answering
     * in kind, less the value of the pair's openness, less the adjustment cost of the move away from its general
     * openness (per step squared, as every lever's); a move outside the openness range is not allowed.
     */
    double[] partnerVisaUtilities(CascadeModel m, StateCode s, StateCode partner, int action) {
        read(m);
        Government g = governments[s.ordinal()];
        int j = partner.ordinal();
        double o = g.visaOffset[j];
        Parameter visa = LEVER_PARAMETER[s.ordinal()][VISA];
        double v = m.p.visaOpenness[s.ordinal()] + (o + action) * STEP[PARTNER_VISA];
        if (v < visa.min() - 1e-12 || v > visa.max() + 1e-12) {
            return new double[] {0, Double.NEGATIVE_INFINITY};
        }
        double u = action * pairVisaValue(m, g, partner) - adjustmentCost * ((o + action) * (o + action) - o * o)
            - action * reciprocityWeight * g.heldGrudge(j);
        return new double[] {0, u};
    }

    /** One occasion of the partner visa lever; true when the government moved its visas toward the partner. */
    private boolean partnerVisa(CascadeModel m, Government g, StateCode partner, int action) {
        double[] u = partnerVisaUtilities(m, g.code, partner, action);
        double draw = m.streams.partnerVisa(g.code, partner).nextDouble();
        String[] answers = action < 0 ? TIGHTEN_ANSWERS : RESTORE_ANSWERS;
        java.util.function.Supplier<String> occasion = () -> action < 0
            ? partner + "'s move hit " + g.code + ": tighten its visas toward " + partner
            : "no grudge left against " + partner + ": restore its visas toward it";
        int choice = yesNo(m, g, PARTNER_VISA, u, draw, occasion, answers);
        if (choice == 0 && action > 0) {
            return false;
        }
        int i = g.code.ordinal();
        int j = partner.ordinal();
        String text = null;
        if (choice == 1) {
            g.visaOffset[j] += action;
            if (action < 0) {
                g.visasTightened++;
            } else {
                g.visasRestored++;
            }
            if (m.narrates()) {
                String value = fixed(partnerOpenness(m, g, j, g.visaOffset[j]), 2);
                // a tightening the rule preferred answers the partner's move; one it did not is a boundedly rational
                // choice
                text = g.code + (action < 0 ? " tightens its visas toward " : " restores its visas toward ") + partner
                    + " to " + value + " (" + occasionReason(u, choice, answers)
                    + (action < 0 && u[1] >= u[0] ? "; answering " + partner + "'s move" : "") + ")";
            }
            // the partner is hit (or treated) alone; while it has itself tightened toward this government it takes
            // the answer as deserved (contrition)
            Government h = governments[j];
            if (action > 0 || h.visaOffset[i] >= 0) {
                h.registerMove(i, PARTNER_VISA, -action, forgivenessRounds, memory);
            }
        } else if (m.narrates()) {
            text = g.code + " keeps its visas toward " + partner + " (" + occasionReason(u, choice, answers) + ")";
        }
        g.lastStep[PARTNER_VISA] = m.month();
        if (text != null) {
            g.lastDecision[PARTNER_VISA] = text;
            m.log("decision", g.code.name(), text, false);
        }
        return choice == 1;
    }

    /** The answers of each occasion, no then yes. */
    private static final String[] AID_ANSWERS = {"refuse aid", "give aid"};
    private static final String[] ATTEND_ANSWERS = {"stay away", "attend"};
    private static final String[] HOST_ANSWERS = {"not host it", "host it"};

    /** The reason of a yes-or-no answer: its expected gain against the other answer's. */
    private static String occasionReason(double[] u, int choice, String[] answers) {
        String why = "expected gain " + fmt(u[choice]) + " against " + fmt(u[1 - choice]) + " to " + answers[1 - choice];
        return u[choice] < u[1 - choice] ? why + "; a boundedly rational choice (logit)" : why;
    }

    /** A yes-or-no decision (0 no, 1 yes) by the logit rule, or by the seat for a human lever. */
    private int yesNo(CascadeModel m, Government g, int l, double[] u, double draw,
                      java.util.function.Supplier<String> occasion, String[] answers) {
        int choice = DecisionRule.choose(u, rationality, draw);
        g.decided(l);
        g.decisions++;
        if (g.mode[l] == Mode.HUMAN) {
            int ruled = choice;
            choice = seatChoice(m, g, u, choice, () -> new DecisionSeat.Pending(g.code, LEVERS[l].id(), m.month(), 0,
                List.of(new DecisionSeat.Option(answers[0], 0, u[0], occasion.get() + ": no"),
                    new DecisionSeat.Option(answers[1], 1, u[1], occasion.get() + ": yes; expected gain " + fmt(u[1])
                        + " (percent of GDP a year)")), ruled));
        }
        if (choice == 1) {
            g.changes++;
        }
        return choice;
    }

    // ---- bargaining --------------------------------------------------------------------------------------------

    /** Both sides of the dispute have handed their border stance to their governments (adaptive or human). */
    boolean bargains(DisputeAgent d) {
        int l = Lever.STANCE.ordinal();
        return active && governments[d.code.pair().a().ordinal()].decides(l)
            && governments[d.code.pair().b().ordinal()].decides(l);
    }

    /**
     * One round of border talks between two governments ({@link Bargaining}): the proposer alternates; the responder
     * accepts the Rubinstein offer with the logistic chance its private resolve leaves. Accepted, the talks progress
     * as a scripted round would; rejected, tension rises by an incident's worth (escalation from bargaining failure).
     */
    void bargain(CascadeModel m, DisputeAgent d, double draw) {
        read(m);
        ModelParameters p = m.p;
        StateCode[] side = {d.code.pair().a(), d.code.pair().b()};
        double surplus = 0;
        double[] outsideOption = new double[2];
        double audience = audienceCost;
        for (int k = 0; k < 2; k++) {
            Government g = governments[side[k].ordinal()];
            // no deal costs what is at stake, the clash risk, and the standing abroad a settlement would bring
            double cost = g.weight[WELFARE] * stake(m, d, side[k]) + g.weight[STABILITY] * 100 * p.clashGdpCost * d.tension
                + g.weight[PRESTIGE] * 0.5 * d.undelimited;
            double hold = g.weight[SECURITY] * 0.5 * d.undelimited
                + audience * g.weight[STABILITY] * Math.max(0, p.stance[side[k].ordinal()]);
            surplus += cost - hold;
            outsideOption[k] = hold - cost;
        }
        boolean summit = m.month() - m.relations.lastSummit[d.pairIndex] <= p.summitMemory;
        double noise = bargainingNoise / (1 + p.mediation + (summit ? 1 : 0));
        int proposer = d.rounds % 2;
        int responder = 1 - proposer;
        d.rounds++;
        double offer = Bargaining.offer(outsideOption[responder], surplus);
        double chance = Bargaining.acceptance(offer, outsideOption[responder], noise);
        String who = !m.narrates() ? "" : side[proposer] + " offered terms worth " + fmt(offer) + " to "
            + side[responder] + " (outside option " + fmt(outsideOption[responder]) + ", acceptance chance "
            + fmt(chance) + ")";
        if (draw < chance) {
            d.progress = Math.min(1, d.progress + p.progressPerRound * (1 - d.tension));
            if (m.narrates()) {
                m.log("bargaining", d.code.id(), d.code.id() + " talks: " + who + "; accepted, progress to "
                    + DisputeAgent.fmt(d.progress), false);
            }
            if (d.progress >= 1) {
                d.negotiated(m, "bargaining agreed the last of the border", false);
            }
        } else {
            d.tension = Relations.clamp01(d.tension + p.incidentTension);
            if (m.narrates()) {
                m.log("bargaining_failed", d.code.id(), d.code.id() + " talks failed: " + who + "; rejected, tension to "
                    + DisputeAgent.fmt(d.tension), false);
            }
        }
    }

    // ---- explanations ------------------------------------------------------------------------------------------

    /** The inspector's lines for a state's government: who decides, its goals, its levers' steps, its last decisions. */
    void inspect(CascadeModel m, StateCode s, List<org.cascade.results.InspectedVariable> out) {
        Government g = governments[s.ordinal()];
        out.add(new org.cascade.results.InspectedVariable("Government: levers it decides", countDeciding(g), "levers",
            false));
        for (int k = 0; k < Government.GOALS.length; k++) {
            out.add(new org.cascade.results.InspectedVariable("Government goal weight: " + Government.GOALS[k],
                g.weight[k], "0..1", false));
        }
        for (int l = 0; l < L; l++) {
            if (!g.has(l)) {
                continue;
            }
            String lever = LEVERS[l].id();
            if (LEVERS[l] == Lever.PARTNER_VISA) {
                inspectPartnerVisas(m, g, out);
                continue;
            }
            if (!LEVERS[l].stepped()) {
                out.add(new org.cascade.results.InspectedVariable("Government " + g.mode[l].id() + ": " + lever
                    + (LEVERS[l] == Lever.AID ? " (aid given; refused)" : " (summits hosted; stayed away)"),
                    LEVERS[l] == Lever.AID ? g.aidGiven : g.summitsHosted,
                    (LEVERS[l] == Lever.AID ? g.aidRefused : g.summitsMissed) + "", false));
                continue;
            }
            out.add(new org.cascade.results.InspectedVariable("Government " + g.mode[l].id() + ": " + lever
                + " (value now)", value(m, g, l, g.offset[l]), "", true));
            if (g.decides(l)) {
                out.add(new org.cascade.results.InspectedVariable("Government steps taken on " + lever, g.offset[l],
                    "steps of " + Parameter.format(STEP[l]), false));
                if (g.lastDecision[l] != null) {
                    out.add(new org.cascade.results.InspectedVariable("Last decision: " + g.lastDecision[l],
                        g.lastStep[l], "month", false));
                }
            }
        }
        if (g.decidesAny()) {
            for (StateCode other : STATES) {
                if (other != s && g.score[other.ordinal()] != 0) {
                    out.add(new org.cascade.results.InspectedVariable("Government's memory of " + other
                        + " (+ friendly, - hostile)", g.score[other.ordinal()], "-1..1", false));
                }
            }
            out.add(new org.cascade.results.InspectedVariable("Government decisions taken (changes)", g.decisions,
                g.changes + " changed a lever", false));
        }
    }

    private void inspectPartnerVisas(CascadeModel m, Government g, List<org.cascade.results.InspectedVariable> out) {
        int tightened = 0;
        for (int j = 0; j < StateCode.COUNT; j++) {
            tightened += g.visaOffset[j] < 0 ? 1 : 0;
        }
        out.add(new org.cascade.results.InspectedVariable("Government " + g.mode[PARTNER_VISA].id()
            + ": partner_visa (partners its visas are tightened toward; tightened, restored)", tightened,
            g.visasTightened + "; " + g.visasRestored, false));
        for (StateCode other : STATES) {
            if (g.visaOffset[other.ordinal()] != 0) {
                out.add(new org.cascade.results.InspectedVariable("Government: visa openness toward " + other,
                    partnerOpenness(m, g, other.ordinal(), g.visaOffset[other.ordinal()]), "", true));
            }
        }
        if (g.lastDecision[PARTNER_VISA] != null) {
            out.add(new org.cascade.results.InspectedVariable("Last decision: " + g.lastDecision[PARTNER_VISA],
                g.lastStep[PARTNER_VISA], "month", false));
        }
    }

    private static int countDeciding(Government g) {
        int n = 0;
        for (int l = 0; l < L; l++) {
            n += g.decides(l) ? 1 : 0;
        }
        return n;
    }

    private String reason(CascadeModel m, Government g, int l, double[] u, int choice) {
        double best = Double.NEGATIVE_INFINITY;
        int runnerUp = -1;
        for (int j = 0; j < u.length; j++) {
            if (j != choice && u[j] > best) {
                best = u[j];
                runnerUp = j;
            }
        }
        StringBuilder why = new StringBuilder("expected gain ").append(fmt(u[choice]));
        if (runnerUp >= 0) {
            why.append(" against ").append(fmt(u[runnerUp])).append(" to ")
                .append(ACTIONS[runnerUp] == 0 ? "keep it" : verb(l, ACTIONS[runnerUp]).replaceFirst("s ", " "));
        }
        int action = ACTIONS[choice];
        if (g.grievance(l) > 0 && action * HOSTILE[l] > 0) {
            why.append("; answering ").append(offender(g, l));
        } else if ((g.offset[l] - action) * action < 0) {
            why.append("; back toward the scripted level");
        } else if (u[choice] < best) {
            why.append("; a boundedly rational choice (logit)");
        }
        return why.toString();
    }

    private static String offender(Government g, int l) {
        List<String> who = new ArrayList<>();
        for (int s = 0; s < Government.SOURCES; s++) {
            if (g.grievance[l][s] > 0) {
                who.add(s < StateCode.COUNT ? STATES[s] + "'s move" : RouteCode.values()[s - StateCode.COUNT].id()
                    + "'s tariff cut");
            }
        }
        return String.join(", ", who);
    }

    private static String verb(int l, int action) {
        String up = action > 0 ? "raises" : "lowers";
        return switch (LEVERS[l]) {
            case TARIFF -> up + " its import tariff";
            case VISA -> (action > 0 ? "opens" : "tightens") + " its visa regime";
            case TRANSIT_TARIFF -> up + " its transit tariff";
            case CORRIDOR -> up + " its corridor investment";
            case STANCE -> (action > 0 ? "hardens" : "softens") + " its border stance";
            case INVESTMENT -> (action > 0 ? "steps up" : "scales back") + " its investment promotion";
            case AID, SUMMIT, PARTNER_VISA -> throw new IllegalStateException("a yes-or-no lever has answers, not steps");
        };
    }

    private static String format(int l, double v) {
        String sign = v < 0 ? "-" : "";
        double a = Math.abs(v);
        return switch (LEVERS[l]) {
            case TARIFF -> fixed(100 * a, 1) + "%";
            case VISA, STANCE, INVESTMENT -> sign + fixed(a, 2);
            case AID, SUMMIT, PARTNER_VISA -> throw new IllegalStateException("a yes-or-no lever has no value");
            case TRANSIT_TARIFF -> sign + fixed(a, 0) + " USD/t on the route";
            case CORRIDOR -> fixed(a, 2) + " bn USD/yr";
        };
    }

    /** A signed number with two decimals ({@code +0.12}), without the cost of {@code String.format}. */
    static String fmt(double v) {
        return (v < 0 ? "-" : "+") + fixed(Math.abs(v), 2);
    }

    /** A non-negative number with the given decimals, rounded half up. */
    static String fixed(double v, int decimals) {
        long scale = decimals == 0 ? 1 : decimals == 1 ? 10 : 100;
        long r = Math.round(v * scale);
        if (decimals == 0) {
            return Long.toString(r);
        }
        String frac = Long.toString(r % scale);
        return (r / scale) + "." + (frac.length() < decimals ? "0".repeat(decimals - frac.length()) + frac : frac);
    }
}
