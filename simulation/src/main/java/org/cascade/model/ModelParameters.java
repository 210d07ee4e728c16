package org.cascade.model;

import java.io.Serializable;
import java.util.function.Function;
import org.cascade.params.ParameterNames;
import org.cascade.params.ParameterNames.InstitutionField;
import org.cascade.params.ParameterNames.PolicyField;
import org.cascade.params.ParameterNames.RouteField;
import org.cascade.params.ParameterRegistry;
import org.cascade.params.ParameterSet;
import org.cascade.region.InstitutionCode;
import org.cascade.region.PartnerCode;
import org.cascade.region.RouteCode;
import org.cascade.region.StateCode;

/**
 * The current parameter values, copied into fields so that the monthly processes read them without map look-ups.
 * Rebuilt from the {@link ParameterSet} whenever a scenario event changes a parameter.
 */
final class ModelParameters implements Serializable {
    private static final long serialVersionUID = 1L;

    // The registry positions of the parameters read below, looked up once: a run reads them all when it starts (twice),
    // and by name each read was a map look-up, which also made this constructor the JIT's costliest compilation.
    // A name the registry lacks fails here, when the class loads; one it defines only for some subjects reads -1.
    private static final int THETA = at("trade.elasticity");
    private static final int DIVERSION = at("trade.diversion");
    private static final int ETA = at("trade.income_elasticity");
    private static final int WORLD_GROWTH = at("trade.world_growth");
    private static final int TRADE_ADJUST = at("trade.adjustment_rate");
    private static final int TRUST_SEMI = at("trade.trust_semi_elasticity");
    private static final int TRANSPORT_SHARE = at("trade.transport_share");
    private static final int NEW_PAIR_POTENTIAL = at("trade.new_pair_potential");
    private static final int DIGITAL_CUT = at("trade.digital_cost_cut");
    private static final int DIGITAL = at("connectivity.digital");
    private static final int VALUE_OF_TIME = at("route.value_of_time");
    private static final int LOGIT_SCALE = at("route.logit_scale");
    private static final int RISK_PREMIUM = at("route.risk_premium");
    private static final int CONGESTION_COST = at("route.congestion_cost");
    private static final int CONGESTION_POWER = at("route.congestion_power");
    private static final int CONGESTION_SMOOTHING = at("route.congestion_smoothing");
    private static final int INVESTMENT_LAG = at("route.investment_lag_months");
    private static final int CAPACITY_PER_BN = at("route.capacity_per_bn");
    private static final int TRANSIT_GROWTH = at("route.transit_growth");
    private static final int DEMAND_COST_SCALE = at("route.demand_cost_scale");
    private static final int OIL_GROWTH = at("route.oil_growth");
    private static final int OIL_PRICE = at("oil.price");
    private static final int OIL_RENT_SHARE = at("oil.rent_share");
    private static final int DEPRECIATION = at("invest.depreciation");
    private static final int WEIGHT_GROWTH = at("invest.weight_growth");
    private static final int WEIGHT_TRUST = at("invest.weight_trust");
    private static final int WEIGHT_STABILITY = at("invest.weight_stability");
    private static final int WEIGHT_TRADE = at("invest.weight_trade");
    private static final int WEIGHT_TRAVEL = at("invest.weight_travel");
    private static final int GROWTH_EFFECT = at("invest.growth_effect");
    private static final int PROMOTION_WEIGHT = at("invest.promotion_weight");
    private static final int INVEST_TRADE_ELASTICITY = at("invest.trade_elasticity");
    private static final int INVEST_TRADE_FLOOR = at("invest.trade_floor");
    private static final int TRADE_GAIN = at("gdp.trade_gain");
    private static final int TENSION_DECAY = at("dispute.tension_decay");
    private static final int STANCE_EFFECT = at("dispute.stance_effect");
    private static final int INTERDEPENDENCE_CALM = at("dispute.interdependence_calm");
    private static final int INCIDENT_RATE = at("dispute.incident_rate");
    private static final int INCIDENT_TENSION = at("dispute.incident_tension");
    private static final int INCIDENT_FLOOR = at("dispute.incident_floor");
    private static final int NEGOTIATION_BASE = at("dispute.negotiation_base");
    private static final int NEGOTIATION_TRUST = at("dispute.negotiation_trust");
    private static final int NEGOTIATION_WILL = at("dispute.negotiation_will");
    private static final int PROGRESS_PER_ROUND = at("dispute.progress_per_round");
    private static final int CLASH_RATE = at("dispute.clash_rate");
    private static final int CLASH_THRESHOLD = at("dispute.clash_threshold");
    private static final int CLOSURE_MONTHS = at("dispute.closure_months");
    private static final int CLASH_GDP_COST = at("dispute.clash_gdp_cost");
    private static final int CLOSED_FRICTION = at("dispute.closed_border_friction");
    private static final int UNSETTLED_FRICTION = at("dispute.unsettled_friction");
    private static final int MEDIATION = at("dispute.mediation");
    private static final int SETTLED_CLASH_FACTOR = at("dispute.settled_clash_factor");
    private static final int CLASH_PROGRESS_LOSS = at("dispute.clash_progress_loss");
    private static final int EMBARGO_LIFT_RATE = at("dispute.embargo_lift_rate");
    private static final int OBSERVER_WEIGHT = at("diplomacy.observer_weight");
    private static final int CLOSED_BORDER_TRAVEL = at("travel.closed_border_share");
    private static final int LOSS_RECOVERY_MONTHS = at("shock.loss_recovery_months");
    private static final int TRUST_DECAY = at("trust.decay");
    private static final int TRUST_INTERDEPENDENCE = at("trust.interdependence_gain");
    private static final int SUMMIT_GAIN = at("trust.summit_gain");
    private static final int ASSIST_GAIN = at("trust.crisis_assist_gain");
    private static final int INCIDENT_LOSS = at("trust.incident_loss");
    private static final int CLASH_LOSS = at("trust.clash_loss");
    private static final int SETTLEMENT_GAIN = at("trust.settlement_gain");
    private static final int TRAVEL_TRUST_GAIN = at("trust.travel_gain");
    private static final int SUMMIT_BOOST = at("diplomacy.summit_boost");
    private static final int SUMMIT_MEMORY = at("diplomacy.summit_memory_months");
    private static final int TRAVEL_ADJUST = at("travel.adjustment_rate");
    private static final int VISA_ELASTICITY = at("travel.visa_elasticity");
    private static final int TRAVEL_TRUST_SEMI = at("travel.trust_semi_elasticity");
    private static final int LINK_ELASTICITY = at("travel.link_elasticity");
    private static final int CASPIAN_LINKS = at("connectivity.caspian_links");
    private static final int DISASTER_RATE = at("shock.disaster_rate");
    private static final int DISASTER_COST = at("shock.disaster_gdp_cost");
    private static final int DISASTER_TRADE_LOSS = at("shock.disaster_trade_loss");
    private static final int SOLIDARITY = at("shock.solidarity");
    private static final int DISRUPTION_RATE = at("shock.route_disruption_rate");
    private static final int DISRUPTION_MONTHS = at("shock.route_disruption_months");
    private static final int DISRUPTION_SEVERITY = at("shock.route_disruption_severity");
    private static final int DISRUPTION_RELIABILITY_LOSS = at("shock.route_disruption_reliability_loss");
    private static final int COMMODITY_VOLATILITY = at("shock.commodity_volatility");
    private static final int COMMODITY_PERSISTENCE = at("shock.commodity_persistence");
    private static final int COMMODITY_ELASTICITY = at("shock.commodity_gdp_elasticity");
    private static final int SHOCKS = at("shock.enabled");
    private static final int[] ROUTE_CAPACITY = at(RouteCode.values(), r -> ParameterNames.route(r, RouteField.CAPACITY));
    private static final int[] ROUTE_TARIFF = at(RouteCode.values(), r -> ParameterNames.route(r, RouteField.TARIFF));
    private static final int[] ROUTE_TRANSIT_DAYS = at(RouteCode.values(),
        r -> ParameterNames.route(r, RouteField.TRANSIT_DAYS));
    private static final int[] ROUTE_RELIABILITY = at(RouteCode.values(),
        r -> ParameterNames.route(r, RouteField.RELIABILITY));
    private static final int[] PARTNER_GROWTH = at(PartnerCode.values(), ParameterNames::partnerGrowth);
    private static final int[] INSTITUTION_ENABLED = at(InstitutionCode.values(),
        i -> ParameterNames.institution(i, InstitutionField.ENABLED));
    private static final int[] SUMMIT_MONTH = at(InstitutionCode.values(),
        i -> ParameterNames.institution(i, InstitutionField.SUMMIT_MONTH));
    private static final int[] IMPORT_TARIFF = policy(PolicyField.TARIFF);
    private static final int[] VISA_OPENNESS = policy(PolicyField.VISA_OPENNESS);
    private static final int[] CORRIDOR_INVESTMENT = policyWhereDefined(PolicyField.CORRIDOR_INVESTMENT);
    private static final int[] OUTWARD_INVESTMENT = policy(PolicyField.OUTWARD_INVESTMENT);
    private static final int[] INVESTMENT_PROMOTION = policy(PolicyField.INVESTMENT_PROMOTION);
    private static final int[] STANCE = policyWhereDefined(PolicyField.STANCE);
    private static final int[] POLITICAL_WILL = policyWhereDefined(PolicyField.POLITICAL_WILL);
    private static final int[] STABILITY = policy(PolicyField.STABILITY);
    private static final int[] TREND_GROWTH = policy(PolicyField.TREND_GROWTH);

