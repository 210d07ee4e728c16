package org.cascade.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.cascade.experiment.ExperimentFiles;
import org.cascade.experiment.ExperimentLoader;
import org.cascade.experiment.RunPlan;
import org.cascade.params.ParameterException;
import org.cascade.params.ParameterRegistry;
import org.cascade.params.ParameterSet;
import org.cascade.results.RunResult;
import org.cascade.run.ModelRun;
import org.cascade.run.Seeds;
import org.cascade.run.UncertaintyMode;
import org.cascade.run.output.AtomicOutputs;
import org.cascade.run.output.EventLogCsvWriter;
import org.cascade.run.output.Json;
import org.cascade.run.output.Provenance;
import org.cascade.run.output.ProvenanceJson;
import org.cascade.run.output.TidyCsvWriter;
import org.cascade.scenario.Scenario;
import org.cascade.scenario.ScenarioException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code run}: one run (tidy CSV + event log CSV + provenance JSON) or, with {@code --replicates R > 1}, an
 * ensemble: the same experiment and outputs as {@code ensemble} with a file of one arm (see {@link ExperimentCommand}).
 * Every input is checked before the model starts; outputs appear only when complete.
 */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Run a scenario and write its outputs (see simulation/OUTPUTS.md).")
final class RunCommand implements Callable<Integer> {
    static final int MIN_REPLICATES = 1;
    static final int MAX_REPLICATES = 100_000;
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");

    @Spec
    CommandSpec spec;

