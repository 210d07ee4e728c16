package org.cascade.run;

/**
 * The seeds a person may give, the same in the CLI ({@code --seed}), the web explorer's seed field and share
 * links: whole numbers {@value #MIN}..{@value #MAX}. MASON seeds its generator with the low 32 bits only, so a
 * wider range would only add aliases; the upper end is the largest value the explorer's seed field holds.
 * (Replicate seeds derived for an ensemble, see {@link #replicateSeed}, are internal and may be larger.)
 */
public final class Seeds {
    public static final long MIN = 0;
    public static final long MAX = Integer.MAX_VALUE;
    /** "0..2147483647", for messages. */
    public static final String RANGE = MIN + ".." + MAX;
    /** How {@link #replicateSeed} derives replicate seeds, for provenance. */
    public static final String SEED_RULE = "seed_r = low 32 bits of splitmix64(master + r * 0x9E3779B97F4A7C15), r = 1..R";

    private Seeds() {
    }

    public static boolean valid(long seed) {
        return seed >= MIN && seed <= MAX;
    }

    /** The seed of replicate {@code r} (1-based) of an ensemble with master seed {@code master}. */
    public static long replicateSeed(long master, int r) {
        long z = master + r * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z = z ^ (z >>> 31);
        return z & 0xFFFF_FFFFL;
    }
}
