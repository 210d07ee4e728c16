package org.cascade.scenario;

import java.io.Serializable;
import java.time.YearMonth;
import java.util.Objects;
import java.util.OptionalInt;
import org.cascade.params.Parameter;
import org.cascade.region.Calendar;
import org.cascade.region.DisputeCode;
import org.cascade.region.InstitutionCode;
import org.cascade.region.Pair;
import org.cascade.region.RouteCode;
import org.cascade.region.StateCode;

/**
 * A dated event from a scenario, one record per {@link EventType}, holding typed targets (codes, pairs, registry
 * parameters) rather than names: the loader resolves names once and the model consumes the records with a
 * {@code switch}, with no parsing at run time. Every record checks its values when built, against the same ranges
 * the loader reports ({@link EventType#range()}), so an event that exists is one the model can apply.
 */
public sealed interface ScenarioEvent extends Serializable {
    /** When, why and where from: the part every event carries. */
    Stamp at();

    /** The file-format kind of this event. */
    EventType type();

    default YearMonth date() {
        return at().date();
    }

    /** The model month it fires in (0 = January 2025). */
    default int step() {
        return at().step();
    }

    default String note() {
        return at().note();
    }

    default int line() {
        return at().line();
    }

    /**
     * The canonical name of what the event acts on, as written in outputs: a parameter name, dispute id (KG-TJ),
     * institution id (ots), route id (middle-corridor), state code (KZ) or pair (KZ-AZ); empty for a commodity shock.
     */
    default String target() {
        return switch (this) {
            case SetParameter e -> e.parameter().name();
            case BorderSettled e -> e.dispute().id();
            case BorderOpen e -> e.dispute().id();
            case BorderClose e -> e.dispute().id();
            case Negotiation e -> e.dispute().id();
            case Clash e -> e.dispute().id();
            case DisputeReopen e -> e.dispute().id();
            case Summit e -> e.institution().id();
            case Join e -> e.institution().id();
            case RouteDisruption e -> e.route().id();
            case RouteInvestment e -> e.route().id();
            case Crisis e -> e.state().name();
            case Trust e -> e.pair().name();
            case CommodityShock e -> "";
        };
    }

    /**
     * @param date the month the event fires in (not before {@link Calendar#START})
     * @param note free text shown in the event log ("" for none)
     * @param line line of the event in its file (1-based), 0 when built in code
     */
    record Stamp(YearMonth date, String note, int line) implements Serializable {
        public Stamp {
            Objects.requireNonNull(date, "date");
            note = note == null ? "" : note;
            if (date.isBefore(Calendar.START)) {
                throw new IllegalArgumentException("event date " + date + " is before the start " + Calendar.START);
            }
            if (line < 0) {
                throw new IllegalArgumentException("line must be >= 0, got " + line);
            }
        }

        /** A stamp for events built in code: no note, no line. */
        public static Stamp of(YearMonth date) {
            return new Stamp(date, "", 0);
        }

        public int step() {
            return Calendar.stepOf(date);
        }
    }

    /** Sets a registry parameter from this month on; only parameters the model reads every month. */
    record SetParameter(Stamp at, Parameter parameter, double value) implements ScenarioEvent {
        public SetParameter {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(parameter, "parameter");
            String problem = readOnlyAtStart(parameter);
            if (problem.isEmpty()) {
                problem = parameter.problemWith(value);
            }
            if (!problem.isEmpty()) {
                throw new IllegalArgumentException(problem);
            }
        }

        /** Why a dated set of this parameter would change nothing, or empty when it takes effect. */
        public static String readOnlyAtStart(Parameter p) {
            return p.readAt() == Parameter.ReadAt.START ? "'" + p.name()
                + "' is read only when the run starts; set it under parameters: instead" : "";
        }

        @Override
        public EventType type() {
            return EventType.SET;
        }
    }

    /** A treaty settles the border and opens it. */
    record BorderSettled(Stamp at, DisputeCode dispute) implements ScenarioEvent {
        public BorderSettled {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(dispute, "dispute");
        }

        @Override
        public EventType type() {
            return EventType.BORDER_SETTLED;
        }
    }

    /** The border opens. */
    record BorderOpen(Stamp at, DisputeCode dispute) implements ScenarioEvent {
        public BorderOpen {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(dispute, "dispute");
        }

        @Override
        public EventType type() {
            return EventType.BORDER_OPEN;
        }
    }

