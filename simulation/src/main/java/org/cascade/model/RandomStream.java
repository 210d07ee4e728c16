package org.cascade.model;

import java.io.Serializable;

/**
 * One random stream: SplitMix64 (Steele, Lea and Flood 2014; the generator behind {@code java.util.SplittableRandom},
 * which passes BigCrush), seeded by mixing the run seed, the process and the subject. It is cheap to seed, which
 * matters because a run makes a couple of dozen of them, and it is serialisable, so checkpoints keep its state.
 */
final class RandomStream implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final long GAMMA = 0x9E3779B97F4A7C15L;
    private long state;
    private double spareGaussian = Double.NaN;

    RandomStream(long seed, int process, int subject) {
        // three rounds of mixing so that neighbouring (seed, process, subject) give unrelated streams
        state = mix(mix(mix(seed) + GAMMA * (process + 1)) + GAMMA * (subject + 1));
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private long nextLong() {
        state += GAMMA;
        return mix(state);
    }

    /** Uniform on [0, 1). */
    double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Standard normal (Marsaglia's polar method; the second value of each pair is kept for the next call). */
    double nextGaussian() {
        if (!Double.isNaN(spareGaussian)) {
            double g = spareGaussian;
            spareGaussian = Double.NaN;
            return g;
        }
        double u;
        double v;
        double s;
        do {
            u = 2 * nextDouble() - 1;
            v = 2 * nextDouble() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        double factor = Math.sqrt(-2 * Math.log(s) / s);
        spareGaussian = v * factor;
        return u * factor;
    }
}
