package org.cascade.experiment;

import java.util.Arrays;
import java.util.Optional;

/** What an experiment asks. */
public enum ExperimentKind {
    /** One arm, R replicates: how wide is the band? */
    ENSEMBLE("ensemble"),
    /** Two to four arms run as paired ensembles: does A beat B, by how much, how sure are we? */
    COMPARE("compare"),
    /** One arm over a grid of one or two parameters, R replicates per point. */
    SWEEP("sweep"),
    /** One arm over a sensitivity design (Morris or Sobol), R replicates per point. */
    SENSITIVITY("sensitivity");

    private final String id;

    ExperimentKind(String id) {
        this.id = id;
    }

    /** As written in experiment files and on the command line. */
    public String id() {
        return id;
    }

    public static Optional<ExperimentKind> parse(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }

    public static String choices() {
        return "ensemble, compare, sweep or sensitivity";
    }
}
