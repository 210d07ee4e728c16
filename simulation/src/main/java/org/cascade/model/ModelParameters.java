package org.cascade.model;

import java.io.Serializable;
import org.cascade.params.ParameterNames;
import org.cascade.params.ParameterNames.InstitutionField;
import org.cascade.params.ParameterNames.PolicyField;
import org.cascade.params.ParameterNames.RouteField;
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
        theta = p.get("trade.elasticity");
        diversion = p.get("trade.diversion");
        eta = p.get("trade.income_elasticity");
        worldGrowth = p.get("trade.world_growth");
        tradeAdjust = p.get("trade.adjustment_rate");
        trustSemi = p.get("trade.trust_semi_elasticity");
        transportShare = p.get("trade.transport_share");
        newPairPotential = p.get("trade.new_pair_potential");
        digitalCut = p.get("trade.digital_cost_cut");
        digital = p.get("connectivity.digital");
        valueOfTime = p.get("route.value_of_time");
        logitScale = p.get("route.logit_scale");
        riskPremium = p.get("route.risk_premium");
        congestionCost = p.get("route.congestion_cost");
        congestionPower = p.get("route.congestion_power");
        congestionSmoothing = p.get("route.congestion_smoothing");
        investmentLag = (int) p.get("route.investment_lag_months");
        capacityPerBn = p.get("route.capacity_per_bn");
        transitGrowth = p.get("route.transit_growth");
        demandCostScale = p.get("route.demand_cost_scale");
        oilGrowth = p.get("route.oil_growth");
        oilPrice = p.get("oil.price");
        oilRentShare = p.get("oil.rent_share");
        for (RouteCode r : RouteCode.values()) {
            capacity[r.ordinal()] = p.get(ParameterNames.route(r, RouteField.CAPACITY));
            tariff[r.ordinal()] = p.get(ParameterNames.route(r, RouteField.TARIFF));
            transitDays[r.ordinal()] = p.get(ParameterNames.route(r, RouteField.TRANSIT_DAYS));
            reliability[r.ordinal()] = p.get(ParameterNames.route(r, RouteField.RELIABILITY));
        }
        depreciation = p.get("invest.depreciation");
        weightGrowth = p.get("invest.weight_growth");
        weightTrust = p.get("invest.weight_trust");
        weightStability = p.get("invest.weight_stability");
        weightTrade = p.get("invest.weight_trade");
        weightTravel = p.get("invest.weight_travel");
        growthEffect = p.get("invest.growth_effect");
        promotionWeight = p.get("invest.promotion_weight");
        investTradeElasticity = p.get("invest.trade_elasticity");
        investTradeFloor = p.get("invest.trade_floor");
        tradeGain = p.get("gdp.trade_gain");
        for (PartnerCode c : PartnerCode.values()) {
            partnerGrowth[c.ordinal()] = p.get(ParameterNames.partnerGrowth(c));
        }
        tensionDecay = p.get("dispute.tension_decay");
        stanceEffect = p.get("dispute.stance_effect");
        interdependenceCalm = p.get("dispute.interdependence_calm");
        incidentRate = p.get("dispute.incident_rate");
        incidentTension = p.get("dispute.incident_tension");
        incidentFloor = p.get("dispute.incident_floor");
        negotiationBase = p.get("dispute.negotiation_base");
        negotiationTrust = p.get("dispute.negotiation_trust");
        negotiationWill = p.get("dispute.negotiation_will");
        progressPerRound = p.get("dispute.progress_per_round");
        clashRate = p.get("dispute.clash_rate");
        clashThreshold = p.get("dispute.clash_threshold");
        closureMonths = (int) p.get("dispute.closure_months");
        clashGdpCost = p.get("dispute.clash_gdp_cost");
        closedFriction = p.get("dispute.closed_border_friction");
        unsettledFriction = p.get("dispute.unsettled_friction");
        mediation = p.get("dispute.mediation");
        settledClashFactor = p.get("dispute.settled_clash_factor");
        clashProgressLoss = p.get("dispute.clash_progress_loss");
        embargoLiftRate = p.get("dispute.embargo_lift_rate");
        observerWeight = p.get("diplomacy.observer_weight");
        closedBorderTravel = p.get("travel.closed_border_share");
        lossRecoveryMonths = (int) p.get("shock.loss_recovery_months");
        trustDecay = p.get("trust.decay");
        trustInterdependence = p.get("trust.interdependence_gain");
        summitGain = p.get("trust.summit_gain");
        assistGain = p.get("trust.crisis_assist_gain");
        incidentLoss = p.get("trust.incident_loss");
        clashLoss = p.get("trust.clash_loss");
        settlementGain = p.get("trust.settlement_gain");
        travelTrustGain = p.get("trust.travel_gain");
        summitBoost = p.get("diplomacy.summit_boost");
        summitMemory = (int) p.get("diplomacy.summit_memory_months");
        for (InstitutionCode i : InstitutionCode.values()) {
            institutionEnabled[i.ordinal()] = p.get(ParameterNames.institution(i, InstitutionField.ENABLED)) > 0;
            summitMonth[i.ordinal()] = (int) p.get(ParameterNames.institution(i, InstitutionField.SUMMIT_MONTH));
        }
        travelAdjust = p.get("travel.adjustment_rate");
        visaElasticity = p.get("travel.visa_elasticity");
        travelTrustSemi = p.get("travel.trust_semi_elasticity");
        linkElasticity = p.get("travel.link_elasticity");
        caspianLinks = p.get("connectivity.caspian_links");
        shocks = p.get("shock.enabled") > 0;
        disasterRate = p.get("shock.disaster_rate");
        disasterCost = p.get("shock.disaster_gdp_cost");
        disasterTradeLoss = p.get("shock.disaster_trade_loss");
        solidarity = p.get("shock.solidarity");
        disruptionRate = p.get("shock.route_disruption_rate");
        disruptionMonths = (int) p.get("shock.route_disruption_months");
        disruptionSeverity = p.get("shock.route_disruption_severity");
        disruptionReliabilityLoss = p.get("shock.route_disruption_reliability_loss");
        commodityVolatility = p.get("shock.commodity_volatility");
        commodityPersistence = p.get("shock.commodity_persistence");
        commodityElasticity = p.get("shock.commodity_gdp_elasticity");
        for (StateCode s : StateCode.values()) {
            int i = s.ordinal();
            importTariff[i] = p.get(ParameterNames.policy(s, PolicyField.TARIFF));
            visaOpenness[i] = p.get(ParameterNames.policy(s, PolicyField.VISA_OPENNESS));
            corridorInvestment[i] = p.getOr(ParameterNames.policy(s, PolicyField.CORRIDOR_INVESTMENT), 0);
            outwardInvestment[i] = p.get(ParameterNames.policy(s, PolicyField.OUTWARD_INVESTMENT));
            investmentPromotion[i] = p.get(ParameterNames.policy(s, PolicyField.INVESTMENT_PROMOTION));
            stance[i] = p.getOr(ParameterNames.policy(s, PolicyField.STANCE), 0);
            politicalWill[i] = p.getOr(ParameterNames.policy(s, PolicyField.POLITICAL_WILL), 0);
            stability[i] = p.get(ParameterNames.policy(s, PolicyField.STABILITY));
            trendGrowth[i] = p.get(ParameterNames.policy(s, PolicyField.TREND_GROWTH));
        }
    }
}
