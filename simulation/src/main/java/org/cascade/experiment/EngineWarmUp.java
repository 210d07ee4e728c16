package org.cascade.experiment;

import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.cascade.params.ParameterSet;
import org.cascade.run.ModelRun;
import org.cascade.scenario.Scenario;
import org.cascade.scenario.ScenarioLibrary;

/**
 * Short throw-away runs on a second core while a command-line experiment starts (of the experiment's first scenario
 * once its file is read, the baseline before): the JVM has only just started and the main thread spends its first few
 * hundred milliseconds alone, reading the command line and the experiment file and drawing the design. Meanwhile
 * these runs load and initialise the model's classes and give the JIT its first profiles, so that the engine's first
 * runs are not all interpreted. They stop as soon as the engine starts ({@link #end()}), and touch nothing an
 * experiment's runs read: their results are thrown away, and the caches they fill (the base year's route fit) hold
 * what any run would compute.
 */
public final class EngineWarmUp {
    /** Years of one warm-up run: short, so that it stops soon after the engine starts. */
    private static final int YEARS = 2;
    private static final AtomicBoolean STOP = new AtomicBoolean();
    private static volatile Thread thread;
    /** The scenario the runs are of: the baseline until the experiment's own is known ({@link #prefer}). */
    private static volatile Scenario scenario;

    private EngineWarmUp() {
    }

    /** Starts the warm-up on a daemon thread (once; a no-op afterwards). */
    public static synchronized void begin() {
        if (thread != null) {
            return;
        }
        STOP.set(false);
        Thread t = new Thread(EngineWarmUp::runUntilEnded, "cascade-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        thread = t;
        t.start();
    }

    /** Runs {@code s} from the next warm-up run on: the experiment's first arm, once its file is read. */
    public static void prefer(Scenario s) {
        scenario = s;
    }

    /** Stops the warm-up, if one was begun: its current run (a short one) is its last. */
    public static void end() {
        STOP.set(true);
    }

    /** Whether a warm-up was begun and has not yet ended (for tests). */
    static boolean running() {
        Thread t = thread;
        return t != null && t.isAlive();
    }

    private static void runUntilEnded() {
        try {
            Scenario baseline = ScenarioLibrary.load("baseline");
            Set<String> metrics = Set.copyOf(ExperimentLoader.DEFAULT_METRICS);
            for (int seed = 1; !STOP.get(); seed++) {
                Scenario s = scenario;
                ModelRun.run(s != null ? s : baseline, ParameterSet.defaults(), seed, YEARS, metrics);
            }
        } catch (Exception | LinkageError e) {
            // a warm-up that fails changes nothing: the engine runs as it would have without it
        }
    }
}
