package org.cascade.ui.experiments;

/** Where a saved experiment stands. Only {@link #DONE} has complete results. */
public enum ExperimentStatus {
    /** Waiting for a free slot (its position is shown). */
    QUEUED,
    RUNNING,
    DONE,
    /** Stopped by the user; what finished is kept, but the result is not complete. */
    CANCELLED,
    FAILED,
    /** The app stopped while it was queued or running; found so at the next start. */
    INTERRUPTED;

    public boolean finished() {
        return this != QUEUED && this != RUNNING;
    }
}
