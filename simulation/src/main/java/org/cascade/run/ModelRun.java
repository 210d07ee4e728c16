package org.cascade.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Set;
import org.cascade.model.CascadeModel;
import org.cascade.params.ParameterSet;
import org.cascade.region.StateCode;
import org.cascade.results.InspectedVariable;
import org.cascade.results.LoggedEvent;
import org.cascade.results.RunResult;
import org.cascade.scenario.Scenario;
import sim.engine.SimState;

/**
 * One run of a scenario that can be stepped a month at a time (the UI) or run to the end (the CLI, tests).
 * Effective parameters are the scenario's overrides with the caller's overrides on top.
 * Not thread-safe: one thread steps it; {@link #result()} returns an immutable copy for others to read.
 */
public final class ModelRun {
    private final Scenario scenario;
    private final ParameterSet parameters;
    private final long seed;
    private final int years;
    private final CascadeModel model;

    private ModelRun(CascadeModel resumed) {
        this.scenario = resumed.scenario();
        this.parameters = resumed.runParameters();
        this.seed = resumed.seed();
        this.years = resumed.years();
        this.model = resumed;
    }

    private ModelRun(Scenario scenario, ParameterSet parameters, long seed, int years, Set<String> metrics) {
        this.scenario = scenario;
        this.parameters = parameters;
        this.seed = seed;
        this.years = years;
        this.model = new CascadeModel(scenario, parameters, seed, years);
        if (metrics != null) {
            model.recordingOnly(metrics);
        }
        model.start();
    }

    /**
     * @param overrides the caller's parameter values, applied over the scenario's
     * @param years     horizon in years (1..50); events must fall inside it
     */
    public static ModelRun start(Scenario scenario, ParameterSet overrides, long seed, int years) {
        return start(scenario, overrides, seed, years, null);
    }

    private static ModelRun start(Scenario scenario, ParameterSet overrides, long seed, int years, Set<String> metrics) {
        Scenario checked = scenario.withYears(years);
        ParameterSet effective = checked.parameters().withAll(overrides);
        return new ModelRun(checked, effective, seed, years, metrics);
    }

    /** Runs a whole scenario and returns its result. */
    public static RunResult run(Scenario scenario, ParameterSet overrides, long seed, int years) {
        return run(scenario, overrides, seed, years, null);
    }

    /**
     * As above, recording only the series of {@code metrics} (null: all): the same run, the other series and the
     * event log absent from the result (what an experiment does, which aggregates a few outcomes).
     */
    public static RunResult run(Scenario scenario, ParameterSet overrides, long seed, int years, Set<String> metrics) {
        ModelRun r = start(scenario, overrides, seed, years, metrics);
        r.runToEnd();
        return r.result();
    }

    /**
     * Writes the whole model (every agent, process, random stream, the recorded table and the event log) to a
     * checkpoint; {@link #resume} continues it exactly as if it had never stopped.
     */
    public void checkpoint(OutputStream out) throws IOException {
        model.writeToCheckpoint(out);
    }

    /** Continues a run from a checkpoint written by {@link #checkpoint}. */
    public static ModelRun resume(InputStream in) throws IOException {
        SimState state;
        try {
            state = SimState.readFromCheckpoint(in);
        } catch (ClassNotFoundException e) {
            throw new IOException("not a checkpoint of this CASCADE version: " + e.getMessage(), e);
        }
        if (!(state instanceof CascadeModel model)) {
            throw new IOException("not a CASCADE checkpoint");
        }
        return new ModelRun(model);
    }

    /** Processes one month; returns false when the horizon was already reached. */
    public boolean step() {
        if (done()) {
            return false;
        }
        model.schedule.step(model);
        return true;
    }

    public void runToEnd() {
        while (step()) {
            // each step records itself
        }
        model.finish();
    }

    public boolean done() {
        return model.currentStep() >= totalSteps();
    }

    /** Steps recorded so far after step 0 (0 right after start). */
    public int currentStep() {
        return model.currentStep();
    }

    public int totalSteps() {
        return years * 12;
    }

    public Scenario scenario() {
        return scenario;
    }

    public ParameterSet parameters() {
        return parameters;
    }

    public long seed() {
        return seed;
    }

    public int years() {
        return years;
    }

    /** An immutable copy of everything recorded so far. */
    public RunResult result() {
        return model.recorder().snapshot(scenario.id(), seed, years, parameters, model.eventLog());
    }

    public List<LoggedEvent> events() {
        return List.copyOf(model.eventLog());
    }

    /** Current variables and policy levers of one state, as an inspector shows them. */
    public List<InspectedVariable> inspect(StateCode state) {
        return model.inspect(state);
    }

    /** The underlying MASON model, for benchmarks and tests in this module. */
    public CascadeModel model() {
        return model;
    }
}