    /** The border closes for {@code months}, or for dispute.closure_months (read when it fires) when empty. */
    record BorderClose(Stamp at, DisputeCode dispute, OptionalInt months) implements ScenarioEvent {
        public BorderClose {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(dispute, "dispute");
            Objects.requireNonNull(months, "months");
            if (months.isPresent()) {
                requireEmpty(EventType.BORDER_CLOSE.problemWithMonths(months.getAsInt()));
            }
        }

        @Override
        public EventType type() {
            return EventType.BORDER_CLOSE;
        }
    }

    /** Negotiation progress in (0, 1] is added. */
    record Negotiation(Stamp at, DisputeCode dispute, double progress) implements ScenarioEvent {
        public Negotiation {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(dispute, "dispute");
            requireEmpty(EventType.NEGOTIATION.problemWithValue(progress));
        }

        @Override
        public EventType type() {
            return EventType.NEGOTIATION;
        }
    }

    /** An armed clash of severity in (0, 1]. */
    record Clash(Stamp at, DisputeCode dispute, double severity) implements ScenarioEvent {
        /** Severity of a clash whose file leaves {@code value} out. */
        public static final double DEFAULT_SEVERITY = 1;

        public Clash {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(dispute, "dispute");
            requireEmpty(EventType.CLASH.problemWithValue(severity));
        }

        @Override
        public EventType type() {
            return EventType.CLASH;
        }
    }

    /** A settled dispute reopens with a share in (0, 1] of its border undelimited. */
    record DisputeReopen(Stamp at, DisputeCode dispute, double undelimited) implements ScenarioEvent {
        public DisputeReopen {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(dispute, "dispute");
            requireEmpty(EventType.DISPUTE_REOPEN.problemWithValue(undelimited));
        }

        @Override
        public EventType type() {
            return EventType.DISPUTE_REOPEN;
        }
    }

    /** An extra summit of an institution. */
    record Summit(Stamp at, InstitutionCode institution) implements ScenarioEvent {
        public Summit {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(institution, "institution");
        }

        @Override
        public EventType type() {
            return EventType.SUMMIT;
        }
    }

    /** A state joins an institution as a full participant. */
    record Join(Stamp at, InstitutionCode institution, StateCode state) implements ScenarioEvent {
        public Join {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(institution, "institution");
            Objects.requireNonNull(state, "state");
        }

        @Override
        public EventType type() {
            return EventType.JOIN;
        }
    }

    /** A route loses a share in (0, 1] of its capacity for {@code months}. */
    record RouteDisruption(Stamp at, RouteCode route, double share, int months) implements ScenarioEvent {
        public RouteDisruption {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(route, "route");
            requireEmpty(EventType.ROUTE_DISRUPTION.problemWithValue(share));
            requireEmpty(EventType.ROUTE_DISRUPTION.problemWithMonths(months));
        }

        @Override
        public EventType type() {
            return EventType.ROUTE_DISRUPTION;
        }
    }

    /** Money in (0, 100] bn USD spent on a route; capacity follows after route.investment_lag_months. */
    record RouteInvestment(Stamp at, RouteCode route, double bnUsd) implements ScenarioEvent {
        public RouteInvestment {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(route, "route");
            requireEmpty(EventType.ROUTE_INVESTMENT.problemWithValue(bnUsd));
        }

        @Override
        public EventType type() {
            return EventType.ROUTE_INVESTMENT;
        }
    }

    /** A disaster or accident of severity in (0, 1] in a state. */
    record Crisis(Stamp at, StateCode state, double severity) implements ScenarioEvent {
        public Crisis {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(state, "state");
            requireEmpty(EventType.CRISIS.problemWithValue(severity));
        }

        @Override
        public EventType type() {
            return EventType.CRISIS;
        }
    }

    /** A direct change in [-1, 1] of a pair's trust. */
    record Trust(Stamp at, Pair pair, double delta) implements ScenarioEvent {
        public Trust {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(pair, "pair");
            requireEmpty(EventType.TRUST.problemWithValue(delta));
        }

        @Override
        public EventType type() {
            return EventType.TRUST;
        }
    }

    /** A jump in [-2, 2] of the log commodity price. */
    record CommodityShock(Stamp at, double logJump) implements ScenarioEvent {
        public CommodityShock {
            Objects.requireNonNull(at, "at");
            requireEmpty(EventType.COMMODITY_SHOCK.problemWithValue(logJump));
        }

        @Override
        public EventType type() {
            return EventType.COMMODITY_SHOCK;
        }
    }

    private static void requireEmpty(String problem) {
        if (!problem.isEmpty()) {
            throw new IllegalArgumentException(problem);
        }
    }
}
