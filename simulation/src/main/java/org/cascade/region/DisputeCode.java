package org.cascade.region;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Border disputes: two open (KG-TJ in the Fergana Valley, AZ-AM) and two settled ones a scenario may reopen. */
public enum DisputeCode {
    KG_TJ(Pair.of(StateCode.KG, StateCode.TJ)),
    AZ_AM(Pair.of(StateCode.AZ, StateCode.AM)),
    UZ_KG(Pair.of(StateCode.UZ, StateCode.KG)),
    UZ_TJ(Pair.of(StateCode.UZ, StateCode.TJ));

    public static final int COUNT = values().length;
    private final Pair pair;

    DisputeCode(Pair pair) {
        this.pair = pair;
    }

    public Pair pair() {
        return pair;
    }

    public String id() {
        return pair.name();
    }

    /** Accepts either order ("TJ-UZ" or "UZ-TJ"). */
    public static Optional<DisputeCode> byId(String text) {
        return Pair.parse(text).flatMap(p -> Arrays.stream(values()).filter(d -> d.pair == p).findFirst());
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(DisputeCode::id).toList();
    }
}
