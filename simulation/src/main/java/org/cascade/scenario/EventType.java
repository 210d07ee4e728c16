package org.cascade.scenario;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.cascade.params.Parameter;

/**
 * The scenario-file vocabulary of dated events: each kind's id, the field naming what it acts on ({@link Target}),
 * the range of its {@code value} and whether it takes {@code months}. The loader checks a file against this, and the
 * {@link ScenarioEvent} records check themselves against the same ranges, so the two cannot disagree.
 */
public enum EventType {
    /** Set a registry parameter from this month on: fields {@code parameter}, {@code value} (the parameter's range). */
    SET("set", Target.PARAMETER, null, false),
    /** A treaty settles the border and opens it: field {@code dispute}. */
    BORDER_SETTLED("border_settled", Target.DISPUTE, null, false),
    /** The border opens (checkpoints, transit ban lifted): field {@code dispute}. */
    BORDER_OPEN("border_open", Target.DISPUTE, null, false),
    /** The border closes: fields {@code dispute}, optional {@code months} (default dispute.closure_months). */
    BORDER_CLOSE("border_close", Target.DISPUTE, null, true),
    /** Negotiation progress is added (a text agreed, a treaty initialled): fields {@code dispute}, {@code value} in (0,1]. */
    NEGOTIATION("negotiation", Target.DISPUTE, new Range(0, false, 1, "progress added toward settlement"), false),
    /** An armed clash: fields {@code dispute}, optional {@code value} severity in (0,1] (default 1). */
    CLASH("clash", Target.DISPUTE, new Range(0, false, 1, "severity; leave out for 1"), false),
    /** A settled dispute reopens: fields {@code dispute}, {@code value} = undelimited share in (0,1]. */
    DISPUTE_REOPEN("dispute_reopen", Target.DISPUTE, new Range(0, false, 1, "share of the border undelimited again"),
        false),
    /** An extra summit of an institution: field {@code institution}. */
    SUMMIT("summit", Target.INSTITUTION, null, false),
    /** A state joins an institution as a full participant: fields {@code institution}, {@code state}. */
    JOIN("join", Target.INSTITUTION, null, false),
    /** A route loses part of its capacity for a while: fields {@code route}, {@code value} share lost in (0,1], {@code months}. */
    ROUTE_DISRUPTION("route_disruption", Target.ROUTE, new Range(0, false, 1, "share of capacity lost"), true),
    /** Money spent on a route; capacity follows after route.investment_lag_months: {@code route}, {@code value} bn USD in (0,100]. */
    ROUTE_INVESTMENT("route_investment", Target.ROUTE, new Range(0, false, 100, "bn USD"), false),
    /** A disaster or accident in a state; neighbours choose to assist: fields {@code state}, {@code value} severity in (0,1]. */
    CRISIS("crisis", Target.STATE, new Range(0, false, 1, "severity"), false),
    /** A direct change of a pair's trust: fields {@code pair}, {@code value} in [-1,1] (may be negative). */
    TRUST("trust", Target.PAIR, new Range(-1, true, 1, "change of the pair's trust"), false),
    /** A jump in the log commodity price: field {@code value} in [-2,2] (e.g. -0.3 for a 26% fall). */
    COMMODITY_SHOCK("commodity_shock", Target.NONE, new Range(-2, true, 2, "change of the log commodity price"), false);

    /** Largest {@code months} accepted: the longest horizon. */
    public static final int MAX_MONTHS = Scenario.MAX_YEARS * 12;

    /** What an event's target names. */
    public enum Target { PARAMETER, DISPUTE, INSTITUTION, ROUTE, STATE, PAIR, NONE }

    /**
     * Allowed values of an event's {@code value}: {@code (min, max]} or {@code [min, max]}.
     *
     * @param meaning what the value stands for, shown with the range in messages
     */
    public record Range(double min, boolean minIncluded, double max, String meaning) {
        public boolean contains(double v) {
            return (minIncluded ? v >= min : v > min) && v <= max;
        }

        /** "(0, 1] (severity)". */
        public String describe() {
            return (minIncluded ? "[" : "(") + Parameter.format(min) + ", " + Parameter.format(max) + "] (" + meaning + ")";
        }
    }

    private final String id;
    private final Target target;
    private final Range range;
    private final boolean takesMonths;

    EventType(String id, Target target, Range range, boolean takesMonths) {
        this.id = id;
        this.target = target;
        this.range = range;
        this.takesMonths = takesMonths;
    }

    public String id() {
        return id;
    }

    public Target target() {
        return target;
    }

    /** Whether the type has a {@code value} field; {@link #SET} takes one in its parameter's range. */
    public boolean takesValue() {
        return range != null || this == SET;
    }

    public boolean takesMonths() {
        return takesMonths;
    }

    /** The range of {@code value}; empty for {@link #SET} (the parameter's range) and types without a value. */
    public Optional<Range> range() {
        return Optional.ofNullable(range);
    }

    /** Empty when {@code v} is an allowed value for this type (not {@link #SET}), otherwise why not. */
    public String problemWithValue(double v) {
        if (range == null) {
            throw new IllegalStateException("'" + id + "' has no value range of its own");
        }
        return range.contains(v) ? "" : Parameter.format(v) + " is out of range for a '" + id + "' event; allowed "
            + range.describe();
    }

    /** Empty when {@code months} is an allowed duration for this type, otherwise why not. */
    public String problemWithMonths(int months) {
        if (!takesMonths) {
            throw new IllegalStateException("'" + id + "' takes no months");
        }
        return months >= 1 && months <= MAX_MONTHS ? "" : months + " is out of range; allowed [1, " + MAX_MONTHS + "]";
    }

    public static Optional<EventType> byId(String text) {
        return Arrays.stream(values()).filter(t -> t.id.equalsIgnoreCase(text.trim())).findFirst();
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(EventType::id).toList();
    }
}
