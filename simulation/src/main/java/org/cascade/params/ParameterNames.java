package org.cascade.params;

import org.cascade.region.InstitutionCode;
import org.cascade.region.PartnerCode;
import org.cascade.region.RouteCode;
import org.cascade.region.StateCode;

/**
 * The one place where the names of per-subject parameters are composed ({@code route.middle-corridor.tariff},
 * {@code policy.KZ.visa_openness}, ...). The registry defines parameters with these helpers, and the model and the
 * UI look them up with the same helpers, so no code builds such a name from strings or parses one back by its shape.
 */
public final class ParameterNames {
    /** Per-route conditions. */
    public enum RouteField {
        CAPACITY("capacity"), TARIFF("tariff"), TRANSIT_DAYS("transit_days"), RELIABILITY("reliability");

        private final String id;

        RouteField(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    /** Per-state policy levers and state characteristics. */
    public enum PolicyField {
        TARIFF("tariff"), VISA_OPENNESS("visa_openness"), CORRIDOR_INVESTMENT("corridor_investment"),
        OUTWARD_INVESTMENT("outward_investment"), STANCE("stance"), POLITICAL_WILL("political_will"),
        STABILITY("stability"), TREND_GROWTH("trend_growth"), INVESTMENT_PROMOTION("investment_promotion");

        private final String id;

        PolicyField(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    /** Per-institution settings. */
    public enum InstitutionField {
        ENABLED("enabled"), SUMMIT_MONTH("summit_month");

        private final String id;

        InstitutionField(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    private ParameterNames() {
    }

    public static String route(RouteCode route, RouteField field) {
        return "route." + route.id() + "." + field.id();
    }

    public static String policy(StateCode state, PolicyField field) {
        return "policy." + state.name() + "." + field.id();
    }

    public static String institution(InstitutionCode institution, InstitutionField field) {
        return "institution." + institution.id() + "." + field.id();
    }

    public static String partnerGrowth(PartnerCode partner) {
        return "partner." + partner.name() + ".growth";
    }
}
