package org.cascade.model;

import java.util.ArrayList;
import java.util.List;
import org.cascade.params.ParameterSet;
import org.cascade.run.InspectedVariable;
import org.cascade.run.LoggedEvent;
import org.cascade.scenario.Scenario;
import sim.engine.SimState;

/** Placeholder while the model is written; replaced in the next commit. */
public class CascadeModel extends SimState {
    public CascadeModel(Scenario scenario, ParameterSet parameters, long seed, int years) {
        super(seed);
    }

    public int currentStep() {
        return (int) schedule.getSteps();
    }

    public org.cascade.run.Recorder recorder() {
        throw new UnsupportedOperationException("model not written yet");
    }

    public List<LoggedEvent> eventLog() {
        return new ArrayList<>();
    }

    public List<InspectedVariable> inspect(StateCode s) {
        return List.of();
    }
}
