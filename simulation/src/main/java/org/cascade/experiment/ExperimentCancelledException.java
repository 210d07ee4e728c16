package org.cascade.experiment;

/** The cancel flag was set: the runs stopped and nothing was returned as a result. */
public final class ExperimentCancelledException extends Exception {
    private final long runsDone;

    public ExperimentCancelledException(long runsDone, long runs) {
        super("cancelled after " + runsDone + " of " + runs + " runs");
        this.runsDone = runsDone;
    }

    public long runsDone() {
        return runsDone;
    }
}
