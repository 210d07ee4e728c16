package org.cascade.region;

import java.util.Optional;

/**
 * Which freight route a state's corridor investment builds: the Caspian ports and railways on its own territory or
 * its stretch of the corridor. Armenia lies on none of the modelled routes, so it has no corridor to build.
 */
public final class Corridors {
    private Corridors() {
    }

    public static Optional<RouteCode> builtBy(StateCode state) {
        return switch (state) {
            case KZ, UZ, KG, TJ, AZ -> Optional.of(RouteCode.MIDDLE_CORRIDOR);
            case TM -> Optional.of(RouteCode.TRANS_CASPIAN);
            case AM -> Optional.empty();
        };
    }
}
