package org.cascade.scenario;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.cascade.params.ParameterNames;
import org.cascade.params.ParameterNames.PolicyField;
import org.cascade.params.ParameterRegistry;
import org.cascade.params.ParameterSet;
import org.cascade.region.Corridors;
import org.cascade.region.DisputeCode;
import org.cascade.region.RouteCode;
import org.cascade.region.StateCode;

/**
 * Who decides each state's levers: the scenario ({@link Mode#SCRIPTED}, the default), the government's decision rule
 * ({@link Mode#ADAPTIVE}) or a person at a seat ({@link Mode#HUMAN}). A state's mode is the registry parameter
 * {@code government.<S>.mode} (so {@code --set} and share links carry it); a scenario's {@code governments:} block may
 * in addition hand single levers over ({@code AZ: {transit_tariff: adaptive, visa: scripted}}), which this record keeps.
 * A lever named here takes its mode from here; the others follow the state's mode.
 */
public record Governments(Map<StateCode, Map<Lever, Mode>> levers) implements Serializable {

    /** Who decides. The number is the value of {@code government.<S>.mode}. */
    public enum Mode {
        SCRIPTED, ADAPTIVE, HUMAN;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        public int code() {
            return ordinal();
        }

        public static Mode ofCode(double code) {
            return values()[(int) code];
        }

        public static Optional<Mode> byId(String id) {
            return Arrays.stream(values()).filter(m -> m.id().equals(id)).findFirst();
        }

        public static List<String> ids() {
            return Arrays.stream(values()).map(Mode::id).toList();
        }
    }

    /** A lever a government can be handed. Not every state has every lever: see {@link #availableFor}. */
    public enum Lever {
        /** Ad-valorem import tariff and border procedures ({@code policy.<S>.tariff}). */
        TARIFF("tariff"),
        /** Visa and travel openness ({@code policy.<S>.visa_openness}). */
        VISA("visa"),
        /** The state's leg of a transit corridor's through tariff (KZ and AZ: Middle Corridor; TM: trans-Caspian). */
        TRANSIT_TARIFF("transit_tariff"),
        /** Yearly investment in its corridor ({@code policy.<S>.corridor_investment}). */
        CORRIDOR("corridor"),
        /** Border stance and, where both parties are not scripted, bargaining over the border. */
        STANCE("stance");

        private final String id;

        Lever(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        public static Optional<Lever> byId(String id) {
            return Arrays.stream(values()).filter(l -> l.id.equals(id)).findFirst();
        }

        public static List<String> ids() {
            return Arrays.stream(values()).map(Lever::id).toList();
        }

        /** Whether a state has this lever at all. */
        public boolean availableFor(StateCode s) {
            return switch (this) {
                case TARIFF, VISA -> true;
                case TRANSIT_TARIFF -> transitRoute(s).isPresent();
                case CORRIDOR -> ParameterRegistry.get()
                    .find(ParameterNames.policy(s, PolicyField.CORRIDOR_INVESTMENT)).isPresent();
                case STANCE -> Arrays.stream(DisputeCode.values()).anyMatch(d -> d.pair().contains(s));
            };
        }

        /** Why a state does not have this lever, for messages. */
        public String whyNot(StateCode s) {
            return switch (this) {
                case TRANSIT_TARIFF -> s + " sets no through tariff of a modelled route (transit states: KZ, AZ, TM)";
                case CORRIDOR -> s + " lies on no modelled corridor";
                case STANCE -> s + " is party to no modelled border dispute";
                default -> "";
            };
        }

        public static List<Lever> availableLevers(StateCode s) {
            return Arrays.stream(values()).filter(l -> l.availableFor(s)).toList();
        }
    }

    /** The route whose through tariff a transit state sets its leg of. */
    public static Optional<RouteCode> transitRoute(StateCode s) {
        return switch (s) {
            case KZ, AZ -> Optional.of(RouteCode.MIDDLE_CORRIDOR);
            case TM -> Optional.of(RouteCode.TRANS_CASPIAN);
            default -> Optional.empty();
        };
    }

    static {
        // the transit routes are corridors the states build (keeps the two lists from drifting apart)
        for (StateCode s : StateCode.values()) {
            transitRoute(s).ifPresent(r -> {
                if (Corridors.builtBy(s).orElse(null) != r) {
                    throw new IllegalStateException(s + " sets a tariff on a route it does not build");
                }
            });
        }
    }

    public Governments {
        Map<StateCode, Map<Lever, Mode>> copy = new EnumMap<>(StateCode.class);
        if (levers != null) {
            levers.forEach((s, m) -> {
                if (!m.isEmpty()) {
                    copy.put(s, Collections.unmodifiableMap(new EnumMap<>(m)));
                }
            });
        }
        levers = Collections.unmodifiableMap(copy);
    }

    public static Governments none() {
        return new Governments(Map.of());
    }

    /** Who decides a lever of a state under the given run parameters. */
    public Mode mode(StateCode s, Lever lever, ParameterSet parameters) {
        Map<Lever, Mode> byLever = levers.get(s);
        if (byLever != null && byLever.containsKey(lever)) {
            return byLever.get(lever);
        }
        return Mode.ofCode(parameters.get(ParameterRegistry.governmentMode(s)));
    }

    public boolean isEmpty() {
        return levers.isEmpty();
    }
}
