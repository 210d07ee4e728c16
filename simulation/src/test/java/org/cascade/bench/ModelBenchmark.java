package org.cascade.bench;

import java.util.concurrent.TimeUnit;
import org.cascade.model.CascadeModel;
import org.cascade.params.ParameterSet;
import org.cascade.results.RunResult;
import org.cascade.run.ModelRun;
import org.cascade.scenario.Scenario;
import org.cascade.scenario.ScenarioException;
import org.cascade.scenario.ScenarioLibrary;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import sim.engine.Steppable;

/**
 * Speed of the model: a whole 20-year baseline run, and 20 years of months stepped through MASON's schedule
 * against the same steppables called directly in a plain loop. Both start a fresh model first; subtracting
 * {@link #startOnly()} leaves the months alone, and their ratio is the framework's overhead.
 * Run with {@code ./cascade bench}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Xmx512m"})
@State(Scope.Thread)
public class ModelBenchmark {
    private static final int MONTHS = 240;
    private Scenario baseline;
    private Scenario adaptive;

    @Setup(Level.Trial)
    public void load() throws ScenarioException {
        baseline = ScenarioLibrary.load("baseline");
        adaptive = ScenarioLibrary.load("adaptive-region");
    }

    /** Target: under 10 ms after warm-up with every state's government deciding and the outside powers reacting. */
    @Benchmark
    public RunResult adaptiveRegionTwentyYears() {
        return ModelRun.run(adaptive, ParameterSet.defaults(), 1, 20);
    }

    /** Target: under 10 ms after warm-up (start, calibration, 240 months, snapshot of all series). */
    @Benchmark
    public RunResult baselineTwentyYears() {
        return ModelRun.run(baseline, ParameterSet.defaults(), 1, 20);
    }

    /** A started model (calibration included) with no month run: subtract it from the two below. */
    @Benchmark
    public CascadeModel startOnly() {
        return ModelRun.start(baseline, ParameterSet.defaults(), 1, 20).model();
    }

    @Benchmark
    public int startAndMonthsThroughMasonSchedule() {
        CascadeModel model = startOnly();
        for (int i = 0; i < MONTHS; i++) {
            model.schedule.step(model);
        }
        return model.currentStep();
    }

    @Benchmark
    public int startAndMonthsInPlainLoop() {
        CascadeModel model = startOnly();
        Steppable[] order = model.monthlyOrder();
        for (int i = 0; i < MONTHS; i++) {
            for (Steppable s : order) {
                s.step(model);
            }
        }
        return model.currentStep();
    }
}