    final double theta;
    final double diversion;
    final double eta;
    final double worldGrowth;
    final double tradeAdjust;
    final double trustSemi;
    final double transportShare;
    final double newPairPotential;
    final double digitalCut;
    final double digital;
    final double valueOfTime;
    /** Not final: China's routing sensitivity (outside powers, {@link OutsidePowers}) rescales it. */
    double logitScale;
    final double riskPremium;
    final double congestionCost;
    final double congestionPower;
    final double congestionSmoothing;
    final int investmentLag;
    final double capacityPerBn;
    final double transitGrowth;
    final double demandCostScale;
    final double oilGrowth;
    final double oilPrice;
    final double oilRentShare;
    final double[] capacity = new double[RouteCode.COUNT];
    final double[] tariff = new double[RouteCode.COUNT];
    final double[] transitDays = new double[RouteCode.COUNT];
    final double[] reliability = new double[RouteCode.COUNT];

    final double depreciation;
    final double weightGrowth;
    final double weightTrust;
    final double weightStability;
    final double weightTrade;
    final double weightTravel;
    final double growthEffect;
    final double promotionWeight;
    final double investTradeElasticity;
    final double investTradeFloor;
    final double tradeGain;
    final double[] partnerGrowth = new double[PartnerCode.COUNT];

