package org.cascade.run;

/**
 * The seeds a person may give, the same in the CLI ({@code --seed}), the web explorer's seed field and share
 * links: whole numbers {@value #MIN}..{@value #MAX}. MASON seeds its generator with the low 32 bits only, so a
 * wider range would only add aliases; the upper end is the largest value the explorer's seed field holds.
 * (Replicate seeds derived for an ensemble, see {@link EnsembleRunner#replicateSeed}, are internal and may be larger.)
 */
public final class Seeds {
    public static final long MIN = 0;
    public static final long MAX = Integer.MAX_VALUE;
    /** "0..2147483647", for messages. */
    public static final String RANGE = MIN + ".." + MAX;

    private Seeds() {
    }

    public static boolean valid(long seed) {
        return seed >= MIN && seed <= MAX;
    }
}
