package org.cascade.ui.experiments;

import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;

/** What the service needs of the simulation module's experiment engine (an adapter keeps the service testable). */
public interface ExperimentRunner {
    /**
     * Reads and checks an experiment description (the YAML the command line takes).
     *
     * @throws IllegalArgumentException with {@code source:line: field: problem} messages when it is not valid
     */
    Planned plan(String yaml, String source);

    /**
     * Runs a planned experiment, writing its result files into {@code out} (complete only if it returns normally).
     *
     * @param progress  called with the number of runs finished so far
     * @param cancelled polled between runs; when true the engine stops within about a second
     * @return the provenance JSON of the finished experiment
     * @throws java.util.concurrent.CancellationException when cancelled
     */
    String run(Planned planned, Path out, LongConsumer progress, BooleanSupplier cancelled) throws Exception;

    /** A checked description: its name, kind and how many model runs it needs; {@code handle} is the engine's own. */
    record Planned(String name, String kind, long runs, Object handle) { }
}
