package org.cascade.experiment;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.cascade.model.CascadeModel;
import org.cascade.params.Parameter;
import org.cascade.params.ParameterException;
import org.cascade.params.ParameterGroup;
import org.cascade.params.ParameterRegistry;
import org.cascade.params.ParameterSet;
import org.cascade.region.Calendar;
import org.cascade.results.SeriesKey;
import org.cascade.run.Seeds;
import org.cascade.run.UncertaintyMode;
import org.cascade.scenario.Scenario;
import org.cascade.scenario.ScenarioException;
import org.cascade.scenario.ScenarioLibrary;
import org.cascade.scenario.ScenarioLoader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads an experiment file. Example (see scenarios/experiments/):
 * <pre>
 * title: Open borders against the baseline    # optional
 * kind: compare                               # ensemble | compare | sweep | sensitivity
 * replicates: 200                             # 1..100000 per arm and design point
 * master_seed: 42                             # 0..2147483647
 * years: 20                                   # 1..50 (default: the first arm's scenario's)
 * uncertainty: both                           # shocks | parameters | both (default both)
 * horizons: [2030, 2035, 2044]                # years inside the horizon (default: 2030, 2035, the last)
 * precision: 0.1                              # compare: wanted CI half-width as a fraction of |mean|
 * run_limit: 200000                           # refuse above this many runs
 * arms:                                       # 1 (ensemble, sweep, sensitivity) or 2..4 (compare)
 *   - name: baseline
 *     scenario: baseline                      # a bundled id, "defaults", or a file relative to this one
 *   - name: open
 *     scenario: baseline
 *     set: {border.open_rate: 0.5}
 * outcomes:                                   # default: GDP and total trade per state, regional totals
 *   - metric: gdp_usd
 *     subjects: [KZ, UZ]                      # default: every subject of the metric
 * sweep:                                      # sweep: one or two parameters
 *   - parameter: trade.elasticity
 *     values: [2, 4, 6]                       # or from/to/steps
 * sensitivity:                                # sensitivity only
 *   method: morris                            # morris | sobol
 *   parameters: [trade.elasticity, group:disputes]
 *   trajectories: 20                          # morris (levels: 4); sobol takes n: 256
 * </pre>
 * Every problem is an {@link ExperimentException} {@code file:line: field: problem} naming what is allowed.
 */
