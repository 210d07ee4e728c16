package org.cascade.experiment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cascade.params.Parameter;
import org.cascade.params.ParameterRegistry;
import org.cascade.params.ParameterSet;
import org.cascade.params.ParameterUncertainty;
import org.cascade.run.LatinHypercube;

/**
 * The deterministic list of runs of an experiment: arms x design points x replicates, grouped into chunks.
 * <p>
 * <b>Common random numbers.</b> Replicate r (1-based) of every arm and every design point runs with the same seed
 * ({@link org.cascade.run.UncertaintyMode#seed}: {@code Seeds.replicateSeed(master, r)}, or the master seed
 * when only parameters vary) and the same parameter draws: row r of one Latin hypercube over the whole uncertainty
 * catalogue (each parameter's column depends only on the master seed and its name). A parameter that the arm's
 * scenario, the arm or the design point sets is not drawn for that run; everything else is identical, so an arm
 * compared with itself differs by exactly 0.
 * <p>
 * <b>Chunks.</b> Runs are grouped, design point by point, arm by arm, into chunks of {@value #CHUNK_SIZE} consecutive
 * replicates (the last of an arm and point may be shorter). A chunk is the unit of work, of sharding
 * ({@code --shard i/n} takes the chunks with index % n == i - 1) and of merging (always in chunk index order).
 */
public final class RunPlan {
    public static final int CHUNK_SIZE = 16;

    /** One design point: the parameter values it sets (none for ensembles and comparisons). */
    public record Point(int index, Map<String, Double> values) {
        public Point {
            values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }
    }

    /** One run: arm, point, replicate (1-based), its seed and the overrides it runs with over its scenario. */
    public record Task(int arm, int point, int replicate, long seed, ParameterSet overrides) {
    }

    /** Consecutive replicates {@code first..first+count-1} of one arm at one point. */
    public record Chunk(int index, int arm, int point, int first, int count) {
        /** True when this chunk holds the arm's last replicate at this point. */
        public boolean last(int replicates) {
            return first + count - 1 == replicates;
        }
    }

    private final ExperimentSpec spec;
    private final List<Point> points;
    private final List<Chunk> chunks;
    private final LatinHypercube draws;
    private final String fingerprint;

    private RunPlan(ExperimentSpec spec, List<Point> points) {
        this.spec = spec;
        this.points = List.copyOf(points);
        this.draws = spec.uncertainty().drawsParameters()
            ? LatinHypercube.sample(ParameterUncertainty.all(), spec.masterSeed(), spec.replicates()) : null;
        List<Chunk> cs = new ArrayList<>();
        for (Point p : this.points) {
            for (int a = 0; a < spec.arms().size(); a++) {
                for (int first = 1; first <= spec.replicates(); first += CHUNK_SIZE) {
                    cs.add(new Chunk(cs.size(), a, p.index(), first, Math.min(CHUNK_SIZE, spec.replicates() - first + 1)));
                }
            }
        }
        this.chunks = List.copyOf(cs);
        this.fingerprint = fingerprint(spec, this.points);
    }

    /** The plan of {@code spec} (refused above its run limit), with the default sensitivity designs. */
    public static RunPlan of(ExperimentSpec spec) throws ExperimentException {
        return of(spec, DefaultDesigns::of);
    }

