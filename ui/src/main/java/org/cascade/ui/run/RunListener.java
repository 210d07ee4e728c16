package org.cascade.ui.run;

import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.cascade.results.RunResult;

/** Called on the run's own thread; implementations hand over to the UI with {@code ui.access}. */
public interface RunListener {
    /** A snapshot of everything so far; {@code finished} once the horizon is reached. */
    void progress(RunResult snapshot, boolean finished);

    /** The run stopped because of an error; the message is for people. */
    void failed(String message);

    /**
     * A human lever is due and the run waits (its thread holds no page lock): show the decision. Return whether a
     * person may answer it; false lets the default rule decide at once (nobody at the page).
     */
    default boolean decisionDue(SeatDecision decision) {
        return false;
    }

    /** The whole seconds left before the default rule decides a waiting decision; told each second. */
    default void decisionTick(SeatDecision decision, long secondsLeft) {
    }

    /** A waiting decision is closed: the option taken ({@code chosen}, an index of its options) and who took it. */
    default void decisionClosed(SeatDecision decision, int chosen, SeatDecision.Outcome outcome) {
    }

    /** A listener from two functions: progress (snapshot, finished) and failure (message). */
    static RunListener of(BiConsumer<RunResult, Boolean> progress, Consumer<String> failed) {
        return new RunListener() {
            @Override
            public void progress(RunResult snapshot, boolean finished) {
                progress.accept(snapshot, finished);
            }

            @Override
            public void failed(String message) {
                failed.accept(message);
            }
        };
    }
}
