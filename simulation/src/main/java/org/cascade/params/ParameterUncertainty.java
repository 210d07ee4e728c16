package org.cascade.params;

import static org.cascade.params.Distribution.logUniform;
import static org.cascade.params.Distribution.triangular;
import static org.cascade.params.Distribution.uniform;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What we do not know about the behavioural parameters: for each one that is a judgement, a distribution of the values
 * we find plausible, with its own source or stated assumption. Parameter-uncertainty ensembles draw from these
 * (MODEL.md, section 9.1). Policy levers have none (they are what a scenario asks about, not what we are unsure of);
 * the parameters in {@link #fixed()} are judgements deliberately left fixed, each with its reason.
 * <p>
 * Most ranges are stated assumptions: half to one and a half times the default for a weight or a semi-elasticity
 * where nothing narrower is known, a factor of two either side (log-uniform) for a rate or a scale whose order of
 * magnitude is the judgement, and narrower ranges where the parameter's own source bounds it.
 */
public final class ParameterUncertainty {

    /**
     * A parameter's distribution, checked when built: the parameter is behavioural, the distribution lies inside its
     * allowed range and contains its default, and for a whole-number parameter the ends are whole numbers (draws are
     * rounded to the nearest whole number).
     */
    public record Entry(Parameter parameter, Distribution distribution, String source) implements Serializable {
        public Entry {
            Objects.requireNonNull(parameter);
            Objects.requireNonNull(distribution);
            String name = parameter.name();
            if (source == null || source.isBlank()) {
                throw new IllegalArgumentException(name + ": an uncertainty range needs a source or a stated assumption");
            }
            if (parameter.isLever()) {
                throw new IllegalArgumentException(name + ": a policy lever gets no uncertainty range (a scenario sets it)");
            }
            if (distribution.low() < parameter.min() || distribution.high() > parameter.max()) {
                throw new IllegalArgumentException(name + ": " + distribution.describe() + " leaves the allowed range "
                    + parameter.range());
            }
            if (!distribution.contains(parameter.defaultValue())) {
                throw new IllegalArgumentException(name + ": " + distribution.describe() + " does not contain the default "
                    + Parameter.format(parameter.defaultValue()));
            }
            if (parameter.integer() && (distribution.low() != Math.rint(distribution.low())
                || distribution.high() != Math.rint(distribution.high()))) {
                throw new IllegalArgumentException(name + ": a whole-number parameter needs whole ends, got "
                    + distribution.describe());
            }
        }

        public String name() {
            return parameter.name();
        }

        /** The parameter's value at cumulative probability {@code p}, rounded for a whole-number parameter. */
        public double value(double p) {
            double x = distribution.quantile(p);
            return parameter.integer() ? Math.rint(x) : x;
        }
    }

    private static final String HALF = "Assumption: half to 1.5 times the default; no estimate narrows it";
    private static final String FACTOR_TWO = "Assumption: within a factor of 2 of the default, the order of magnitude being the judgement";

    private static final Map<String, Entry> ENTRIES = new LinkedHashMap<>();
    private static final Map<String, String> FIXED = new LinkedHashMap<>();

    static {
        // Trade
        put("trade.elasticity", uniform(3.5, 6),
            "Assumption: the spread of Head and Mayer (2014)'s structural estimates around their 4-5 centre");
        put("trade.adjustment_rate", triangular(0.04, 0.08, 0.16), "Assumption: half-life 4 to 17 months, most likely 8");
        put("trade.diversion", uniform(0.25, 0.75),
            "Assumption: the middle half between no diversion and structural gravity's full reallocation");
        put("trade.trust_semi_elasticity", uniform(0.75, 2.25), HALF);
        put("trade.transport_share", uniform(0.2, 0.3), "The parameter's source: transport ~20-30% of value for bulk goods");
        put("trade.new_pair_potential", uniform(0.1, 0.5), "Assumption: new trade starts at a tenth to a half of gravity's potential");
        put("trade.digital_cost_cut", uniform(0.01, 0.05), "Assumption: 'a few percent' read as 1-5%");
        // Routes
        put("route.value_of_time", logUniform(1.5, 6), "Assumption: 0.1% a day of cargo worth 1,500-6,000 USD/t");
        put("route.logit_scale", triangular(50, 80, 130),
            "Assumption: tuned to the World Bank reform case (~11 Mt in 2030), itself a projection; values that miss it by a few Mt stay plausible");
        put("route.risk_premium", logUniform(150, 600), FACTOR_TWO);
        put("route.congestion_cost", logUniform(30, 120), FACTOR_TWO);
        put("route.investment_lag_months", triangular(12, 24, 36), "Assumption: port and rail projects take 1 to 3 years, most likely 2");
        put("route.capacity_per_bn", logUniform(0.5, 2),
            "Assumption: World Bank (2023) unit costs, within a factor of 2 (cost overruns one way, cheap fleet additions the other)");
        put("route.transit_growth", uniform(0, 0.05), "The parameter's source: China-EU rail 2022-2024 roughly flat to +5%");
        put("route.demand_cost_scale", logUniform(100, 400), FACTOR_TWO);
        put("route.oil_growth", uniform(-0.01, 0.03), "Assumption: Tengiz expansion against OPEC+ quotas, -1% to +3% a year");
        // Investment and GDP
        put("invest.weight_growth", uniform(10, 30), HALF);
        put("invest.weight_trust", uniform(1.5, 4.5), HALF);
        put("invest.weight_stability", uniform(1, 3), HALF);
        put("invest.weight_trade", uniform(0.25, 0.75), HALF);
        put("invest.weight_travel", uniform(0.25, 0.75),
            "Assumption: the interview gives the direction, not the size; half to 1.5 times the default");
        put("invest.trade_floor", logUniform(1e5, 1e7), "Assumption: a tenth to ten times the smallest turnover in the data");
        put("invest.growth_effect", triangular(0.05, 0.15, 0.3), "Assumption: capital share ~0.3, between a sixth and all of it productive");
        put("invest.trade_elasticity", logUniform(0.025, 0.1), FACTOR_TWO);
        put("gdp.trade_gain", uniform(0.15, 0.45), HALF);
        put("oil.rent_share", uniform(0.4, 0.8),
            "World Bank oil rents put it near 0.6-0.8 of export revenue; lower for costs the rents leave out");
        // Disputes
        put("dispute.tension_decay", logUniform(0.015, 0.06), FACTOR_TWO);
        put("dispute.stance_effect", logUniform(0.01, 0.04), FACTOR_TWO);
        put("dispute.interdependence_calm", logUniform(0.01, 0.04), FACTOR_TWO);
        put("dispute.incident_rate", logUniform(0.04, 0.16), "Assumption: the ~7 incidents a year KG-TJ is a weak source; a factor of 2");
        put("dispute.incident_floor", uniform(0.1, 0.4), "Assumption: delimited borders a tenth to 0.4 as incident-prone");
        put("dispute.incident_tension", uniform(0.04, 0.12), HALF);
        put("dispute.negotiation_base", uniform(-6.5, -4.5),
            "Assumption: a breakthrough about e times rarer or likelier than calibrated (MODEL.md 7.7)");
        put("dispute.negotiation_trust", uniform(1.5, 4.5), HALF);
        put("dispute.negotiation_will", uniform(1, 3), HALF);
        put("dispute.progress_per_round", uniform(0.1, 0.2),
            "Assumption: a breakthrough settles a tenth to a fifth of a border (KG-TJ's last 8% in one step)");
        put("dispute.embargo_lift_rate", logUniform(0.0015, 0.006),
            "Assumption: half to twice the default; no AZ-AM opening in 384 months bounds it above by 0.008 (95%)");
        put("dispute.clash_rate", logUniform(0.025, 0.1), FACTOR_TWO);
        put("dispute.clash_threshold", uniform(0.5, 0.7), "Assumption: +-0.1 around the default");
        put("dispute.clash_gdp_cost", uniform(0.005, 0.02), "Assumption: half to twice the default");
        put("dispute.closed_border_friction", uniform(0.36, 0.49),
            "The parameter's source: reopening lifts KG-TJ trade 4x to 6x at the default trade elasticity");
        put("dispute.unsettled_friction", uniform(0.05, 0.2), "Assumption: half to twice the default");
        put("dispute.settled_clash_factor", uniform(0.1, 0.4), "Assumption: delimited borders a tenth to 0.4 as clash-prone");
        put("dispute.clash_progress_loss", uniform(0.1, 0.3), HALF);
        // Trust, diplomacy and travel
        put("trust.decay", logUniform(0.01, 0.04), FACTOR_TWO);
        put("trust.interdependence_gain", logUniform(0.001, 0.004), FACTOR_TWO);
        put("trust.summit_gain", uniform(0.01, 0.03), HALF);
        put("trust.crisis_assist_gain", uniform(0.03, 0.09),
            "Assumption: the interview says the help is remembered, not how much; half to 1.5 times the default");
        put("trust.incident_loss", uniform(0.015, 0.045), HALF);
        put("trust.clash_loss", uniform(0.2, 0.5), "Assumption: +-0.15 around the default");
        put("trust.settlement_gain", uniform(0.075, 0.225), HALF);
        put("trust.travel_gain", logUniform(0.001, 0.004), FACTOR_TWO);
        put("diplomacy.summit_boost", uniform(0.5, 1.5), HALF);
        put("diplomacy.summit_memory_months", uniform(3, 9), "Assumption: a summit's push lasts a quarter to three quarters of a year");
        put("travel.closed_border_share", uniform(0.1, 0.3), HALF);
        put("travel.adjustment_rate", triangular(0.025, 0.05, 0.1), "Assumption: half-life 7 to 27 months, most likely 14");
        put("travel.visa_elasticity", uniform(0.5, 1.5), HALF);
        put("travel.trust_semi_elasticity", uniform(0.5, 1.5), HALF);
        put("travel.link_elasticity", uniform(0.25, 0.75), HALF);
        // Shocks
        put("shock.disaster_rate", logUniform(0.002, 0.008), FACTOR_TWO);
        put("shock.loss_recovery_months", triangular(12, 24, 48), "Assumption: one to four years, most likely two");
        put("shock.disaster_gdp_cost", logUniform(0.002, 0.008), FACTOR_TWO);
        put("shock.disaster_trade_loss", uniform(0.05, 0.2),
            "Gassebner, Keck and Teh (2010) give the sign, not a size for this region: half to twice the default");
        put("shock.solidarity", uniform(0.3, 0.7),
            "Assumption: the AZAL template shows that states help, not how readily; +-0.2 around the default");
        put("shock.route_disruption_rate", logUniform(0.002, 0.008), FACTOR_TWO);
        put("shock.route_disruption_months", triangular(1, 3, 6), "Assumption: one to six months, most likely three");
        put("shock.route_disruption_severity", uniform(0.3, 0.7), "Assumption: +-0.2 around the default");
        put("shock.route_disruption_reliability_loss", uniform(0.25, 0.75), HALF);
        put("shock.commodity_volatility", uniform(0.04, 0.08), "The parameter's source: below Brent's ~8% a month");
        put("shock.commodity_persistence", uniform(0.9, 0.98), "Assumption: a half-life of 7 months to 3 years");
        put("shock.commodity_gdp_elasticity", uniform(0.2, 0.4), "Assumption: +-0.1 around the default");
        // Governments and outside powers (MODEL.md 7.11)
        put("government.rationality", logUniform(15, 60), FACTOR_TWO);
        put("government.adjustment_cost", logUniform(0.075, 0.3), FACTOR_TWO);
        put("government.reciprocity", uniform(0.15, 0.45), HALF);
        put("government.forgiveness_rounds", uniform(2, 8), "Assumption: generous tit for tat forgives after half a year to two years of quarterly decisions");
        put("government.memory", uniform(0.25, 0.75), HALF);
        put("government.grievance_threshold", uniform(2.5, 4), "Assumption: three or four steps of net hostility; at two, single steps taken for other reasons add up to grievances and adaptive-region tightens visas about 50 times in 20 years, against the record");
        put("government.learning_rate", uniform(0.05, 0.15), HALF);
        put("government.decision_months", triangular(1, 3, 6), "Assumption: monthly to half-yearly, most likely quarterly");
        put("government.audience_cost", uniform(0.1, 0.3), HALF);
        put("government.bargaining_noise", logUniform(0.25, 1), FACTOR_TWO);
        put("invest.promotion_weight", uniform(0.5, 1.5), HALF);
        put("government.promotion_cost", logUniform(0.125, 0.5), FACTOR_TWO);
        put("government.aid_cost", logUniform(0.01, 0.04), FACTOR_TWO);
        put("government.summit_cost", logUniform(0.0025, 0.01), FACTOR_TWO);
        put("government.host_cost", logUniform(0.025, 0.1), FACTOR_TWO);
        put("outside.russia_response", uniform(0.25, 0.75), HALF);
        put("outside.china_sensitivity", uniform(0.5, 1.5), HALF);
        put("outside.eu_investment_response", logUniform(0.05, 0.2), FACTOR_TWO);
        for (org.cascade.region.StateCode s : org.cascade.region.StateCode.values()) {
            for (String goal : ParameterRegistry.GOALS) {
                String name = ParameterRegistry.governmentWeight(s, goal);
                double w = ParameterRegistry.get().require(name).defaultValue();
                put(name, uniform(0.5 * w, Math.min(1, 1.5 * w)),
                    "Assumption: half to 1.5 times the default (at most 1); goal weights are judgements");
            }
        }

        FIXED.put("route.congestion_smoothing",
            "numerical damping of a cobweb near capacity (MODEL.md section 10), not a behaviour anyone could measure");
        FIXED.put("dispute.mediation",
            "whether a third party mediates is a scenario's question (0 = none by default), not an unknown of the baseline");
    }

    private ParameterUncertainty() {
    }

    private static void put(String name, Distribution distribution, String source) {
        Entry e = new Entry(ParameterRegistry.get().require(name), distribution, source);
        if (ENTRIES.putIfAbsent(name, e) != null) {
            throw new IllegalStateException("uncertainty range given twice: " + name);
        }
    }

    /** Every entry, in catalogue order (the order of the draws in the provenance). */
    public static List<Entry> all() {
        return List.copyOf(ENTRIES.values());
    }

    public static Optional<Entry> find(String name) {
        return Optional.ofNullable(ENTRIES.get(name));
    }

    /** Judgements left fixed on purpose: name to reason. */
    public static Map<String, String> fixed() {
        return Collections.unmodifiableMap(FIXED);
    }
}
