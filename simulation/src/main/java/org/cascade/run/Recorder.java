package org.cascade.run;

import java.util.List;
import org.cascade.params.ParameterSet;

/** Placeholder while the model is written. */
public class Recorder {
    public RunResult snapshot(String scenarioId, long seed, int years, ParameterSet p, List<LoggedEvent> events) {
        throw new UnsupportedOperationException("model not written yet");
    }
}