public final class ExperimentLoader {
    public static final List<String> FIELDS = List.of("title", "kind", "replicates", "master_seed", "years",
        "uncertainty", "horizons", "precision", "run_limit", "arms", "outcomes", "sweep", "sensitivity");
    static final List<String> ARM_FIELDS = List.of("name", "scenario", "set");
    static final List<String> OUTCOME_FIELDS = List.of("metric", "subjects");
    static final List<String> AXIS_FIELDS = List.of("parameter", "values", "from", "to", "steps");
    static final List<String> SENSITIVITY_FIELDS = List.of("method", "parameters", "trajectories", "levels", "n");
    /** The outcomes aggregated when a file names none. */
    public static final List<String> DEFAULT_METRICS = List.of("gdp_usd", "total_trade_usd", "regional_trade_usd",
        "cooperation_index", "middle_corridor_mt");
    public static final int MAX_AXIS_VALUES = 1000;
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,40}");
    private static final int MAX_BYTES = 1 << 20;

    private ExperimentLoader() {
    }

    /** Loads a file; scenario files named by arms resolve relative to its directory. */
    public static ExperimentSpec load(Path file) throws ScenarioException {
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw new ExperimentException(file.toString(), 0, "", "is a directory; give an experiment file (.yaml)");
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new ExperimentException(file.toString(), 0, "", "the file is too large; allowed at most "
                    + MAX_BYTES + " bytes");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ExperimentException(file.toString(), 0, "", e instanceof java.nio.file.NoSuchFileException
                ? "no such file" : "cannot read the file: " + e.getMessage());
        }
        Path dir = file.toAbsolutePath().getParent();
        return parse(file.toString(), new String(bytes, StandardCharsets.UTF_8), dir);
    }

    /** Parses experiment text; {@code dir} is where relative scenario paths resolve (null: bundled ids only). */
    public static ExperimentSpec parse(String file, String yaml, Path dir) throws ScenarioException {
        return new Reader(file, yaml, dir).read();
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The series a run of {@code scenario} records, in the model's order (the same for every scenario). */
    static List<SeriesKey> seriesOf(Scenario scenario) {
        return CascadeModel.recordedSeries();
    }

    private static final class Reader {
        private final String file;
        private final String text;
        private final Path dir;

        Reader(String file, String text, Path dir) {
            this.file = file;
            this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
            this.dir = dir;
        }

        ExperimentSpec read() throws ScenarioException {
            Node root = compose();
            if (!(root instanceof MappingNode map)) {
                throw error(root, "", root == null ? "the file is empty; expected a map with the fields "
                    + String.join(", ", FIELDS) : "the top level must be a map of fields (" + String.join(", ", FIELDS) + ")");
            }
            Map<String, NodeTuple> f = keys(map, "", FIELDS);
            Node kindNode = require(f, root, "kind");
            String kindText = scalar(kindNode, "kind");
            ExperimentKind kind = ExperimentKind.parse(kindText).orElseThrow(() -> error(kindNode, "kind",
                "unknown kind '" + kindText + "'; allowed " + ExperimentKind.choices()));
            int replicates = (int) whole(require(f, root, "replicates"), "replicates", 1, ExperimentSpec.MAX_REPLICATES);
            long seed = f.containsKey("master_seed")
                ? whole(f.get("master_seed").getValueNode(), "master_seed", Seeds.MIN, Seeds.MAX) : 1;
            String title = f.containsKey("title") ? scalar(f.get("title").getValueNode(), "title") : file;
            UncertaintyMode mode = UncertaintyMode.DEFAULT;
            if (f.containsKey("uncertainty")) {
                Node n = f.get("uncertainty").getValueNode();
                String u = scalar(n, "uncertainty");
                mode = UncertaintyMode.parse(u).orElseThrow(() -> error(n, "uncertainty",
                    "unknown mode '" + u + "'; allowed " + UncertaintyMode.choices()));
            }
            List<Arm> arms = arms(require(f, root, "arms"), kind);
            int years = f.containsKey("years")
                ? (int) whole(f.get("years").getValueNode(), "years", Scenario.MIN_YEARS, Scenario.MAX_YEARS)
                : arms.get(0).scenario().years();
            List<Integer> horizons = horizons(f.containsKey("horizons") ? f.get("horizons").getValueNode() : null, years);
            List<SeriesKey> outcomes = outcomes(f.containsKey("outcomes") ? f.get("outcomes").getValueNode() : null,
                seriesOf(arms.get(0).scenario()));
            double precision = 0.1;
            if (f.containsKey("precision")) {
                precision = number(f.get("precision").getValueNode(), "precision", 1e-6, 10);
            }
            long runLimit = f.containsKey("run_limit")
                ? whole(f.get("run_limit").getValueNode(), "run_limit", 1, 100_000_000) : ExperimentSpec.DEFAULT_RUN_LIMIT;
            List<SweepAxis> sweep = List.of();
            if (kind == ExperimentKind.SWEEP) {
                sweep = sweep(require(f, root, "sweep"), arms.get(0));
            } else if (f.containsKey("sweep")) {
                throw error(f.get("sweep").getKeyNode(), "sweep", "only a sweep has a sweep (kind is " + kind.id() + ")");
            }
            SensitivitySettings sensitivity = null;
            if (kind == ExperimentKind.SENSITIVITY) {
                sensitivity = sensitivity(require(f, root, "sensitivity"), arms.get(0));
            } else if (f.containsKey("sensitivity")) {
                throw error(f.get("sensitivity").getKeyNode(), "sensitivity", "only a sensitivity study has "
                    + "sensitivity settings (kind is " + kind.id() + ")");
            }
            ExperimentSpec spec = new ExperimentSpec(file, sha256(text), text, title, kind, arms, replicates, seed, years,
                mode, horizons, outcomes, sweep, sensitivity, precision, runLimit);
            if (spec.runCount() > runLimit) {
                throw error(f.get("replicates").getValueNode(), "replicates", "the experiment needs " + spec.runCount()
                    + " runs (" + arms.size() + " arm(s) x " + spec.points() + " point(s) x " + replicates
                    + " replicates); the run limit is " + runLimit + " (raise run_limit or ask for fewer)");
            }
            return spec;
        }

        private List<Arm> arms(Node n, ExperimentKind kind) throws ScenarioException {
            int min = kind == ExperimentKind.COMPARE ? 2 : 1;
            int max = kind == ExperimentKind.COMPARE ? 4 : 1;
            if (!(n instanceof SequenceNode seq)) {
                throw error(n, "arms", "must be a list of arms (name, scenario, set), not " + kind(n));
            }
            int count = seq.getValue().size();
            if (count < min || count > max) {
                throw error(n, "arms", "a " + kind.id() + " has " + (min == max ? "1 arm" : min + " to " + max + " arms")
                    + ", got " + count);
            }
            List<Arm> arms = new ArrayList<>();
            Set<String> names = new LinkedHashSet<>();
            for (int i = 0; i < count; i++) {
                Node a = seq.getValue().get(i);
                String path = "arms[" + (i + 1) + "]";
                if (!(a instanceof MappingNode am)) {
                    throw error(a, path, "must be a map with name, scenario and optionally set, not " + kind(a));
                }
                Map<String, NodeTuple> f = keys(am, path, ARM_FIELDS);
                Node nameNode = require(f, a, "name", path);
                String name = scalar(nameNode, path + ".name");
                if (!NAME.matcher(name).matches()) {
                    throw error(nameNode, path + ".name", "'" + name + "' is not allowed; use 1 to 40 letters, digits, "
                        + "'-' or '_'");
                }
                if (!names.add(name)) {
                    throw error(nameNode, path + ".name", "arm name '" + name + "' is used twice; names must differ");
                }
                Node scNode = require(f, a, "scenario", path);
                String ref = scalar(scNode, path + ".scenario");
                Scenario scenario;
                String source;
                Path p = dir == null ? null : dir.resolve(ref);
                if (p != null && Files.isRegularFile(p)) {
                    scenario = ScenarioLoader.load(p);
                    source = ref;
                } else if (ScenarioLibrary.ids().contains(ref)) {
                    scenario = ScenarioLibrary.load(ref);
                    source = "bundled:" + ref;
                } else if ("defaults".equals(ref)) {
                    scenario = Scenario.defaults();
                    source = "built-in:defaults";
                } else {
                    throw error(scNode, path + ".scenario", "'" + ref + "' is neither a file"
                        + (dir == null ? "" : " beside " + file) + " nor a bundled scenario; bundled: "
                        + String.join(", ", ScenarioLibrary.ids()) + ", defaults");
                }
                Map<String, Double> overrides = new LinkedHashMap<>();
                if (f.containsKey("set")) {
                    Node s = f.get("set").getValueNode();
                    if (!(s instanceof MappingNode sm)) {
                        throw error(s, path + ".set", "must be a map of parameter: value, not " + kind(s));
                    }
                    for (NodeTuple t : keys(sm, path + ".set", null).values()) {
                        String param = ((ScalarNode) t.getKeyNode()).getValue();
                        overrides.put(param, parameterValue(t.getValueNode(), path + ".set." + param, param));
                    }
                }
                arms.add(new Arm(name, source, scenario, overrides));
            }
            return arms;
        }

        private double parameterValue(Node n, String field, String param) throws ScenarioException {
            ParameterRegistry reg = ParameterRegistry.get();
            if (reg.find(param).isEmpty()) {
                throw error(n, field, reg.unknownMessage(param));
            }
            Parameter p = reg.require(param);
            double v = number(n, field, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, p.range());
            String problem = p.problemWith(v);
            if (problem != null && !problem.isEmpty()) {
                throw error(n, field, problem);
            }
            try {
                ParameterSet.defaults().with(param, v);
            } catch (ParameterException e) {
                throw error(n, field, e.getMessage());
            }
            return v;
        }

        private List<Integer> horizons(Node n, int years) throws ScenarioException {
            int first = Calendar.START.getYear();
            int last = Calendar.dateOf(years * 12 - 1).getYear();
            if (n == null) {
                Set<Integer> d = new java.util.TreeSet<>();
                for (int y : new int[] {2030, 2035}) {
                    if (y <= last) {
                        d.add(y);
                    }
                }
                d.add(last);
                return List.copyOf(d);
            }
            if (!(n instanceof SequenceNode seq) || seq.getValue().isEmpty()) {
                throw error(n, "horizons", "must be a non-empty list of years in [" + first + ", " + last + "]");
            }
            Set<Integer> out = new java.util.TreeSet<>();
            for (Node y : seq.getValue()) {
                int v = (int) whole(y, "horizons", first, last);
                if (!out.add(v)) {
                    throw error(y, "horizons", v + " is given twice");
                }
            }
            return List.copyOf(out);
        }

        private List<SeriesKey> outcomes(Node n, List<SeriesKey> series) throws ScenarioException {
            List<SeriesKey> out = new ArrayList<>();
            if (n == null) {
                for (String m : DEFAULT_METRICS) {
                    series.stream().filter(k -> k.metric().equals(m)).forEach(out::add);
                }
                return out;
            }
            List<String> metrics = series.stream().map(SeriesKey::metric).distinct().toList();
            if (!(n instanceof SequenceNode seq) || seq.getValue().isEmpty()) {
                throw error(n, "outcomes", "must be a non-empty list of {metric, subjects}");
            }
            for (int i = 0; i < seq.getValue().size(); i++) {
                Node o = seq.getValue().get(i);
                String path = "outcomes[" + (i + 1) + "]";
                if (!(o instanceof MappingNode om)) {
                    throw error(o, path, "must be a map with metric and optionally subjects, not " + kind(o));
                }
                Map<String, NodeTuple> f = keys(om, path, OUTCOME_FIELDS);
                Node mNode = require(f, o, "metric", path);
                String metric = scalar(mNode, path + ".metric");
                if (!metrics.contains(metric)) {
                    throw error(mNode, path + ".metric", "unknown metric '" + metric + "'; allowed: "
                        + String.join(", ", metrics));
                }
                List<String> subjects = series.stream().filter(k -> k.metric().equals(metric)).map(SeriesKey::subject)
                    .toList();
                if (f.containsKey("subjects")) {
                    Node s = f.get("subjects").getValueNode();
                    if (!(s instanceof SequenceNode ss) || ss.getValue().isEmpty()) {
                        throw error(s, path + ".subjects", "must be a non-empty list; allowed: " + String.join(", ", subjects));
                    }
                    for (Node sub : ss.getValue()) {
                        String subject = scalar(sub, path + ".subjects");
                        if (!subjects.contains(subject)) {
                            throw error(sub, path + ".subjects", "'" + subject + "' is not a subject of " + metric
                                + "; allowed: " + String.join(", ", subjects));
                        }
                        add(out, new SeriesKey(metric, subject), sub, path);
                    }
                } else {
                    for (String subject : subjects) {
                        add(out, new SeriesKey(metric, subject), o, path);
                    }
                }
            }
            return out;
        }

        private void add(List<SeriesKey> out, SeriesKey k, Node n, String path) throws ScenarioException {
            if (out.contains(k)) {
                throw error(n, path, "outcome " + k.metric() + " " + k.subject() + " is given twice");
            }
            out.add(k);
        }

        private List<SweepAxis> sweep(Node n, Arm arm) throws ScenarioException {
            if (!(n instanceof SequenceNode seq) || seq.getValue().isEmpty() || seq.getValue().size() > 2) {
                throw error(n, "sweep", "must be a list of one or two parameters (parameter, values or from/to/steps)");
            }
            List<SweepAxis> axes = new ArrayList<>();
            for (int i = 0; i < seq.getValue().size(); i++) {
                Node a = seq.getValue().get(i);
                String path = "sweep[" + (i + 1) + "]";
                if (!(a instanceof MappingNode am)) {
                    throw error(a, path, "must be a map with parameter and values or from/to/steps, not " + kind(a));
                }
                Map<String, NodeTuple> f = keys(am, path, AXIS_FIELDS);
                Node pNode = require(f, a, "parameter", path);
                String param = scalar(pNode, path + ".parameter");
                if (ParameterRegistry.get().find(param).isEmpty()) {
                    throw error(pNode, path + ".parameter", ParameterRegistry.get().unknownMessage(param));
                }
                if (axes.stream().anyMatch(x -> x.parameter().equals(param))) {
                    throw error(pNode, path + ".parameter", "'" + param + "' is swept twice");
                }
                if (arm.overrides().containsKey(param)) {
                    throw error(pNode, path + ".parameter", "'" + param + "' is also set by arm " + arm.name()
                        + "; sweep it or set it, not both");
                }
                List<Double> values = new ArrayList<>();
                if (f.containsKey("values")) {
                    if (f.containsKey("from") || f.containsKey("to") || f.containsKey("steps")) {
                        throw error(f.get("values").getKeyNode(), path, "give values or from/to/steps, not both");
                    }
                    Node v = f.get("values").getValueNode();
                    if (!(v instanceof SequenceNode vs) || vs.getValue().isEmpty()) {
                        throw error(v, path + ".values", "must be a non-empty list of numbers");
                    }
                    for (Node x : vs.getValue()) {
                        values.add(parameterValue(x, path + ".values", param));
                    }
                } else {
                    double from = parameterValue(require(f, a, "from", path), path + ".from", param);
                    double to = parameterValue(require(f, a, "to", path), path + ".to", param);
                    int steps = (int) whole(require(f, a, "steps", path), path + ".steps", 2, MAX_AXIS_VALUES);
                    boolean integer = ParameterRegistry.get().require(param).integer();
                    for (int s = 0; s < steps; s++) {
                        double x = from + (to - from) * s / (steps - 1);
                        values.add(integer ? Math.rint(x) : x);
                    }
                }
                if (values.size() > MAX_AXIS_VALUES) {
                    throw error(a, path, values.size() + " values; allowed at most " + MAX_AXIS_VALUES);
                }
                axes.add(new SweepAxis(param, values));
            }
            return axes;
        }

        private SensitivitySettings sensitivity(Node n, Arm arm) throws ScenarioException {
            if (!(n instanceof MappingNode m)) {
                throw error(n, "sensitivity", "must be a map (method, parameters, trajectories or n)");
            }
            Map<String, NodeTuple> f = keys(m, "sensitivity", SENSITIVITY_FIELDS);
            Node mNode = require(f, n, "method", "sensitivity");
            String method = scalar(mNode, "sensitivity.method");
            if (!method.equals(SensitivitySettings.MORRIS) && !method.equals(SensitivitySettings.SOBOL)) {
                throw error(mNode, "sensitivity.method", "unknown method '" + method + "'; allowed morris or sobol");
            }
            Node ps = require(f, n, "parameters", "sensitivity");
            if (!(ps instanceof SequenceNode pseq) || pseq.getValue().isEmpty()) {
                throw error(ps, "sensitivity.parameters", "must be a non-empty list of parameter names or group:NAME");
            }
            List<String> groups = java.util.Arrays.stream(ParameterGroup.values())
                .map(g -> "group:" + g.name().toLowerCase(Locale.ROOT)).toList();
            Set<String> params = new LinkedHashSet<>();
            for (Node p : pseq.getValue()) {
                String name = scalar(p, "sensitivity.parameters");
                if (name.startsWith("group:")) {
                    int gi = groups.indexOf(name);
                    if (gi < 0) {
                        throw error(p, "sensitivity.parameters", "unknown group '" + name + "'; allowed: "
                            + String.join(", ", groups));
                    }
                    ParameterRegistry.get().inGroup(ParameterGroup.values()[gi]).stream()
                        .filter(x -> !arm.sets(x.name())).forEach(x -> params.add(x.name()));
                } else {
                    if (ParameterRegistry.get().find(name).isEmpty()) {
                        throw error(p, "sensitivity.parameters", ParameterRegistry.get().unknownMessage(name));
                    }
                    if (arm.overrides().containsKey(name)) {
                        throw error(p, "sensitivity.parameters", "'" + name + "' is also set by arm " + arm.name());
                    }
                    if (!params.add(name)) {
                        throw error(p, "sensitivity.parameters", "'" + name + "' is given twice");
                    }
                }
            }
            if (params.size() < 2) {
                throw error(ps, "sensitivity.parameters", "a sensitivity study needs at least 2 parameters, got "
                    + params.size());
            }
            boolean morris = method.equals(SensitivitySettings.MORRIS);
            if (morris && f.containsKey("n")) {
                throw error(f.get("n").getKeyNode(), "sensitivity.n", "n is for sobol; morris takes trajectories");
            }
            if (!morris && (f.containsKey("trajectories") || f.containsKey("levels"))) {
                throw error(f.containsKey("levels") ? f.get("levels").getKeyNode() : f.get("trajectories").getKeyNode(),
                    "sensitivity", "trajectories and levels are for morris; sobol takes n");
            }
            int trajectories = morris && f.containsKey("trajectories")
                ? (int) whole(f.get("trajectories").getValueNode(), "sensitivity.trajectories", 2, 10_000) : morris ? 20 : 0;
            int levels = morris && f.containsKey("levels")
                ? (int) whole(f.get("levels").getValueNode(), "sensitivity.levels", 2, 100) : morris ? 4 : 0;
            int nBase = !morris && f.containsKey("n")
                ? (int) whole(f.get("n").getValueNode(), "sensitivity.n", 2, 1 << 20) : morris ? 0 : 256;
            return new SensitivitySettings(method, List.copyOf(params), trajectories, nBase, levels);
        }

        // ---- helpers

        private Node compose() throws ScenarioException {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            options.setMaxAliasesForCollections(50);
            options.setNestingDepthLimit(20);
            options.setCodePointLimit(MAX_BYTES);
            try {
                return new org.yaml.snakeyaml.Yaml(options).compose(new StringReader(text));
            } catch (MarkedYAMLException e) {
                var mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
                throw new ExperimentException(file, mark == null ? 1 : mark.getLine() + 1, "",
                    "not valid YAML: " + firstLine(e.getProblem() == null ? e.getMessage() : e.getProblem()));
            } catch (YAMLException e) {
                throw new ExperimentException(file, 1, "", "not valid YAML: " + firstLine(e.getMessage()));
            }
        }

        private static String firstLine(String s) {
            return s == null ? "" : s.lines().findFirst().orElse("");
        }

        private Map<String, NodeTuple> keys(MappingNode map, String path, List<String> allowed) throws ScenarioException {
            Map<String, NodeTuple> out = new LinkedHashMap<>();
            for (NodeTuple t : map.getValue()) {
                Node k = t.getKeyNode();
                if (!(k instanceof ScalarNode ks)) {
                    throw error(k, path, "a key must be a plain name, not " + kind(k));
                }
                String key = ks.getValue();
                String keyPath = path.isEmpty() ? key : path + "." + key;
                if (allowed != null && !allowed.contains(key)) {
                    throw error(k, keyPath, "unknown field '" + key + "'; allowed: " + String.join(", ", allowed));
                }
                if (out.containsKey(key)) {
                    throw error(k, keyPath, "duplicate key '" + key + "'");
                }
                out.put(key, t);
            }
            return out;
        }

        private Node require(Map<String, NodeTuple> f, Node parent, String key) throws ScenarioException {
            return require(f, parent, key, "");
        }

        private Node require(Map<String, NodeTuple> f, Node parent, String key, String path) throws ScenarioException {
            if (!f.containsKey(key)) {
                throw error(parent, path.isEmpty() ? key : path + "." + key, "missing required field '" + key + "'");
            }
            return f.get(key).getValueNode();
        }

        private String scalar(Node n, String field) throws ScenarioException {
            if (!(n instanceof ScalarNode s) || n.getTag() == Tag.NULL || s.getValue().isBlank()) {
                throw error(n, field, "must be a single value, not " + kind(n));
            }
            return s.getValue().trim();
        }

        private double number(Node n, String field, double min, double max) throws ScenarioException {
            return number(n, field, min, max, "[" + Parameter.format(min) + ", " + Parameter.format(max) + "]");
        }

        private double number(Node n, String field, double min, double max, String allowed) throws ScenarioException {
            if (!(n instanceof ScalarNode s) || n.getTag() == Tag.NULL) {
                throw error(n, field, "must be a number in " + allowed + ", not " + kind(n));
            }
            String t = s.getValue().trim();
            double v;
            try {
                v = Double.parseDouble(t.replace("_", ""));
            } catch (NumberFormatException e) {
                throw error(n, field, "must be a number in " + allowed + ", got '" + t + "'");
            }
            if (!Double.isFinite(v)) {
                throw error(n, field, "must be a finite number in " + allowed + ", got " + t);
            }
            if (v < min || v > max) {
                throw error(n, field, Parameter.format(v) + " is out of range; allowed " + allowed);
            }
            return v;
        }

        private long whole(Node n, String field, long min, long max) throws ScenarioException {
            String allowed = "[" + min + ", " + max + "]";
            double v = number(n, field, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, allowed);
            if (v != Math.rint(v)) {
                throw error(n, field, "must be a whole number in " + allowed + ", got " + Parameter.format(v));
            }
            if (v < min || v > max) {
                throw error(n, field, Parameter.format(v) + " is out of range; allowed " + allowed);
            }
            return (long) v;
        }

        private static String kind(Node n) {
            if (n == null || n.getTag() == Tag.NULL) {
                return "nothing";
            }
            return n instanceof MappingNode ? "a map" : n instanceof SequenceNode ? "a list" : "text";
        }

        private ExperimentException error(Node n, String field, String problem) {
            int line = n == null || n.getStartMark() == null ? 0 : n.getStartMark().getLine() + 1;
            return new ExperimentException(file, line, field, problem);
        }
    }
}
