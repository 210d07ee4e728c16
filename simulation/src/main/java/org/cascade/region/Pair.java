package org.cascade.region;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * An unordered pair of the seven states, written as the two codes joined by '-' in canonical order
 * (KZ-AZ, KG-TJ, AZ-AM). Pairs are indexed 0..20 so that pair arrays need no maps on the hot path.
 */
public record Pair(StateCode a, StateCode b, int index) implements Serializable {
    public static final int COUNT = StateCode.COUNT * (StateCode.COUNT - 1) / 2;
    private static final Pair[][] BY_STATES = new Pair[StateCode.COUNT][StateCode.COUNT];
    private static final List<Pair> ALL;

    static {
        Pair[] all = new Pair[COUNT];
        int k = 0;
        for (int i = 0; i < StateCode.COUNT; i++) {
            for (int j = i + 1; j < StateCode.COUNT; j++) {
                Pair p = new Pair(StateCode.values()[i], StateCode.values()[j], k);
                all[k++] = p;
                BY_STATES[i][j] = p;
                BY_STATES[j][i] = p;
            }
        }
        ALL = List.of(all);
    }

    public static List<Pair> all() {
        return ALL;
    }

    public static Pair of(StateCode x, StateCode y) {
        if (x == y) {
            throw new IllegalArgumentException("a pair needs two different states, got " + x + " twice");
        }
        return BY_STATES[x.ordinal()][y.ordinal()];
    }

    public static Pair byIndex(int index) {
        return ALL.get(index);
    }

    /** Parses "KZ-AZ" or "AZ-KZ" (either order, any case); empty if it is not a pair of two known states. */
    public static Optional<Pair> parse(String text) {
        String[] parts = text.trim().toUpperCase().split("-");
        if (parts.length != 2) {
            return Optional.empty();
        }
        try {
            StateCode x = StateCode.valueOf(parts[0]);
            StateCode y = StateCode.valueOf(parts[1]);
            return x == y ? Optional.empty() : Optional.of(of(x, y));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public static List<String> names() {
        return IntStream.range(0, COUNT).mapToObj(i -> ALL.get(i).name()).toList();
    }

    public boolean contains(StateCode s) {
        return a == s || b == s;
    }

    public StateCode other(StateCode s) {
        return s == a ? b : a;
    }

    public String name() {
        return a + "-" + b;
    }

    @Override
    public String toString() {
        return name();
    }
}
