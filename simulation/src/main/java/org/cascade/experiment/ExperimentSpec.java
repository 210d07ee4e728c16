package org.cascade.experiment;

import java.util.List;
import java.util.Objects;
import org.cascade.results.SeriesKey;
import org.cascade.run.UncertaintyMode;

/**
 * A validated experiment description (see {@link ExperimentLoader} for the file format). Immutable.
 *
 * @param file        the file name used in messages and provenance
 * @param sha256      SHA-256 of the file's bytes
 * @param yaml        the file's text, kept so that shards can carry it and a merge can rebuild the plan
 * @param title       a human title (defaults to the file name)
 * @param kind        ensemble, compare, sweep or sensitivity
 * @param arms        1 arm (ensemble, sweep, sensitivity) or 2..4 (compare)
 * @param replicates  replicates per arm and design point
 * @param masterSeed  the seed every replicate seed and parameter draw derives from
 * @param years       horizon of every run
 * @param uncertainty what replicates vary
 * @param horizons    calendar years at which paired statistics are reported (December of each year)
 * @param outcomes    the series aggregated per step and at the horizons
 * @param sweep       one or two axes (sweep only, else empty)
 * @param sensitivity the sensitivity settings (sensitivity only, else null)
 * @param precision   compare: the wanted 95% CI half-width as a fraction of |mean difference| or |mean A|
 * @param runLimit    the most runs this experiment may ask for
 */
public record ExperimentSpec(String file, String sha256, String yaml, String title, ExperimentKind kind,
                             List<Arm> arms, int replicates, long masterSeed, int years, UncertaintyMode uncertainty,
                             List<Integer> horizons, List<SeriesKey> outcomes, List<SweepAxis> sweep,
                             SensitivitySettings sensitivity, double precision, long runLimit)
    implements java.io.Serializable {
    /** Default cap on the runs one experiment may ask for. */
    public static final long DEFAULT_RUN_LIMIT = 200_000;
    public static final int MAX_REPLICATES = 100_000;

    public ExperimentSpec {
        Objects.requireNonNull(kind);
        arms = List.copyOf(arms);
        horizons = List.copyOf(horizons);
        outcomes = List.copyOf(outcomes);
        sweep = List.copyOf(sweep);
    }

    /** Design points per arm: 1, the sweep grid's size, or the sensitivity design's size. */
    public long points() {
        return switch (kind) {
            case ENSEMBLE, COMPARE -> 1;
            case SWEEP -> sweep.stream().mapToLong(a -> a.values().size()).reduce(1, (a, b) -> a * b);
            case SENSITIVITY -> sensitivity.points();
        };
    }

    /** Runs the experiment asks for: arms x points x replicates. */
    public long runCount() {
        return arms.size() * points() * replicates;
    }

    /** The same experiment with a different run limit (the limit is a setting of the machine, not of the study). */
    public ExperimentSpec withRunLimit(long limit) {
        return new ExperimentSpec(file, sha256, yaml, title, kind, arms, replicates, masterSeed, years, uncertainty,
            horizons, outcomes, sweep, sensitivity, precision, limit);
    }

    /** Refuses an experiment over its run limit, naming both numbers. */
    public void checkRunLimit() throws ExperimentException {
        if (runCount() > runLimit) {
            throw new ExperimentException(file, 0, "replicates", "the experiment needs " + runCount() + " runs ("
                + arms.size() + " arm(s) x " + points() + " point(s) x " + replicates + " replicates); the run limit is "
                + runLimit + " (raise run_limit or --run-limit, or ask for fewer)");
        }
    }
}
