package org.cascade.scenario;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Kinds of dated scenario event, with the fields each one takes in a scenario file.
 * {@code target} is what the event acts on; its kind is given by {@link Target}.
 */
public enum EventType {
    /** Set a registry parameter from this month on: fields {@code parameter}, {@code value}. */
    SET("set", Target.PARAMETER, true, false),
    /** A treaty settles the border and opens it: field {@code dispute}. */
    BORDER_SETTLED("border_settled", Target.DISPUTE, false, false),
    /** The border opens (checkpoints, transit ban lifted): field {@code dispute}. */
    BORDER_OPEN("border_open", Target.DISPUTE, false, false),
    /** The border closes: fields {@code dispute}, optional {@code months} (default dispute.closure_months). */
    BORDER_CLOSE("border_close", Target.DISPUTE, false, true),
    /** Negotiation progress is added (a text agreed, a treaty initialled): fields {@code dispute}, {@code value} in [0,1]. */
    NEGOTIATION("negotiation", Target.DISPUTE, true, false),
    /** An armed clash: fields {@code dispute}, optional {@code value} severity in [0,1] (default 1). */
    CLASH("clash", Target.DISPUTE, true, false),
    /** A settled dispute reopens: fields {@code dispute}, {@code value} = undelimited share in (0,1]. */
    DISPUTE_REOPEN("dispute_reopen", Target.DISPUTE, true, false),
    /** An extra summit of an institution: field {@code institution}. */
    SUMMIT("summit", Target.INSTITUTION, false, false),
    /** A state joins an institution as a full participant: fields {@code institution}, {@code state}. */
    JOIN("join", Target.INSTITUTION, false, false),
    /** A route loses part of its capacity for a while: fields {@code route}, {@code value} share lost, {@code months}. */
    ROUTE_DISRUPTION("route_disruption", Target.ROUTE, true, true),
    /** Money spent on a route; capacity follows after route.investment_lag_months: {@code route}, {@code value} bn USD. */
    ROUTE_INVESTMENT("route_investment", Target.ROUTE, true, false),
    /** A disaster or accident in a state; neighbours choose to assist: fields {@code state}, {@code value} severity. */
    CRISIS("crisis", Target.STATE, true, false),
    /** A direct change of a pair's trust: fields {@code pair}, {@code value} (may be negative). */
    TRUST("trust", Target.PAIR, true, false),
    /** A jump in the log commodity price: field {@code value} (e.g. -0.3 for a 26% fall). */
    COMMODITY_SHOCK("commodity_shock", Target.NONE, true, false);

    /** What an event's target names. */
    public enum Target { PARAMETER, DISPUTE, INSTITUTION, ROUTE, STATE, PAIR, NONE }

    private final String id;
    private final Target target;
    private final boolean takesValue;
    private final boolean takesMonths;

    EventType(String id, Target target, boolean takesValue, boolean takesMonths) {
        this.id = id;
        this.target = target;
        this.takesValue = takesValue;
        this.takesMonths = takesMonths;
    }

    public String id() {
        return id;
    }

    public Target target() {
        return target;
    }

    public boolean takesValue() {
        return takesValue;
    }

    public boolean takesMonths() {
        return takesMonths;
    }

    public static Optional<EventType> byId(String text) {
        return Arrays.stream(values()).filter(t -> t.id.equalsIgnoreCase(text.trim())).findFirst();
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(EventType::id).toList();
    }
}
