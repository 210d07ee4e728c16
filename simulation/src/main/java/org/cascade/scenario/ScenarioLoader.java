package org.cascade.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.cascade.params.Parameter;
import org.cascade.params.ParameterException;
import org.cascade.params.ParameterRegistry;
import org.cascade.params.ParameterSet;
import org.cascade.params.Suggest;
import org.cascade.region.Calendar;
import org.cascade.region.DisputeCode;
import org.cascade.region.InstitutionCode;
import org.cascade.region.Pair;
import org.cascade.region.RouteCode;
import org.cascade.region.StateCode;
import org.cascade.scenario.ScenarioEvent.Stamp;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads and validates scenario files (YAML).
 *
 * <h2>Format</h2>
 * <pre>{@code
 * title: Baseline                 # required, non-empty string
 * description: >                  # required, non-empty string
 *   ...
 * look_for: >                     # required: what the user should watch in the charts
 *   ...
 * sources:                        # required list of strings (may be an empty list)
 *   - regional-data.md section 4
 * years: 20                       # optional, default 20, whole number 1..50
 * parameters:                     # optional map: registry parameter name -> number
 *   route.middle-corridor.tariff: 120
 * governments:                    # optional map: who decides each state's levers (MODEL.md 7.11)
 *   KZ: adaptive                  # scripted (default), adaptive or human: every lever of the state
 *   AZ: {transit_tariff: adaptive, visa: scripted}   # or lever by lever (levers: Governments.Lever)
 * events:                         # optional list
 *   - date: 2025-03-13            # YYYY-MM or YYYY-MM-DD, from 2025-01 to the last month of the horizon
 *     type: border_settled        # an EventType id
 *     dispute: KG-TJ              # the target field the type names (see below)
 *     value: 0.3                  # if the type takes a value
 *     months: 24                  # if the type takes months (whole number >= 1)
 *     state: AZ                   # the joining state, only for type join
 *     note: "KG-TJ border treaty signed 13 Mar 2025"   # optional text for the event log
 * }</pre>
 *
 * <p>The target field of an event is named by its type's {@link EventType.Target}: {@code parameter},
 * {@code dispute}, {@code institution}, {@code route}, {@code state} or {@code pair} (none for
 * {@code commodity_shock}). Names are resolved once, here, into the typed {@link ScenarioEvent} records (codes,
 * pairs in either order, registry parameters); the model never parses them again.
 * An event may only carry the fields its type takes; anything else is an error, not silently ignored.
 *
 * <h2>Values by event type</h2>
 * The ranges are {@link EventType#range()}'s, which the event records also enforce:
 * <ul>
 * <li>{@code set}: {@code parameter} and {@code value}, which must pass the registry's range check; a parameter
 *     the model reads only when the run starts ({@link Parameter.ReadAt#START}) is refused: set it under
 *     {@code parameters:};</li>
 * <li>{@code border_settled}, {@code border_open}: {@code dispute} only;</li>
 * <li>{@code border_close}: {@code dispute}, optional {@code months} &gt;= 1 (absent: dispute.closure_months);</li>
 * <li>{@code negotiation}: {@code dispute}, {@code value} in (0, 1];</li>
 * <li>{@code clash}: {@code dispute}, optional {@code value} severity in (0, 1] (absent: 1);</li>
 * <li>{@code dispute_reopen}: {@code dispute}, {@code value} undelimited share in (0, 1];</li>
 * <li>{@code summit}: {@code institution};</li>
 * <li>{@code join}: {@code institution} and {@code state};</li>
 * <li>{@code route_disruption}: {@code route}, {@code value} share of capacity lost in (0, 1], {@code months} &gt;= 1;</li>
 * <li>{@code route_investment}: {@code route}, {@code value} in (0, 100] bn USD;</li>
 * <li>{@code crisis}: {@code state}, {@code value} severity in (0, 1];</li>
 * <li>{@code trust}: {@code pair}, {@code value} in [-1, 1];</li>
 * <li>{@code commodity_shock}: {@code value} change of the log price in [-2, 2].</li>
 * </ul>
 * Numbers must be plain YAML numbers (not quoted text) and finite ({@code .nan} and {@code .inf} are rejected).
 *
 * <h2>Errors</h2>
 * Every problem is a {@link ScenarioException} naming the file, the 1-based line, the field path
 * ({@code years}, {@code parameters.trade.elasticity}, {@code events[3].dispute}; event indexes count from 0 in
 * file order) and what is allowed, with a "did you mean" suggestion for misspelt names. Duplicate keys are errors.
 *
 * <p>The scenario id is the file name without ".yaml"; {@link Scenario#sha256()} is the SHA-256 of the file's
 * bytes (lower-case hex). Events must fall inside the file's own {@code years}; a run with a shorter horizon
 * (e.g. {@code --years}) still runs and does not apply the later ones ({@link Scenario#eventsNotReached}).
 */
public final class ScenarioLoader {
    /** Top-level fields, in the order they are documented. */
    public static final List<String> FIELDS =
        List.of("title", "description", "look_for", "sources", "years", "parameters", "governments", "events");
    /** Fields that must be present. */
    public static final List<String> REQUIRED = List.of("title", "description", "look_for", "sources");
    /** Every field an event may have (each type takes a subset, see {@link #eventFields(EventType)}). */
    public static final List<String> EVENT_FIELDS =
        List.of("date", "type", "parameter", "dispute", "institution", "route", "state", "pair", "value", "months", "note");

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}(-\\d{2})?");
    private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");
    /** Largest scenario file accepted, in bytes (1 MiB); larger files are refused before they are read. */
    public static final int MAX_FILE_BYTES = 1 << 20;
    private static final int MAX_FILE_CHARS = MAX_FILE_BYTES;
    /** Longest piece of a file quoted in a message (longer ones are cut and end in "..."). */
    private static final int MAX_QUOTE = 40;
    /** The only explicit tags a scenario may use: YAML's standard scalar and collection types. */
    private static final List<String> ALLOWED_TAGS = List.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL,
        Tag.SEQ, Tag.MAP).stream().map(Tag::getValue).toList();

    private ScenarioLoader() {
    }

    /** Loads a file; the scenario id is the file name without ".yaml". */
    public static Scenario load(Path file) throws ScenarioException {
        return parse(file.toString(), read(file));
    }

    /**
     * The bytes of a scenario file. A file that is not a regular file or is larger than {@link #MAX_FILE_BYTES} is
     * refused before anything is read, and the read stops one byte past the limit (for files whose size is not
     * known in advance, or that grow).
     */
    private static byte[] read(Path file) throws ScenarioException {
        String name = file.toString();
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            throw new ScenarioException(name, 0, "", ioProblem(file, e));
        }
        if (attrs.isDirectory()) {
            throw new ScenarioException(name, 0, "", "is a directory; give a scenario file (.yaml)");
        }
        if (!attrs.isRegularFile()) {
            throw new ScenarioException(name, 0, "", "not a regular file; give a scenario file (.yaml)");
        }
        if (attrs.size() > MAX_FILE_BYTES) {
            throw new ScenarioException(name, 0, "", tooLarge(attrs.size() + " bytes"));
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(MAX_FILE_BYTES + 1);
            if (bytes.length > MAX_FILE_BYTES) {
                throw new ScenarioException(name, 0, "", tooLarge("more than " + MAX_FILE_BYTES + " bytes"));
            }
            return bytes;
        } catch (IOException e) {
            throw new ScenarioException(name, 0, "", ioProblem(file, e));
        }
    }

    private static String tooLarge(String size) {
        return "the file is too large (" + size + "); allowed at most " + MAX_FILE_BYTES + " bytes (1 MiB)";
    }

    /** Why a file cannot be read, in words (no exception class names). */
    private static String ioProblem(Path file, IOException e) {
        if (e instanceof NoSuchFileException) {
            return Files.isSymbolicLink(file) ? "a symbolic link to a file that does not exist" : "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "cannot read the file: permission denied";
        }
        if (e instanceof FileSystemLoopException
            || e instanceof FileSystemException f && f.getReason() != null && f.getReason().contains("levels of symbolic links")) {
            return "symlink loop (too many levels of symbolic links)";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return "cannot read the file: " + f.getReason();
        }
        return "cannot read the file: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }

    /** Parses YAML text; {@code name} is used in messages and as the id (without ".yaml"). */
    public static Scenario parse(String name, String yaml) throws ScenarioException {
        return parse(name, yaml.getBytes(StandardCharsets.UTF_8));
    }

    /** Parses the bytes of a scenario file (UTF-8); {@code name} is used in messages and as the id. */
    public static Scenario parse(String name, byte[] bytes) throws ScenarioException {
        if (bytes.length > MAX_FILE_BYTES) {
            throw new ScenarioException(name, 0, "", tooLarge(bytes.length + " bytes"));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ScenarioException(name, 0, "", "the file is not valid UTF-8 text");
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        return new Reader(name, text).read(sha256(bytes));
    }

    /** The fields an event of this type may carry; the first ones listed are required, see the class comment. */
    public static List<String> eventFields(EventType type) {
        List<String> f = new ArrayList<>(List.of("date", "type"));
        String target = targetField(type.target());
        if (target != null) {
            f.add(target);
        }
        if (type == EventType.JOIN) {
            f.add("state");
        }
        if (type.takesValue()) {
            f.add("value");
        }
        if (type.takesMonths()) {
            f.add("months");
        }
        f.add("note");
        return List.copyOf(f);
    }

    /** The YAML field that names an event's target, or null for {@link EventType.Target#NONE}. */
    public static String targetField(EventType.Target target) {
        return switch (target) {
            case PARAMETER -> "parameter";
            case DISPUTE -> "dispute";
            case INSTITUTION -> "institution";
            case ROUTE -> "route";
            case STATE -> "state";
            case PAIR -> "pair";
            case NONE -> null;
        };
    }

    /** "allowed 2025-01 to 2044-12". */
    static String allowedDates(int years) {
        return "allowed " + Calendar.START + " to " + Calendar.dateOf(years * 12 - 1);
    }

    private static String outsideHorizon(YearMonth date, int years) {
        return date + " is outside the horizon of " + years + " years; " + allowedDates(years);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    static String idOf(String name) {
        String n = name.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1);
        for (String ext : List.of(".yaml", ".yml")) {
            if (n.toLowerCase(Locale.ROOT).endsWith(ext)) {
                return n.substring(0, n.length() - ext.length());
            }
        }
        return n;
    }

    // ---------------------------------------------------------------------------------------------------------

    /** One parse of one file: keeps the name for messages. */
    private static final class Reader {
        private final String file;
        private final String text;

        Reader(String file, String text) {
            this.file = file;
            this.text = text;
        }

        Scenario read(String sha) throws ScenarioException {
            if (text.length() > MAX_FILE_CHARS) {
                throw new ScenarioException(file, 0, "", "the file is too large (more than " + MAX_FILE_CHARS + " characters)");
            }
            Node root = compose();
            if (root == null) {
                throw new ScenarioException(file, 1, "", "the file is empty; expected a map with the fields "
                    + String.join(", ", FIELDS) + " (required: " + String.join(", ", REQUIRED) + ")");
            }
            if (!(root instanceof MappingNode map)) {
                throw error(root, "", "the top level must be a map of fields (" + String.join(", ", FIELDS)
                    + "), not " + (root instanceof ScalarNode ? "text" : kind(root)));
            }
            Map<String, NodeTuple> fields = keys(map, "", FIELDS, "field");
            for (String r : REQUIRED) {
                if (!fields.containsKey(r)) {
                    throw error(root, r, "missing required field '" + r + "' (required: " + String.join(", ", REQUIRED) + ")");
                }
            }
            String title = string(fields.get("title").getValueNode(), "title");
            String description = string(fields.get("description").getValueNode(), "description");
            String lookFor = string(fields.get("look_for").getValueNode(), "look_for");
            List<String> sources = sources(fields.get("sources").getValueNode());
            int years = fields.containsKey("years")
                ? wholeNumber(fields.get("years").getValueNode(), "years", Scenario.MIN_YEARS, Scenario.MAX_YEARS)
                : Scenario.DEFAULT_YEARS;
            ParameterSet parameters = fields.containsKey("parameters")
                ? parameters(fields.get("parameters").getValueNode()) : ParameterSet.defaults();
            Map<StateCode, Map<Governments.Lever, Governments.Mode>> levers = new java.util.EnumMap<>(StateCode.class);
            if (fields.containsKey("governments")) {
                parameters = governments(fields.get("governments").getValueNode(), parameters, levers);
            }
            List<ScenarioEvent> events = fields.containsKey("events")
                ? events(fields.get("events").getValueNode(), years) : List.of();
            return new Scenario(idOf(file), title, description, lookFor, sources, years, parameters, events, sha,
                new Governments(levers));
        }

        /**
         * The YAML node tree. Every library error (syntax, the limits on nesting depth, aliases and size, characters
         * YAML does not allow) and every explicit tag other than the standard ones becomes "file:line: problem",
         * without the library's quoted excerpt of the file.
         */
        private Node compose() throws ScenarioException {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            options.setMaxAliasesForCollections(50);
            options.setNestingDepthLimit(20);
            options.setCodePointLimit(MAX_FILE_CHARS);
            options.setAllowRecursiveKeys(false);
            TagCheckingParser parser = new TagCheckingParser(
                new ParserImpl(new StreamReader(new StringReader(text)), options));
            try {
                Node root = new Composer(parser, new Resolver(), options).getSingleNode();
                canonicalTags(root, java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));
                return root;
            } catch (TagRefused e) {
                throw new ScenarioException(file, lineOf(e.mark), "", "tag " + quote(e.tag) + " is not allowed; "
                    + "allowed: no tag, or " + ALLOWED_TAGS.stream().map(t -> "!!" + t.substring(t.lastIndexOf(':') + 1))
                    .collect(java.util.stream.Collectors.joining(", ")));
            } catch (MarkedYAMLException e) {
                Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
                if (mark != null && e.getContextMark() != null && mark.getLine() >= text.lines().count()) {
                    mark = e.getContextMark(); // the problem is at the end of the file: point at where it began
                }
                String problem = e.getProblem() == null ? "" : e.getProblem();
                String context = e.getContext() == null ? "" : " " + e.getContext();
                throw new ScenarioException(file, lineOf(mark), "",
                    "YAML syntax error: " + libraryText(problem + context)
                        + (mark == null ? "" : " (line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1) + ")"));
            } catch (ReaderException e) {
                int cp = e.getCodePoint();
                throw new ScenarioException(file, lineAt(e.getPosition()), "", "the file contains the character "
                    + String.format("U+%04X", cp) + (cp == 0 ? " (NUL)" : "") + ", which YAML does not allow in text");
            } catch (YAMLException e) {
                // the limits (nesting depth, aliases, code points) carry no position: use the last event read
                String msg = e.getMessage() == null ? "" : e.getMessage();
                String problem;
                if (msg.startsWith("Nesting Depth exceeded")) {
                    problem = "nested too deeply; allowed at most " + options.getNestingDepthLimit() + " levels of lists and maps";
                } else if (msg.startsWith("Number of aliases")) {
                    problem = "too many aliases (*name) to lists and maps; allowed at most "
                        + options.getMaxAliasesForCollections();
                } else if (msg.contains("code points")) {
                    problem = tooLarge("more than " + MAX_FILE_CHARS + " characters");
                } else {
                    problem = "YAML error: " + libraryText(msg);
                }
                throw new ScenarioException(file, lineOf(parser.lastMark), "", problem);
            }
        }

        /** Gives nodes with an explicit standard tag ({@code !!int 5}) the same tag object as untagged ones. */
        private static void canonicalTags(Node n, java.util.Set<Node> seen) {
            if (n == null || !seen.add(n)) {
                return;
            }
            for (Tag t : List.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.SEQ, Tag.MAP)) {
                if (t.equals(n.getTag())) {
                    n.setTag(t);
                }
            }
            if (n instanceof SequenceNode seq) {
                seq.getValue().forEach(c -> canonicalTags(c, seen));
            } else if (n instanceof MappingNode map) {
                for (NodeTuple t : map.getValue()) {
                    canonicalTags(t.getKeyNode(), seen);
                    canonicalTags(t.getValueNode(), seen);
                }
            }
        }

        /** The 1-based line of a mark; 1 when there is none. */
        private static int lineOf(Mark mark) {
            return mark == null ? 1 : mark.getLine() + 1;
        }

        /** The 1-based line of the character at {@code codePoints} code points from the start. */
        private int lineAt(int codePoints) {
            int end = text.offsetByCodePoints(0, Math.min(Math.max(codePoints, 0), text.codePointCount(0, text.length())));
            int line = 1;
            for (int i = 0; i < end; i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                }
            }
            return line;
        }

        /** The keys of a map, checked against the allowed ones (with a suggestion) and for duplicates. */
        private Map<String, NodeTuple> keys(MappingNode map, String path, List<String> allowed, String what)
            throws ScenarioException {
            Map<String, NodeTuple> out = new LinkedHashMap<>();
            for (NodeTuple t : map.getValue()) {
                Node k = t.getKeyNode();
                String field = path.isEmpty() ? "" : path;
                if (!(k instanceof ScalarNode ks) || k.getTag() == Tag.NULL) {
                    throw error(k, field, "a key must be a plain name, not " + kind(k));
                }
                String key = ks.getValue();
                String keyPath = path.isEmpty() ? cut(key) : path + "." + cut(key);
                if (allowed != null && !allowed.contains(key)) {
                    throw error(k, keyPath, "unknown " + what + " " + quote(key) + suggestion(key, allowed)
                        + "; allowed: " + String.join(", ", allowed));
                }
                if (out.containsKey(key)) {
                    throw error(k, keyPath, "duplicate key " + quote(key) + " (first given on line "
                        + line(out.get(key).getKeyNode()) + ")");
                }
                out.put(key, t);
            }
            return out;
        }

        private String string(Node n, String field) throws ScenarioException {
            if (!(n instanceof ScalarNode s)) {
                throw error(n, field, "must be text, not " + kind(n));
            }
            if (n.getTag() == Tag.NULL || s.getValue().isBlank()) {
                throw error(n, field, "must be a non-empty string");
            }
            return s.getValue().strip();
        }

        private List<String> sources(Node n) throws ScenarioException {
            if (!(n instanceof SequenceNode seq)) {
                throw error(n, "sources", "must be a list of strings (e.g. '- regional-data.md section 4'), not " + kind(n));
            }
            List<String> out = new ArrayList<>();
            for (int i = 0; i < seq.getValue().size(); i++) {
                out.add(string(seq.getValue().get(i), "sources[" + i + "]"));
            }
            return out;
        }

        private ParameterSet parameters(Node n) throws ScenarioException {
            if (isNull(n)) {
                return ParameterSet.defaults();
            }
            if (!(n instanceof MappingNode map)) {
                throw error(n, "parameters", "must be a map of parameter name to number "
                    + "(e.g. 'route.middle-corridor.tariff: 120'), not " + kind(n));
            }
            Map<String, NodeTuple> entries = keys(map, "parameters", null, "parameter");
            ParameterSet set = ParameterSet.defaults();
            for (Map.Entry<String, NodeTuple> e : entries.entrySet()) {
                String field = "parameters." + e.getKey();
                Optional<Parameter> p = ParameterRegistry.get().find(e.getKey());
                if (p.isEmpty()) {
                    throw error(e.getValue().getKeyNode(), field, ParameterRegistry.get().unknownMessage(e.getKey()));
                }
                Node v = e.getValue().getValueNode();
                double value = number(v, field, p.get().range());
                String problem = p.get().problemWith(value);
                if (!problem.isEmpty()) {
                    throw error(v, field, problem);
                }
                try {
                    set = set.with(e.getKey(), value);
                } catch (ParameterException ex) {
                    throw error(v, field, ex.getMessage());
                }
            }
            return set;
        }

        /**
         * The {@code governments:} block: a state's mode goes into its {@code government.<S>.mode} parameter (unless
         * {@code parameters:} sets that too, which is an error), a lever-by-lever map into {@code levers}.
         */
        private ParameterSet governments(Node n, ParameterSet parameters,
                                         Map<StateCode, Map<Governments.Lever, Governments.Mode>> levers)
            throws ScenarioException {
            if (isNull(n)) {
                return parameters;
            }
            if (!(n instanceof MappingNode map)) {
                throw error(n, "governments", "must be a map of state to mode (e.g. 'KZ: adaptive') or to a map of"
                    + " lever to mode (e.g. 'AZ: {transit_tariff: adaptive}'), not " + kind(n));
            }
            Map<String, NodeTuple> entries = keys(map, "governments", stateIds(), "state");
            ParameterSet out = parameters;
            for (Map.Entry<String, NodeTuple> e : entries.entrySet()) {
                StateCode s = StateCode.valueOf(e.getKey());
                String field = "governments." + s;
                Node v = e.getValue().getValueNode();
                if (v instanceof MappingNode byLever) {
                    Map<String, NodeTuple> ls = keys(byLever, field, Governments.Lever.ids(), "lever");
                    Map<Governments.Lever, Governments.Mode> modes = new java.util.EnumMap<>(Governments.Lever.class);
                    for (Map.Entry<String, NodeTuple> l : ls.entrySet()) {
                        Governments.Lever lever = Governments.Lever.byId(l.getKey()).orElseThrow();
                        String leverField = field + "." + lever.id();
                        if (!lever.availableFor(s)) {
                            throw error(l.getValue().getKeyNode(), leverField, "this lever cannot be handed to the"
                                + " government: " + lever.whyNot(s) + "; levers of " + s + ": "
                                + String.join(", ", Governments.Lever.availableLevers(s).stream()
                                    .map(Governments.Lever::id).toList()));
                        }
                        modes.put(lever, mode(l.getValue().getValueNode(), leverField));
                    }
                    levers.put(s, modes);
                } else {
                    Governments.Mode mode = mode(v, field);
                    String name = org.cascade.params.ParameterRegistry.governmentMode(s);
                    if (parameters.overrides().containsKey(name)) {
                        throw error(v, field, "the mode of " + s + " is also set under parameters as '" + name
                            + "'; give it once");
                    }
                    out = out.with(name, mode.code());
                }
            }
            return out;
        }

        private Governments.Mode mode(Node n, String field) throws ScenarioException {
            String t = scalarText(n, field);
            return Governments.Mode.byId(t.trim().toLowerCase(Locale.ROOT))
                .orElseThrow(() -> unknown(n, field, "mode", t, Governments.Mode.ids(), ""));
        }

        private List<ScenarioEvent> events(Node n, int years) throws ScenarioException {
            if (isNull(n)) {
                return List.of();
            }
            if (!(n instanceof SequenceNode seq)) {
                throw error(n, "events", "must be a list of events (each starting with '- date: ...'), not " + kind(n));
            }
            List<ScenarioEvent> out = new ArrayList<>();
            for (int i = 0; i < seq.getValue().size(); i++) {
                out.add(event(seq.getValue().get(i), "events[" + i + "]", years));
            }
            return out;
        }

        private ScenarioEvent event(Node n, String path, int years) throws ScenarioException {
            if (!(n instanceof MappingNode map)) {
                throw error(n, path, "an event must be a map with at least date and type, not " + kind(n));
            }
            Map<String, NodeTuple> f = keys(map, path, EVENT_FIELDS, "event field");
            if (!f.containsKey("date")) {
                throw error(n, path + ".date", "missing required field 'date' (YYYY-MM or YYYY-MM-DD)");
            }
            if (!f.containsKey("type")) {
                throw error(n, path + ".type", "missing required field 'type'; allowed: " + String.join(", ", EventType.ids()));
            }
            Node dateNode = f.get("date").getValueNode();
            YearMonth date = date(dateNode, path + ".date");
            int step = Calendar.stepOf(date);
            if (step < 0 || step >= years * 12) {
                throw error(dateNode, path + ".date", outsideHorizon(date, years));
            }
            Node typeNode = f.get("type").getValueNode();
            String typeText = scalarText(typeNode, path + ".type");
            EventType type = EventType.byId(typeText).orElseThrow(() -> error(typeNode, path + ".type",
                "unknown event type '" + typeText + "'" + suggestion(typeText, EventType.ids())
                    + "; allowed: " + String.join(", ", EventType.ids())));

            List<String> allowed = eventFields(type);
            for (String key : f.keySet()) {
                if (!allowed.contains(key)) {
                    throw error(f.get(key).getKeyNode(), path + "." + key, "a '" + type.id() + "' event does not take '"
                        + key + "'; its fields are: " + String.join(", ", allowed));
                }
            }
            Fields e = new Fields(n, f, path, type, allowed);
            // fields are read in the order target, state, value, months, note: the first problem is the one reported
            Function<Stamp, ScenarioEvent> build = switch (type) {
                case SET -> {
                    Parameter p = e.parameter();
                    double v = e.setValue(p);
                    yield at -> new ScenarioEvent.SetParameter(at, p, v);
                }
                case BORDER_SETTLED -> {
                    DisputeCode d = e.dispute();
                    yield at -> new ScenarioEvent.BorderSettled(at, d);
                }
                case BORDER_OPEN -> {
                    DisputeCode d = e.dispute();
                    yield at -> new ScenarioEvent.BorderOpen(at, d);
                }
                case BORDER_CLOSE -> {
                    DisputeCode d = e.dispute();
                    OptionalInt months = f.containsKey("months") ? OptionalInt.of(e.months()) : OptionalInt.empty();
                    yield at -> new ScenarioEvent.BorderClose(at, d, months);
                }
                case NEGOTIATION -> {
                    DisputeCode d = e.dispute();
                    double v = e.value();
                    yield at -> new ScenarioEvent.Negotiation(at, d, v);
                }
                case CLASH -> {
                    DisputeCode d = e.dispute();
                    double v = f.containsKey("value") ? e.value() : ScenarioEvent.Clash.DEFAULT_SEVERITY;
                    yield at -> new ScenarioEvent.Clash(at, d, v);
                }
                case DISPUTE_REOPEN -> {
                    DisputeCode d = e.dispute();
                    double v = e.value();
                    yield at -> new ScenarioEvent.DisputeReopen(at, d, v);
                }
                case SUMMIT -> {
                    InstitutionCode i = e.institution();
                    yield at -> new ScenarioEvent.Summit(at, i);
                }
                case JOIN -> {
                    InstitutionCode i = e.institution();
                    if (!f.containsKey("state")) {
                        throw error(n, path + ".state", "a 'join' event needs 'state' (the state that joins); allowed: "
                            + states());
                    }
                    StateCode s = state(f.get("state").getValueNode(), path + ".state");
                    yield at -> new ScenarioEvent.Join(at, i, s);
                }
                case ROUTE_DISRUPTION -> {
                    RouteCode r = e.route();
                    double v = e.value();
                    if (!f.containsKey("months")) {
                        throw error(n, path + ".months", "a 'route_disruption' event needs 'months'; allowed a whole "
                            + "number in [1, " + EventType.MAX_MONTHS + "]");
                    }
                    int months = e.months();
                    yield at -> new ScenarioEvent.RouteDisruption(at, r, v, months);
                }
                case ROUTE_INVESTMENT -> {
                    RouteCode r = e.route();
                    double v = e.value();
                    yield at -> new ScenarioEvent.RouteInvestment(at, r, v);
                }
                case CRISIS -> {
                    StateCode s = state(e.target(), e.targetPath());
                    double v = e.value();
                    yield at -> new ScenarioEvent.Crisis(at, s, v);
                }
                case TRUST -> {
                    Node t = e.target();
                    String text = scalarText(t, e.targetPath());
                    Pair pair = Pair.parse(text).orElseThrow(() -> unknown(t, e.targetPath(), "pair", text, Pair.names(),
                        " (two different state codes joined by '-', either order)"));
                    double v = e.value();
                    yield at -> new ScenarioEvent.Trust(at, pair, v);
                }
                case COMMODITY_SHOCK -> {
                    double v = e.value();
                    yield at -> new ScenarioEvent.CommodityShock(at, v);
                }
            };
            String note = f.containsKey("note") ? string(f.get("note").getValueNode(), path + ".note") : "";
            return build.apply(new Stamp(date, note, line(n)));
        }

        /** The fields of one event of a known type, read with messages naming the event's path. */
        private final class Fields {
            private final Node event;
            private final Map<String, NodeTuple> f;
            private final String path;
            private final EventType type;
            private final List<String> allowed;

            Fields(Node event, Map<String, NodeTuple> f, String path, EventType type, List<String> allowed) {
                this.event = event;
                this.f = f;
                this.path = path;
                this.type = type;
                this.allowed = allowed;
            }

            String targetPath() {
                return path + "." + targetField(type.target());
            }

            /** The node of the field naming the target; the field is required. */
            Node target() throws ScenarioException {
                String field = targetField(type.target());
                if (!f.containsKey(field)) {
                    throw error(event, targetPath(), "a '" + type.id() + "' event needs '" + field
                        + "'; its fields are: " + String.join(", ", allowed));
                }
                return f.get(field).getValueNode();
            }

            Parameter parameter() throws ScenarioException {
                Node n = target();
                String t = scalarText(n, targetPath());
                Parameter p = ParameterRegistry.get().find(t).orElseThrow(() ->
                    error(n, targetPath(), ParameterRegistry.get().unknownMessage(t)));
                String problem = ScenarioEvent.SetParameter.readOnlyAtStart(p);
                if (!problem.isEmpty()) {
                    throw error(n, targetPath(), problem);
                }
                return p;
            }

            DisputeCode dispute() throws ScenarioException {
                Node n = target();
                String t = scalarText(n, targetPath());
                return DisputeCode.byId(t).orElseThrow(() ->
                    unknown(n, targetPath(), "dispute", t, DisputeCode.ids(), " (either order, e.g. TJ-KG)"));
            }

            InstitutionCode institution() throws ScenarioException {
                Node n = target();
                String t = scalarText(n, targetPath());
                return InstitutionCode.byId(t).orElseThrow(() ->
                    unknown(n, targetPath(), "institution", t, InstitutionCode.ids(), ""));
            }

            RouteCode route() throws ScenarioException {
                Node n = target();
                String t = scalarText(n, targetPath());
                return RouteCode.byId(t).orElseThrow(() -> unknown(n, targetPath(), "route", t, RouteCode.ids(), ""));
            }

            /** The required {@code value} of a type with its own range. */
            double value() throws ScenarioException {
                EventType.Range range = type.range().orElseThrow();
                Node n = valueNode(range.describe());
                double v = number(n, path + ".value", range.describe());
                String problem = type.problemWithValue(v);
                if (!problem.isEmpty()) {
                    throw error(n, path + ".value", problem);
                }
                return v;
            }

            /** The required {@code value} of a {@code set} event, in the parameter's range. */
            double setValue(Parameter p) throws ScenarioException {
                Node n = valueNode(p.range());
                double v = number(n, path + ".value", p.range());
                String problem = p.problemWith(v);
                if (!problem.isEmpty()) {
                    throw error(n, path + ".value", problem);
                }
                return v;
            }

            private Node valueNode(String range) throws ScenarioException {
                if (!f.containsKey("value")) {
                    throw error(event, path + ".value", "a '" + type.id() + "' event needs 'value'; allowed " + range);
                }
                return f.get("value").getValueNode();
            }

            int months() throws ScenarioException {
                return wholeNumber(f.get("months").getValueNode(), path + ".months", 1, EventType.MAX_MONTHS);
            }
        }
        private YearMonth date(Node n, String field) throws ScenarioException {
            String t = scalarText(n, field);
            String allowed = "; use YYYY-MM or YYYY-MM-DD, e.g. 2025-03 or 2025-03-13";
            if (!DATE.matcher(t).matches()) {
                throw error(n, field, "bad date '" + t + "'" + allowed);
            }
            try {
                if (t.length() == 7) {
                    return YearMonth.parse(t);
                }
                return YearMonth.from(LocalDate.parse(t));
            } catch (DateTimeException e) {
                throw error(n, field, "bad date '" + t + "' (no such day or month)" + allowed);
            }
        }

        private StateCode state(Node n, String field) throws ScenarioException {
            String t = scalarText(n, field);
            String u = t.trim().toUpperCase(Locale.ROOT);
            return Arrays.stream(StateCode.values()).filter(s -> s.name().equals(u)).findFirst()
                .orElseThrow(() -> unknown(n, field, "state", t, stateIds(), ""));
        }
        /** A finite number written as a YAML number. */
        private double number(Node n, String field, String allowed) throws ScenarioException {
            if (!(n instanceof ScalarNode s) || n.getTag() == Tag.NULL) {
                throw error(n, field, "must be a number in " + allowed + ", not " + kind(n));
            }
            String t = s.getValue().trim();
            boolean plainDecimal = s.getScalarStyle() == org.yaml.snakeyaml.DumperOptions.ScalarStyle.PLAIN
                && n.getTag() == Tag.STR && DECIMAL.matcher(t).matches();  // e.g. 1e3, which YAML 1.1 reads as text
            if (n.getTag() != Tag.INT && n.getTag() != Tag.FLOAT && !plainDecimal) {
                throw error(n, field, "must be a number in " + allowed + ", got '" + t + "'"
                    + (s.getScalarStyle() == org.yaml.snakeyaml.DumperOptions.ScalarStyle.PLAIN ? "" : " (remove the quotes)"));
            }
            String lower = t.toLowerCase(Locale.ROOT);
            if (lower.contains("nan") || lower.contains("inf")) {
                throw error(n, field, "must be a finite number in " + allowed + ", got " + t);
            }
            double v;
            try {
                v = Double.parseDouble(t.replace("_", ""));
            } catch (NumberFormatException e) {
                throw error(n, field, "must be a plain decimal number in " + allowed + ", got '" + t + "'");
            }
            if (!Double.isFinite(v)) {
                throw error(n, field, "must be a finite number in " + allowed + ", got " + t);
            }
            return v;
        }

        private int wholeNumber(Node n, String field, int min, int max) throws ScenarioException {
            String allowed = "[" + min + ", " + max + "]";
            double v = number(n, field, allowed);
            if (v != Math.rint(v)) {
                throw error(n, field, "must be a whole number in " + allowed + ", got " + Parameter.format(v));
            }
            if (v < min || v > max) {
                throw error(n, field, Parameter.format(v) + " is out of range; allowed " + allowed);
            }
            return (int) v;
        }

        private String scalarText(Node n, String field) throws ScenarioException {
            if (!(n instanceof ScalarNode s) || n.getTag() == Tag.NULL || s.getValue().isBlank()) {
                throw error(n, field, "must be a single value, not " + kind(n));
            }
            return s.getValue().trim();
        }

        private ScenarioException unknown(Node n, String field, String what, String got, List<String> allowed,
                                          String hint) {
            return error(n, field, "unknown " + what + " '" + got + "'" + suggestion(got, allowed) + "; allowed: "
                + String.join(", ", allowed) + hint);
        }

        private ScenarioException error(Node n, String field, String problem) {
            return new ScenarioException(file, line(n), field, capQuotes(problem));
        }
    }

    private static String suggestion(String wrong, List<String> allowed) {
        return Suggest.nearest(wrong, allowed).map(s -> "; did you mean '" + s + "'?").orElse("");
    }

    private static List<String> stateIds() {
        return Arrays.stream(StateCode.values()).map(Enum::name).toList();
    }

    private static String states() {
        return String.join(", ", stateIds());
    }

    private static boolean isNull(Node n) {
        return n instanceof ScalarNode && n.getTag() == Tag.NULL;
    }

    private static int line(Node n) {
        return n == null || n.getStartMark() == null ? 0 : n.getStartMark().getLine() + 1;
    }

    private static String kind(Node n) {
        if (n instanceof MappingNode) {
            return "a map";
        }
        if (n instanceof SequenceNode) {
            return "a list";
        }
        if (n instanceof ScalarNode s) {
            return n.getTag() == Tag.NULL ? "empty" : quote(s.getValue());
        }
        return "this";
    }

    /** {@code 'text'}, on one line and cut to {@value #MAX_QUOTE} characters: a value from a file, never a line of it. */
    static String quote(String text) {
        return "'" + cut(text) + "'";
    }

    /** {@link #quote} without the quotes. */
    private static String cut(String text) {
        String t = text.replaceAll("\\p{Cntrl}+", " ").strip();
        return t.length() > MAX_QUOTE ? t.substring(0, MAX_QUOTE - 3) + "..." : t;
    }

    private static final Pattern QUOTED = Pattern.compile("'([^']*)'");

    /** A message on one line with every single-quoted piece cut as by {@link #quote}. */
    static String capQuotes(String message) {
        java.util.regex.Matcher m = QUOTED.matcher(message.replaceAll("[\\r\\n]+", " "));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(quote(m.group(1))));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** A message from the YAML library: one line, quoted pieces cut, at most 160 characters. */
    private static String libraryText(String message) {
        String t = capQuotes(message.replaceAll("\\p{Cntrl}+", " ").strip());
        return t.length() > 160 ? t.substring(0, 157) + "..." : t;
    }

    /** Stops at the first explicit tag that is not one of {@link #ALLOWED_TAGS}; remembers where it last read. */
    private static final class TagCheckingParser implements Parser {
        private final Parser delegate;
        Mark lastMark;

        TagCheckingParser(Parser delegate) {
            this.delegate = delegate;
        }

        @Override
        public boolean checkEvent(Event.ID choice) {
            return delegate.checkEvent(choice);
        }

        @Override
        public Event peekEvent() {
            return seen(delegate.peekEvent());
        }

        @Override
        public Event getEvent() {
            return seen(delegate.getEvent());
        }

        private Event seen(Event e) {
            if (e == null) {
                return null;
            }
            lastMark = e.getStartMark();
            String tag = e instanceof ScalarEvent s ? s.getTag()
                : e instanceof CollectionStartEvent c ? c.getTag() : null;
            if (tag != null && !ALLOWED_TAGS.contains(tag)) {
                throw new TagRefused(tag.startsWith("tag:yaml.org,2002:") ? "!!" + tag.substring(18) : tag,
                    e.getStartMark());
            }
            return e;
        }
    }

    /** An explicit tag that is not allowed, and where. */
    private static final class TagRefused extends RuntimeException {
        final String tag;
        final transient Mark mark;

        TagRefused(String tag, Mark mark) {
            super(tag, null, false, false);
            this.tag = tag;
            this.mark = mark;
        }
    }
}