    /** The plan of {@code spec}; sensitivity studies take their design from {@code designs}. */
    public static RunPlan of(ExperimentSpec spec, UnitDesign.Factory designs) throws ExperimentException {
        spec.checkRunLimit();
        List<Point> points = new ArrayList<>();
        switch (spec.kind()) {
            case ENSEMBLE, COMPARE -> points.add(new Point(0, Map.of()));
            case SWEEP -> {
                SweepAxis x = spec.sweep().get(0);
                SweepAxis y = spec.sweep().size() > 1 ? spec.sweep().get(1) : null;
                for (double vx : x.values()) {
                    if (y == null) {
                        points.add(new Point(points.size(), Map.of(x.parameter(), vx)));
                    } else {
                        for (double vy : y.values()) {
                            Map<String, Double> m = new LinkedHashMap<>();
                            m.put(x.parameter(), vx);
                            m.put(y.parameter(), vy);
                            points.add(new Point(points.size(), m));
                        }
                    }
                }
            }
            case SENSITIVITY -> {
                List<String> names = spec.sensitivity().parameters();
                double[][] unit = designs.design(spec.sensitivity(), spec.masterSeed()).unitPoints();
                for (double[] u : unit) {
                    if (u.length != names.size()) {
                        throw new IllegalArgumentException("design row of " + u.length + " columns for " + names.size()
                            + " parameters");
                    }
                    Map<String, Double> m = new LinkedHashMap<>();
                    for (int j = 0; j < u.length; j++) {
                        m.put(names.get(j), scale(ParameterRegistry.get().require(names.get(j)), u[j]));
                    }
                    points.add(new Point(points.size(), m));
                }
            }
            default -> throw new IllegalStateException();
        }
        return new RunPlan(spec, points);
    }

    /** A unit position mapped to the parameter's registry range (rounded for whole-number parameters). */
    static double scale(Parameter p, double u) {
        if (u < 0 || u > 1 || Double.isNaN(u)) {
            throw new IllegalArgumentException("unit point " + u + " outside [0, 1] for " + p.name());
        }
        double v = p.min() + u * (p.max() - p.min());
        return p.integer() ? Math.rint(v) : v;
    }

    public ExperimentSpec spec() {
        return spec;
    }

    public List<Point> points() {
        return points;
    }

    public List<Chunk> chunks() {
        return chunks;
    }

    /**
     * True when per-step statistics are kept; a sensitivity study keeps only the horizon values its estimators read
     * (its thousands of design points would otherwise hold a time series each).
     */
    public boolean perStep() {
        return spec.kind() != ExperimentKind.SENSITIVITY;
    }

    /** Total runs. */
    public long runs() {
        return spec.runCount();
    }

    /** The chunks of shard {@code i} of {@code n} (1-based): index % n == i - 1. */
    public List<Chunk> shard(int i, int n) {
        if (n < 1 || i < 1 || i > n) {
            throw new IllegalArgumentException("shard " + i + "/" + n + ": need 1 <= i <= n");
        }
        return chunks.stream().filter(c -> c.index() % n == i - 1).toList();
    }

    /** The tasks of a chunk, in replicate order. */
    public List<Task> tasks(Chunk c) {
        List<Task> out = new ArrayList<>(c.count());
        for (int r = c.first(); r < c.first() + c.count(); r++) {
            out.add(task(c.arm(), c.point(), r));
        }
        return out;
    }

    /** Run r (1-based) of arm {@code arm} at point {@code point}. */
    public Task task(int arm, int point, int r) {
        Arm a = spec.arms().get(arm);
        Point p = points.get(point);
        Map<String, Double> values = new LinkedHashMap<>();
        if (draws != null) {
            for (Map.Entry<String, Double> e : draws.row(r).entrySet()) {
                if (!a.sets(e.getKey()) && !p.values().containsKey(e.getKey())) {
                    values.put(e.getKey(), e.getValue());
                }
            }
        }
        values.putAll(a.overrides());
        values.putAll(p.values());
        return new Task(arm, point, r, spec.uncertainty().seed(spec.masterSeed(), r),
            ParameterSet.defaults().withAll(values));
    }

    /** A hash of everything that decides the runs: partial results of different plans never merge. */
    public String fingerprint() {
        return fingerprint;
    }

    private static String fingerprint(ExperimentSpec spec, List<Point> points) {
        StringBuilder b = new StringBuilder();
        b.append(spec.sha256()).append('|').append(spec.kind()).append('|').append(spec.replicates()).append('|')
            .append(spec.masterSeed()).append('|').append(spec.years()).append('|').append(spec.uncertainty()).append('|')
            .append(CHUNK_SIZE).append('|').append(spec.outcomes()).append('|').append(spec.horizons());
        for (Arm a : spec.arms()) {
            b.append('|').append(a.name()).append(':').append(a.scenario().sha256()).append(':').append(a.overrides());
        }
        for (Point p : points) {
            b.append('|').append(p.values());
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(b.toString().getBytes(StandardCharsets.UTF_8))).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
