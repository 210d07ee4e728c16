package org.cascade.scenario;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
        /** Border stance and, where both parties are not scripted, bargaining over the border (its concessions). */
        STANCE("stance"),
        /** Promotion of inward investment from the other six ({@code policy.<S>.investment_promotion}). */
        INVESTMENT("investment"),
        /** Aid to a partner hit by a crisis: give or not, decided when the crisis strikes. */
        AID("aid"),
        /** Attending the summits of its institutions, and hosting an extra one at its regular decisions. */
        SUMMIT("summit"),
        /**
         * Its visa openness toward one partner, as steps from its general openness: tightened in answer to a partner's
         * move that hit it, restored once it is forgiven (a yes-or-no answer to each occasion).
         */
        PARTNER_VISA("partner_visa");

        private final String id;
        /** {@link #modeParameter} by state, composed once (a run asks for each state's levers when it starts). */
        private final String[] modeParameters = new String[StateCode.COUNT];

        Lever(String id) {
            this.id = id;
            for (StateCode s : StateCode.values()) {
                modeParameters[s.ordinal()] = ParameterRegistry.governmentLeverMode(s, id);
            }
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

        /** Whether a state has this lever at all: whether the registry has its {@code government.<S>.<lever>.mode}. */
        public boolean availableFor(StateCode s) {
            return ParameterRegistry.get().find(modeParameter(s)).isPresent();
        }

        /** The parameter that hands this lever of a state over on its own ({@code government.<S>.<lever>.mode}). */
        public String modeParameter(StateCode s) {
            return modeParameters[s.ordinal()];
        }

        /**
         * A lever moved in steps from its scripted level at the regular decisions; the others (aid, summit, partner
         * visas) are yes or no answers to an occasion (a partner's crisis, a summit, a chance to host one, a partner's
         * move that hit the government or the grudge against it fading).
         */
        public boolean stepped() {
            return this != AID && this != SUMMIT && this != PARTNER_VISA;
        }

        /** Why a state does not have this lever, for messages. */
        public String whyNot(StateCode s) {
            return switch (this) {
                case TRANSIT_TARIFF -> s + " sets no through tariff of a modelled route (transit states: KZ, AZ, TM)";
                case CORRIDOR -> s + " lies on no modelled corridor";
                case STANCE -> s + " is party to no modelled border dispute";
                case SUMMIT -> s + " sits at no modelled institution's summits (OTS, Consultative Meetings)";
                default -> "every state has it";
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

    /** {@code government.<S>.mode} by state, composed once. */
    private static final String[] STATE_MODE = new String[StateCode.COUNT];

    static {
        for (StateCode s : StateCode.values()) {
            STATE_MODE[s.ordinal()] = ParameterRegistry.governmentMode(s);
        }
        if (!Lever.ids().equals(ParameterRegistry.LEVERS)) {
            throw new IllegalStateException("the registry's levers " + ParameterRegistry.LEVERS + " differ from " + Lever.ids());
        }
        // the transit routes are corridors the states build (keeps the two lists from drifting apart)
        for (StateCode s : StateCode.values()) {
            if (transitRoute(s).isPresent() != Lever.TRANSIT_TARIFF.availableFor(s)) {
                throw new IllegalStateException(s + ": the registry and transitRoute disagree on its transit tariff");
            }
            if (Lever.STANCE.availableFor(s) != Arrays.stream(DisputeCode.values()).anyMatch(d -> d.pair().contains(s))) {
                throw new IllegalStateException(s + ": the registry and the disputes disagree on its stance");
            }
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

    /**
     * Who decides a lever of a state under the given run parameters: {@code government.<S>.<lever>.mode} when it is
     * 0, 1 or 2 (so {@code --set} overrides the scenario), else the scenario's {@code governments:} block, else the
     * state's {@code government.<S>.mode}.
     */
    public Mode mode(StateCode s, Lever lever, ParameterSet parameters) {
        double own = parameters.get(lever.modeParameter(s));
        if (own != ParameterRegistry.MODE_AS_STATE) {
            return Mode.ofCode(own);
        }
        Map<Lever, Mode> byLever = levers.get(s);
        if (byLever != null && byLever.containsKey(lever)) {
            return byLever.get(lever);
        }
        return Mode.ofCode(parameters.get(STATE_MODE[s.ordinal()]));
    }

    public boolean isEmpty() {
        return levers.isEmpty();
    }
}