    @Option(names = "--scenario", required = true, paramLabel = "FILE|ID",
        description = "Scenario file (.yaml) or bundled scenario id (see 'scenarios'), e.g. baseline")
    String scenario;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
        description = "Random seed, 0..2147483647; for an ensemble the master seed (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--years", paramLabel = "Y",
        description = "Horizon in years, 1..50 (default: the scenario's)")
    Integer years;

    @Option(names = "--replicates", paramLabel = "R", defaultValue = "1",
        description = "Replicates, 1..100000; more than 1 runs an ensemble, as 'ensemble' does with a file of this "
            + "scenario and --set values (default ${DEFAULT-VALUE})")
    int replicates;

    @Option(names = "--uncertainty", paramLabel = "WHAT",
        description = "What an ensemble's replicates vary: shocks (random shocks only), parameters (the behavioural "
            + "judgements, drawn by Latin hypercube, under the same shocks) or both (default for ensembles). "
            + "Values set by the scenario or --set are never drawn.")
    String uncertainty;

    @Option(names = "--set", paramLabel = "NAME=VALUE",
        description = "Set a parameter (repeatable); over the scenario's values. See 'params'.")
    List<String> sets = new ArrayList<>();

    @Option(names = "--out", paramLabel = "FILE.csv|DIR",
        description = "Output CSV, a name ending in .csv (default runs/<scenario>-seed<N>.csv); the JSON provenance, the "
            + "event log and the .sha256 manifest go beside it. With --replicates a directory (default "
            + "runs/<scenario>-seed<N>-ensemble) for the files 'ensemble' writes and the experiment.yaml it ran")
    String out;

    @Option(names = "--no-out", description = "Write no files (e.g. with --summary); not with --out")
    boolean noOut;

    @Option(names = "--threads", paramLabel = "T",
        description = "Worker threads for ensembles (default: all processors)")
    Integer threads;

    @Option(names = "--summary", description = "Print a short human summary to stdout")
    boolean summary;

    /**
     * A command-line run has nobody to take a {@code human} seat (MODEL.md 7.11): say so, and that the default rule
     * (the adaptive government) decides those levers.
     */
    static void humanSeatNote(Scenario sc, ParameterSet overrides, PrintWriter err) {
        ParameterSet effective = sc.parameters().withAll(overrides.overrides());
        List<String> seats = new java.util.ArrayList<>();
        for (org.cascade.region.StateCode s : org.cascade.region.StateCode.values()) {
            List<String> levers = org.cascade.scenario.Governments.Lever.availableLevers(s).stream()
                .filter(l -> sc.governments().mode(s, l, effective) == org.cascade.scenario.Governments.Mode.HUMAN)
                .map(org.cascade.scenario.Governments.Lever::id).toList();
            if (!levers.isEmpty()) {
                seats.add(s + " (" + String.join(", ", levers) + ")");
            }
        }
        if (!seats.isEmpty()) {
            err.println("note: human seats " + String.join("; ", seats) + " have nobody to answer them in a"
                + " command-line run: the default rule (the adaptive government) decides those levers");
            err.flush();
        }
    }

    @Override
    public Integer call() throws CliException, InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        // 1. Check every input before running.
        if (!Seeds.valid(seed)) {
            throw new CliException("--seed " + seed + " is out of range; allowed " + Seeds.RANGE);
        }
        if (years != null && (years < Scenario.MIN_YEARS || years > Scenario.MAX_YEARS)) {
            throw new CliException("--years " + years + " is out of range; allowed " + Scenario.MIN_YEARS + ".."
                + Scenario.MAX_YEARS);
        }
        if (replicates < MIN_REPLICATES || replicates > MAX_REPLICATES) {
            throw new CliException("--replicates " + replicates + " is out of range; allowed " + MIN_REPLICATES + ".."
                + MAX_REPLICATES);
        }
        if (threads != null && (threads < 1 || threads > 1024)) {
            throw new CliException("--threads " + threads + " is out of range; allowed 1..1024");
        }
        if (noOut && out != null) {
            throw new CliException("--no-out and --out " + out + " exclude each other; give one of them");
        }
        UncertaintyMode mode = uncertaintyMode(uncertainty, replicates);
        Map<String, Double> cliValues = parseSets(sets);
        Scenarios.Resolved resolved = Scenarios.resolve(scenario);
        Scenario sc = resolved.scenario();
        // a horizon shorter than the scenario's timeline runs; the events after it are listed as not reached
        int horizon = years != null ? years : sc.years();
        // validated by parseSets; applied over the scenario's values by ModelRun
        ParameterSet overrides = ParameterSet.defaults().withAll(cliValues);
        humanSeatNote(sc, overrides, err);
        if (replicates > 1) {
            return ensemble(resolved, cliValues, horizon, mode, err);
        }
        Outputs paths = noOut ? null : outputs(sc.id(), resolved.path());
        if (paths != null) {
            try {
                // what killed runs left beside the outputs: unfinished sets deleted, committed ones completed
                AtomicOutputs.recover(paths.csv.toAbsolutePath().getParent());
            } catch (IOException e) {
                throw new CliException("cannot clean up the output directory of " + paths.csv + ": " + e.getMessage());
            }
        }
        Provenance provenance = new Provenance(sc, resolved.source(), cliValues, seed, horizon, null, Instant.now(),
            args(), paths == null ? Map.of() : paths.names());

        // 2. Run.
        RunResult result = ModelRun.run(sc, overrides, seed, horizon);
        if (paths != null) {
            write(paths, List.of(
                new Output(paths.csv, w -> TidyCsvWriter.write(result, w)),
                new Output(paths.events, w -> EventLogCsvWriter.write(result, w)),
                new Output(paths.json, w -> ProvenanceJson.write(provenance, w))));
        }
        if (summary) {
            Summary.print(spec.commandLine().getOut(), sc, Summary.of(result), result.events(), horizon,
                "seed " + seed, paths != null);
        }
        return CascadeCli.EXIT_OK;
    }

    /**
     * {@code --replicates R > 1}: the same experiment as {@code ensemble} with a file of one arm (the scenario and the
     * --set values), run by the experiment engine and written as {@code ensemble} writes it, plus that file
     * ({@code experiment.yaml}) so the report's command reproduces it.
     */
    private int ensemble(Scenarios.Resolved resolved, Map<String, Double> cliValues, int horizon, UncertaintyMode mode,
                         PrintWriter err) throws CliException, InterruptedException {
        Scenario sc = resolved.scenario();
        Path dir = noOut ? null : ensembleDir(sc.id());
        String yaml = ensembleYaml(resolved, cliValues, horizon, mode);
        String file = dir == null ? "run --replicates" : dir.resolve(ExperimentFiles.EXPERIMENT_FILE).toString();
        RunPlan plan;
        try {
            Path scenarioDir = resolved.path() == null ? null : resolved.path().toAbsolutePath().getParent();
            plan = RunPlan.of(ExperimentLoader.parse(file, yaml, scenarioDir));
        } catch (ScenarioException e) {
            throw new CliException(e.getMessage());
        }
        int t = threads != null ? threads : Math.max(1, Runtime.getRuntime().availableProcessors());
        ExperimentCommand.Outcome o = ExperimentCommand.runPlan(plan, t, null, dir, null, args(), true, err);
        if (o.result() != null && summary) {
            Summary.print(spec.commandLine().getOut(), sc, Summary.of(o.result()), List.of(), horizon,
                "mean of " + replicates + " replicates, master seed " + seed + ", uncertainty: " + mode.id());
        }
        return o.code();
    }

    /** The experiment file {@code run --replicates} stands for: one arm, default horizons and outcomes. */
    String ensembleYaml(Scenarios.Resolved resolved, Map<String, Double> cliValues, int horizon, UncertaintyMode mode) {
        Scenario sc = resolved.scenario();
        String name = sc.id().replaceAll("[^A-Za-z0-9_-]", "_");
        name = name.isEmpty() ? "scenario" : name.substring(0, Math.min(40, name.length()));
        // a scenario file by its absolute path, so the file written beside the outputs reproduces the run from anywhere
        String ref = resolved.path() != null ? resolved.path().toAbsolutePath().normalize().toString()
            : resolved.source().startsWith("bundled:") ? resolved.source().substring("bundled:".length()) : "defaults";
        StringBuilder b = new StringBuilder();
        b.append("title: ").append(Json.string(sc.id() + ", " + replicates + " replicates")).append('\n');
        b.append("kind: ensemble\n");
        b.append("replicates: ").append(replicates).append('\n');
        b.append("master_seed: ").append(seed).append('\n');
        b.append("years: ").append(horizon).append('\n');
        b.append("uncertainty: ").append(mode.id()).append('\n');
        b.append("arms:\n  - name: ").append(name).append("\n    scenario: ").append(Json.string(ref)).append('\n');
        if (!cliValues.isEmpty()) {
            b.append("    set: {").append(String.join(", ", cliValues.entrySet().stream()
                .map(e -> Json.string(e.getKey()) + ": " + e.getValue()).toList())).append("}\n");
        }
        return b.toString();
    }

    /** The output directory of an ensemble: --out (a directory), or runs/SCENARIO-seedN-ensemble. */
    private Path ensembleDir(String scenarioId) throws CliException {
        if (out == null) {
            return Path.of("runs", scenarioId + "-seed" + seed + "-ensemble");
        }
        Path dir;
        try {
            dir = Path.of(out);
        } catch (InvalidPathException e) {
            throw new CliException("--out " + out + ": not a valid path (" + e.getReason() + ")");
        }
        if (out.toLowerCase(java.util.Locale.ROOT).endsWith(".csv")) {
            throw new CliException("--out " + out + ": with --replicates the outputs are a directory (experiment.csv, "
                + "horizons.csv, provenance.json, report.html, as 'ensemble' writes them); give a directory, e.g. "
                + "--out runs/my-ensemble");
        }
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new CliException("--out " + out + ": cannot write the ensemble's files there: it is "
                + AtomicOutputs.kind(dir) + ", not a directory");
        }
        return dir;
    }

    /** The ensemble's mode: the one named, or the default; only an ensemble has one. */
    static UncertaintyMode uncertaintyMode(String id, int replicates) throws CliException {
        if (id == null) {
            return UncertaintyMode.DEFAULT;
        }
        if (replicates <= 1) {
            throw new CliException("--uncertainty " + id + " applies to ensembles; give --replicates R with R > 1");
        }
        return UncertaintyMode.parse(id).orElseThrow(() -> new CliException("--uncertainty " + id
            + " is not a choice; allowed " + UncertaintyMode.choices()));
    }

    /** Validated --set values, in order; a value equal to the default still counts as set. */
    static Map<String, Double> parseSets(List<String> sets) throws CliException {
        Map<String, Double> values = new LinkedHashMap<>();
        ParameterRegistry reg = ParameterRegistry.get();
        for (String s : sets) {
            int eq = s.indexOf('=');
            if (eq <= 0) {
                throw new CliException("--set " + s + ": expected NAME=VALUE, e.g. --set trade.elasticity=5");
            }
            String name = s.substring(0, eq).trim();
            String text = s.substring(eq + 1).trim();
            if (values.containsKey(name)) {
                throw new CliException("--set " + name + " is given more than once; give each parameter once");
            }
            if (reg.find(name).isEmpty()) {
                throw new CliException("--set " + s + ": " + reg.unknownMessage(name));
            }
            double v;
            if (NUMBER.matcher(text).matches()) {
                v = Double.parseDouble(text);
            } else if (text.equalsIgnoreCase("nan")) {
                v = Double.NaN;
            } else if (text.matches("[-+]?(?i)inf(inity)?")) {
                v = text.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            } else {
                throw new CliException("--set " + s + ": '" + text + "' is not a number; allowed "
                    + reg.require(name).range() + (reg.require(name).unit().isEmpty() ? "" : " " + reg.require(name).unit()));
            }
            try {
                ParameterSet.defaults().with(name, v);
            } catch (ParameterException e) {
                throw new CliException("--set " + s + ": " + e.getMessage());
            }
            values.put(name, v);
        }
        return values;
    }

    private record Output(Path path, AtomicOutputs.Content content) {
    }

    /** Output paths of a single run. */
    record Outputs(Path csv, Path events, Path json, Path manifest) {
        Map<String, String> names() {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("series_csv", csv.getFileName().toString());
            m.put("events_csv", events.getFileName().toString());
            m.put("provenance_json", json.getFileName().toString());
            m.put("manifest", manifest.getFileName().toString());
            return m;
        }

        List<Path> all() {
            return List.of(csv, events, json, manifest);
        }
    }

    private Outputs outputs(String scenarioId, Path input) throws CliException {
        Path csv;
        if (out == null) {
            Path dir = Path.of("runs");
            try {
                Files.createDirectories(dir);
            } catch (IOException e) {
                throw new CliException("cannot create the output directory " + dir.toAbsolutePath() + ": "
                    + (e instanceof java.nio.file.FileAlreadyExistsException ? "a file of that name exists" : e.getMessage()));
            }
            csv = dir.resolve(scenarioId + "-seed" + seed + ".csv");
        } else {
            try {
                csv = Path.of(out);
            } catch (InvalidPathException e) {
                throw new CliException("--out " + out + ": not a valid path (" + e.getReason() + ")");
            }
        }
        String name = csv.getFileName() == null ? "" : csv.getFileName().toString();
        try {
            // the directory as the file system resolves it (links, "..") so checks and writes see the same files
            csv = csv.toAbsolutePath().getParent().toRealPath().resolve(name);
        } catch (IOException | RuntimeException e) {
            // no such directory: problemWith says so below
        }
        String prefix = out != null ? "--out " + out + ": " : "";
        if (Files.exists(csv) && !Files.isRegularFile(csv)) {
            throw new CliException(prefix + "cannot write " + csv + ": it is " + AtomicOutputs.kind(csv) + ", not a regular file"
                + (out != null ? "; to discard the outputs use --no-out" : ""));
        }
        if (!name.toLowerCase(java.util.Locale.ROOT).endsWith(".csv") || name.length() <= 4) {
            throw new CliException(prefix + "the output name must end in .csv, e.g. runs/my-run.csv (the provenance "
                + ".json, the event log and the .sha256 manifest go beside it)");
        }
        String base = name.substring(0, name.length() - 4);
        Path events = csv.resolveSibling(base + "-events.csv");
        Path json = csv.resolveSibling(base + ".json");
        Outputs outputs = new Outputs(csv, events, json, AtomicOutputs.manifestFor(csv));
        for (Path p : outputs.all()) {
            String problem = AtomicOutputs.problemWith(p);
            if (!problem.isEmpty()) {
                throw new CliException(prefix + problem);
            }
            if (input != null && sameFile(p, input)) {
                throw new CliException(prefix + "cannot write " + p + ": it is the scenario file given with --scenario");
            }
        }
        return outputs;
    }

    /** True when both exist and are the same file (through links too). */
    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    private void write(Outputs paths, List<Output> outputs) throws CliException {
        try (AtomicOutputs files = new AtomicOutputs(paths.manifest)) {
            for (Output o : outputs) {
                files.write(o.path, o.content);
            }
            List<Path> written = files.commit();
            spec.commandLine().getErr().println("wrote " + String.join(", ", written.stream()
                .map(p -> relative(p).toString()).toList()));
            spec.commandLine().getErr().flush();
        } catch (IOException e) {
            throw new CliException("cannot write the outputs beside " + paths.csv + ": " + e.getMessage());
        }
    }

    private static Path relative(Path p) {
        Path cwd = Path.of("").toAbsolutePath();
        return p.startsWith(cwd) ? cwd.relativize(p) : p;
    }

    private List<String> args() {
        CommandSpec root = spec.root();
        if (root.commandLine() != null && root.commandLine().getParseResult() != null) {
            return root.commandLine().getParseResult().originalArgs();
        }
        return List.of();
    }
}