    final double tensionDecay;
    final double stanceEffect;
    final double interdependenceCalm;
    final double incidentRate;
    final double incidentTension;
    final double incidentFloor;
    final double negotiationBase;
    final double negotiationTrust;
    final double negotiationWill;
    final double progressPerRound;
    final double clashRate;
    final double clashThreshold;
    final int closureMonths;
    final double clashGdpCost;
    final double closedFriction;
    final double unsettledFriction;
    final double mediation;
    final double settledClashFactor;
    final double clashProgressLoss;
    final double embargoLiftRate;
    final double observerWeight;
    final double closedBorderTravel;
    final int lossRecoveryMonths;

    final double trustDecay;
    final double trustInterdependence;
    final double summitGain;
    final double assistGain;
    final double incidentLoss;
    final double clashLoss;
    final double settlementGain;
    final double travelTrustGain;
    final double summitBoost;
    final int summitMemory;
    final boolean[] institutionEnabled = new boolean[InstitutionCode.COUNT];
    final int[] summitMonth = new int[InstitutionCode.COUNT];
    final double travelAdjust;
    final double visaElasticity;
    final double travelTrustSemi;
    final double linkElasticity;
    final double caspianLinks;

    final boolean shocks;
    final double disasterRate;
    final double disasterCost;
    final double disasterTradeLoss;
    final double solidarity;
    final double disruptionRate;
    final int disruptionMonths;
    final double disruptionSeverity;
    final double disruptionReliabilityLoss;
    final double commodityVolatility;
    final double commodityPersistence;
    final double commodityElasticity;

    final double[] importTariff = new double[StateCode.COUNT];
    final double[] visaOpenness = new double[StateCode.COUNT];
    /**
     * Offset of state i's visa openness toward partner j from its general openness, set by its government's partner
     * visa lever (MODEL.md 7.11; 0 while that lever is scripted).
     */
    final double[][] visaOffset = new double[StateCode.COUNT][StateCode.COUNT];
    final double[] corridorInvestment = new double[StateCode.COUNT];
    final double[] outwardInvestment = new double[StateCode.COUNT];
    final double[] investmentPromotion = new double[StateCode.COUNT];
    final double[] stance = new double[StateCode.COUNT];
    final double[] politicalWill = new double[StateCode.COUNT];
    final double[] stability = new double[StateCode.COUNT];
    final double[] trendGrowth = new double[StateCode.COUNT];

