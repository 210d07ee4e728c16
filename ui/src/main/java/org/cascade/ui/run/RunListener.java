package org.cascade.ui.run;

import org.cascade.results.RunResult;

/** Called on the run's own thread; implementations hand over to the UI with {@code ui.access}. */
public interface RunListener {
    /** A snapshot of everything so far; {@code finished} once the horizon is reached. */
    void progress(RunResult snapshot, boolean finished);

    /** The run stopped because of an error; the message is for people. */
    void failed(String message);
}
