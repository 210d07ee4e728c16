package org.cascade.run;

import java.util.Arrays;
import java.util.Optional;

/**
 * What the replicates of an ensemble vary (MODEL.md, section 9.1). An ensemble that varies only the random shocks
 * shows how much luck matters under one set of judgements; its band is far narrower than what we do not know.
 */
public enum UncertaintyMode {
    /** Replicate r runs with its own seed and the parameters' set values: the shocks vary, nothing else. */
    SHOCKS("shocks"),
    /**
     * Every replicate runs with the master seed (the same shocks); replicate r takes row r of a Latin hypercube over
     * the uncertainty catalogue's distributions: the judgements vary, nothing else.
     */
    PARAMETERS("parameters"),
    /** Replicate r runs with its own seed and row r of the Latin hypercube: shocks and judgements both vary. */
    BOTH("both");

    /** The mode of an ensemble that does not say: bands without parameter uncertainty mislead. */
    public static final UncertaintyMode DEFAULT = BOTH;

    private final String id;

    UncertaintyMode(String id) {
        this.id = id;
    }

    /** As written on the command line and in the provenance JSON. */
    public String id() {
        return id;
    }

    public static Optional<UncertaintyMode> parse(String id) {
        return Arrays.stream(values()).filter(m -> m.id.equals(id)).findFirst();
    }

    /** "shocks, parameters or both", for messages. */
    public static String choices() {
        return SHOCKS.id + ", " + PARAMETERS.id + " or " + BOTH.id;
    }

    public boolean drawsParameters() {
        return this != SHOCKS;
    }

    /** The seed of replicate {@code r} (1-based). */
    public long seed(long masterSeed, int r) {
        return this == PARAMETERS ? masterSeed : Seeds.replicateSeed(masterSeed, r);
    }

    /** How replicate seeds derive from the master seed, for the provenance. */
    public String seedRule() {
        return this == PARAMETERS ? "seed_r = master seed for every r (the same shocks in every replicate)"
            : Seeds.SEED_RULE;
    }
}