    ModelParameters(ParameterSet p) {
        theta = p.get(THETA);
        diversion = p.get(DIVERSION);
        eta = p.get(ETA);
        worldGrowth = p.get(WORLD_GROWTH);
        tradeAdjust = p.get(TRADE_ADJUST);
        trustSemi = p.get(TRUST_SEMI);
        transportShare = p.get(TRANSPORT_SHARE);
        newPairPotential = p.get(NEW_PAIR_POTENTIAL);
        digitalCut = p.get(DIGITAL_CUT);
        digital = p.get(DIGITAL);
        valueOfTime = p.get(VALUE_OF_TIME);
        logitScale = p.get(LOGIT_SCALE);
        riskPremium = p.get(RISK_PREMIUM);
        congestionCost = p.get(CONGESTION_COST);
        congestionPower = p.get(CONGESTION_POWER);
        congestionSmoothing = p.get(CONGESTION_SMOOTHING);
        investmentLag = (int) p.get(INVESTMENT_LAG);
        capacityPerBn = p.get(CAPACITY_PER_BN);
        transitGrowth = p.get(TRANSIT_GROWTH);
        demandCostScale = p.get(DEMAND_COST_SCALE);
        oilGrowth = p.get(OIL_GROWTH);
        oilPrice = p.get(OIL_PRICE);
        oilRentShare = p.get(OIL_RENT_SHARE);
        for (RouteCode r : RouteCode.values()) {
            capacity[r.ordinal()] = p.get(ROUTE_CAPACITY[r.ordinal()]);
            tariff[r.ordinal()] = p.get(ROUTE_TARIFF[r.ordinal()]);
            transitDays[r.ordinal()] = p.get(ROUTE_TRANSIT_DAYS[r.ordinal()]);
            reliability[r.ordinal()] = p.get(ROUTE_RELIABILITY[r.ordinal()]);
        }
        depreciation = p.get(DEPRECIATION);
        weightGrowth = p.get(WEIGHT_GROWTH);
        weightTrust = p.get(WEIGHT_TRUST);
        weightStability = p.get(WEIGHT_STABILITY);
        weightTrade = p.get(WEIGHT_TRADE);
        weightTravel = p.get(WEIGHT_TRAVEL);
        growthEffect = p.get(GROWTH_EFFECT);
        promotionWeight = p.get(PROMOTION_WEIGHT);
        investTradeElasticity = p.get(INVEST_TRADE_ELASTICITY);
        investTradeFloor = p.get(INVEST_TRADE_FLOOR);
        tradeGain = p.get(TRADE_GAIN);
        for (PartnerCode c : PartnerCode.values()) {
            partnerGrowth[c.ordinal()] = p.get(PARTNER_GROWTH[c.ordinal()]);
        }
        tensionDecay = p.get(TENSION_DECAY);
        stanceEffect = p.get(STANCE_EFFECT);
        interdependenceCalm = p.get(INTERDEPENDENCE_CALM);
        incidentRate = p.get(INCIDENT_RATE);
        incidentTension = p.get(INCIDENT_TENSION);
        incidentFloor = p.get(INCIDENT_FLOOR);
        negotiationBase = p.get(NEGOTIATION_BASE);
        negotiationTrust = p.get(NEGOTIATION_TRUST);
        negotiationWill = p.get(NEGOTIATION_WILL);
        progressPerRound = p.get(PROGRESS_PER_ROUND);
        clashRate = p.get(CLASH_RATE);
        clashThreshold = p.get(CLASH_THRESHOLD);
        closureMonths = (int) p.get(CLOSURE_MONTHS);
        clashGdpCost = p.get(CLASH_GDP_COST);
        closedFriction = p.get(CLOSED_FRICTION);
        unsettledFriction = p.get(UNSETTLED_FRICTION);
        mediation = p.get(MEDIATION);
        settledClashFactor = p.get(SETTLED_CLASH_FACTOR);
        clashProgressLoss = p.get(CLASH_PROGRESS_LOSS);
        embargoLiftRate = p.get(EMBARGO_LIFT_RATE);
        observerWeight = p.get(OBSERVER_WEIGHT);
        closedBorderTravel = p.get(CLOSED_BORDER_TRAVEL);
        lossRecoveryMonths = (int) p.get(LOSS_RECOVERY_MONTHS);
        trustDecay = p.get(TRUST_DECAY);
        trustInterdependence = p.get(TRUST_INTERDEPENDENCE);
        summitGain = p.get(SUMMIT_GAIN);
        assistGain = p.get(ASSIST_GAIN);
        incidentLoss = p.get(INCIDENT_LOSS);
        clashLoss = p.get(CLASH_LOSS);
        settlementGain = p.get(SETTLEMENT_GAIN);
        travelTrustGain = p.get(TRAVEL_TRUST_GAIN);
        summitBoost = p.get(SUMMIT_BOOST);
        summitMemory = (int) p.get(SUMMIT_MEMORY);
        for (InstitutionCode i : InstitutionCode.values()) {
            institutionEnabled[i.ordinal()] = p.get(INSTITUTION_ENABLED[i.ordinal()]) > 0;
            summitMonth[i.ordinal()] = (int) p.get(SUMMIT_MONTH[i.ordinal()]);
        }
        travelAdjust = p.get(TRAVEL_ADJUST);
        visaElasticity = p.get(VISA_ELASTICITY);
        travelTrustSemi = p.get(TRAVEL_TRUST_SEMI);
        linkElasticity = p.get(LINK_ELASTICITY);
        caspianLinks = p.get(CASPIAN_LINKS);
        shocks = p.get(SHOCKS) > 0;
        disasterRate = p.get(DISASTER_RATE);
        disasterCost = p.get(DISASTER_COST);
        disasterTradeLoss = p.get(DISASTER_TRADE_LOSS);
        solidarity = p.get(SOLIDARITY);
        disruptionRate = p.get(DISRUPTION_RATE);
        disruptionMonths = (int) p.get(DISRUPTION_MONTHS);
        disruptionSeverity = p.get(DISRUPTION_SEVERITY);
        disruptionReliabilityLoss = p.get(DISRUPTION_RELIABILITY_LOSS);
        commodityVolatility = p.get(COMMODITY_VOLATILITY);
        commodityPersistence = p.get(COMMODITY_PERSISTENCE);
        commodityElasticity = p.get(COMMODITY_ELASTICITY);
        for (StateCode s : StateCode.values()) {
            int i = s.ordinal();
            importTariff[i] = p.get(IMPORT_TARIFF[i]);
            visaOpenness[i] = p.get(VISA_OPENNESS[i]);
            corridorInvestment[i] = valueOr(p, CORRIDOR_INVESTMENT[i]);
            outwardInvestment[i] = p.get(OUTWARD_INVESTMENT[i]);
            investmentPromotion[i] = p.get(INVESTMENT_PROMOTION[i]);
            stance[i] = valueOr(p, STANCE[i]);
            politicalWill[i] = valueOr(p, POLITICAL_WILL[i]);
            stability[i] = p.get(STABILITY[i]);
            trendGrowth[i] = p.get(TREND_GROWTH[i]);
        }
    }

    private static int at(String name) {
        ParameterRegistry.get().require(name);
        return ParameterRegistry.get().position(name);
    }

    private static <E> int[] at(E[] subjects, Function<E, String> name) {
        int[] positions = new int[subjects.length];
        for (int k = 0; k < subjects.length; k++) {
            positions[k] = at(name.apply(subjects[k]));
        }
        return positions;
    }

    private static int[] policy(PolicyField field) {
        return at(StateCode.values(), s -> ParameterNames.policy(s, field));
    }

    /** For a policy only some states have (a dispute stance): -1 where the registry has none. */
    private static int[] policyWhereDefined(PolicyField field) {
        int[] positions = new int[StateCode.COUNT];
        for (StateCode s : StateCode.values()) {
            positions[s.ordinal()] = ParameterRegistry.get().position(ParameterNames.policy(s, field));
        }
        return positions;
    }

    /** The value at a position from {@link #policyWhereDefined}: 0 where the parameter is not defined. */
    private static double valueOr(ParameterSet p, int position) {
        return position < 0 ? 0 : p.get(position);
    }
}
