package org.cascade.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Each bad input gives a message with the file, the 1-based line, the field and what is allowed. */
class ScenarioLoaderErrorTest {
    private static final String FILE = "bad.yaml";
    /** Four lines: title, description, look_for, sources. */
    private static final String HEAD = """
        title: T
        description: D
        look_for: L
        sources: []
        """;

    private static ScenarioException fail(String yaml) {
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> ScenarioLoader.parse(FILE, yaml));
        assertThat(t).isInstanceOf(ScenarioException.class);
        return (ScenarioException) t;
    }

    private static void expect(String yaml, int line, String field, String... fragments) {
        ScenarioException e = fail(yaml);
        assertThat(e.file()).isEqualTo(FILE);
        assertThat(e.line()).as(e.getMessage()).isEqualTo(line);
        assertThat(e.field()).as(e.getMessage()).isEqualTo(field);
        assertThat(e.getMessage()).startsWith(FILE + ":" + line + ": " + (field.isEmpty() ? "" : field + ": "));
        for (String f : fragments) {
            assertThat(e.getMessage()).contains(f);
        }
    }

    private static String event(String body) {
        return HEAD + "events:\n" + body;
    }

    @Test
    void minimalFileLoads() throws ScenarioException {
        Scenario s = ScenarioLoader.parse("dir/min.yaml", HEAD);
        assertThat(s.id()).isEqualTo("min");
        assertThat(s.years()).isEqualTo(Scenario.DEFAULT_YEARS);
        assertThat(s.events()).isEmpty();
        assertThat(s.parameters().overrides()).isEmpty();
        assertThat(s.sha256()).hasSize(64).matches("[0-9a-f]+");
    }

    @Test
    void yamlSyntaxErrorNamesTheLineOfTheProblem() {
        expect(HEAD + "years: 20\nparameters:\n  trade.elasticity: [1, 2\n", 7, "", "YAML syntax error");
    }

    @Test
    void syntaxErrorInTheMiddleOfTheFile() {
        expect(HEAD + "years: 20: 5\nparameters: {}\n", 5, "", "YAML syntax error", "mapping values are not allowed");
    }

    @Test
    void badIndentationIsASyntaxError() {
        ScenarioException e = fail("title: T\n  description: D\n");
        assertThat(e.getMessage()).startsWith(FILE + ":2: ").contains("YAML syntax error");
    }

    @Test
    void emptyFile() {
        expect("", 1, "", "empty", "title");
    }

    @Test
    void topLevelNotAMap() {
        expect("- a\n- b\n", 1, "", "top level must be a map", "not a list");
        expect("just text\n", 1, "", "top level must be a map");
    }

    @Test
    void unknownTopLevelKeySuggestsNearest() {
        expect("titel: T\ndescription: D\nlook_for: L\nsources: []\n", 1, "titel",
            "unknown field 'titel'; did you mean 'title'?", "allowed: title, description");
        expect(HEAD + "look_fr: x\n", 5, "look_fr", "did you mean 'look_for'?");
    }

    @Test
    void missingRequiredField() {
        expect("title: T\ndescription: D\nsources: []\n", 1, "look_for",
            "missing required field 'look_for'", "required: title, description, look_for, sources");
    }

    @Test
    void emptyTitle() {
        expect("title: \"  \"\ndescription: D\nlook_for: L\nsources: []\n", 1, "title", "non-empty string");
    }

    @Test
    void sourcesMustBeAList() {
        expect("title: T\ndescription: D\nlook_for: L\nsources: one source\n", 4, "sources", "list of strings");
    }

    @Test
    void duplicateTopLevelKey() {
        expect(HEAD + "years: 10\nyears: 12\n", 6, "years", "duplicate key 'years'", "line 5");
    }

    @Test
    void duplicateParameter() {
        expect(HEAD + "parameters:\n  trade.elasticity: 4\n  trade.elasticity: 5\n", 7,
            "parameters.trade.elasticity", "duplicate key");
    }

    @Test
    void yearsOutOfRangeAndNotWhole() {
        expect(HEAD + "years: 51\n", 5, "years", "51 is out of range", "[1, 50]");
        expect(HEAD + "years: 0\n", 5, "years", "[1, 50]");
        expect(HEAD + "years: 2.5\n", 5, "years", "whole number", "[1, 50]");
        expect(HEAD + "years: twenty\n", 5, "years", "must be a number", "'twenty'");
    }

    @Test
    void unknownParameterSuggestsNearest() {
        expect(HEAD + "parameters:\n  trade.elastcity: 4\n", 6, "parameters.trade.elastcity",
            "unknown parameter 'trade.elastcity'; did you mean 'trade.elasticity'?");
    }

    @Test
    void aSingleLeverTheStateDoesNotHaveNamesItsLevers() {
        expect(HEAD + "parameters:\n  government.KG.transit_tariff.mode: 1\n", 6,
            "parameters.government.KG.transit_tariff.mode", "KG does not have the lever 'transit_tariff'",
            "the levers of KG: tariff, visa, corridor, stance, investment, aid, summit");
        expect(HEAD + "parameters:\n  government.KZ.tarif.mode: 1\n", 6, "parameters.government.KZ.tarif.mode",
            "no lever 'tarif'", "the levers of KZ: tariff, visa, transit_tariff, corridor, investment, aid, summit");
        expect(HEAD + "parameters:\n  government.KZ.tariff.mode: 3\n", 6, "parameters.government.KZ.tariff.mode",
            "allowed [-1, 2]");
    }

    @Test
    void parameterOutOfRangeNamesTheRange() {
        expect(HEAD + "parameters:\n  trade.elasticity: 12\n", 6, "parameters.trade.elasticity",
            "12 is out of range", "allowed [1, 10]");
    }

    @Test
    void integerParameterMustBeWhole() {
        expect(HEAD + "parameters:\n  dispute.closure_months: 2.5\n", 6, "parameters.dispute.closure_months",
            "whole number", "[1, 240]");
    }

    @Test
    void nanAndInfinityAreRejected() {
        expect(HEAD + "parameters:\n  trade.elasticity: .nan\n", 6, "parameters.trade.elasticity",
            "finite number", "[1, 10]");
        expect(HEAD + "parameters:\n  trade.elasticity: -.inf\n", 6, "parameters.trade.elasticity", "finite number");
        expect(event("  - date: 2026-01\n    type: trust\n    pair: KZ-AZ\n    value: .NaN\n"), 9,
            "events[0].value", "finite number", "[-1, 1]");
    }

    @Test
    void nonNumericValuesAreRejected() {
        expect(HEAD + "parameters:\n  trade.elasticity: high\n", 6, "parameters.trade.elasticity",
            "must be a number in [1, 10]", "'high'");
        expect(HEAD + "parameters:\n  trade.elasticity: \"4\"\n", 6, "parameters.trade.elasticity",
            "must be a number", "remove the quotes");
        expect(HEAD + "parameters:\n  trade.elasticity: yes\n", 6, "parameters.trade.elasticity", "must be a number");
        expect(HEAD + "parameters:\n  trade.elasticity: [4]\n", 6, "parameters.trade.elasticity",
            "must be a number", "not a list");
    }

    @Test
    void exponentWithoutADotIsANumber() throws ScenarioException {
        Scenario s = ScenarioLoader.parse(FILE, HEAD + "parameters:\n  route.btc.capacity: 1e1\n");
        assertThat(s.parameters().get("route.btc.capacity")).isEqualTo(10.0);
        expect(HEAD + "parameters:\n  route.btc.capacity: \"1e1\"\n", 6, "parameters.route.btc.capacity",
            "remove the quotes");
    }

    @Test
    void unknownEventType() {
        expect(event("  - date: 2026-01\n    type: border_setled\n    dispute: KG-TJ\n"), 7, "events[0].type",
            "unknown event type 'border_setled'", "did you mean 'border_settled'?", "allowed: set, border_settled");
    }

    @Test
    void missingEventType() {
        expect(event("  - date: 2026-01\n    dispute: KG-TJ\n"), 6, "events[0].type", "missing required field 'type'",
            "border_settled");
    }

    @Test
    void unknownEventField() {
        expect(event("  - date: 2026-01\n    type: border_open\n    dispte: KG-TJ\n"), 8, "events[0].dispte",
            "unknown event field 'dispte'", "did you mean 'dispute'?");
    }

    @Test
    void fieldTheTypeDoesNotTake() {
        expect(event("  - date: 2026-01\n    type: border_open\n    dispute: KG-TJ\n    value: 0.5\n"), 9,
            "events[0].value", "'border_open' event does not take 'value'", "date, type, dispute, note");
    }

    @Test
    void unknownState() {
        expect(event("  - date: 2026-01\n    type: crisis\n    state: KY\n    value: 0.5\n"), 8, "events[0].state",
            "unknown state 'KY'", "allowed: KZ, UZ, KG, TJ, TM, AZ, AM");
    }

    @Test
    void unknownRoute() {
        expect(event("  - date: 2026-01\n    type: route_investment\n    route: middle-coridor\n    value: 1\n"), 8,
            "events[0].route", "unknown route 'middle-coridor'", "did you mean 'middle-corridor'?",
            "allowed: northern, middle-corridor");
    }

    @Test
    void unknownDispute() {
        expect(event("  - date: 2026-01\n    type: border_open\n    dispute: KZ-TJ\n"), 8, "events[0].dispute",
            "unknown dispute 'KZ-TJ'", "allowed: KG-TJ, AZ-AM, UZ-KG, UZ-TJ");
    }

    @Test
    void unknownInstitution() {
        expect(event("  - date: 2026-01\n    type: summit\n    institution: ots2\n"), 8, "events[0].institution",
            "unknown institution 'ots2'", "did you mean 'ots'?", "allowed: ots, cacm");
    }

    @Test
    void unknownPair() {
        expect(event("  - date: 2026-01\n    type: trust\n    pair: KZ-KZ\n    value: 0.1\n"), 8, "events[0].pair",
            "unknown pair 'KZ-KZ'", "KZ-UZ");
    }

    @Test
    void unknownParameterInSetEvent() {
        expect(event("  - date: 2026-01\n    type: set\n    parameter: route.btc.capcity\n    value: 9\n"), 8,
            "events[0].parameter", "did you mean 'route.btc.capacity'?");
    }

    @Test
    void setEventValueOutOfRange() {
        expect(event("  - date: 2026-01\n    type: set\n    parameter: policy.KG.stance\n    value: 2\n"), 9,
            "events[0].value", "out of range", "[-1, 1]");
    }

    @Test
    void missingTargetAndValue() {
        expect(event("  - date: 2026-01\n    type: negotiation\n    value: 0.1\n"), 6, "events[0].dispute",
            "needs 'dispute'");
        expect(event("  - date: 2026-01\n    type: negotiation\n    dispute: KG-TJ\n"), 6, "events[0].value",
            "needs 'value'", "(0, 1]");
    }

    @Test
    void eventValueRangesByType() {
        expect(event("  - date: 2026-01\n    type: negotiation\n    dispute: KG-TJ\n    value: 0\n"), 9,
            "events[0].value", "(0, 1]");
        expect(event("  - date: 2026-01\n    type: clash\n    dispute: KG-TJ\n    value: 1.5\n"), 9,
            "events[0].value", "(0, 1]");
        expect(event("  - date: 2026-01\n    type: dispute_reopen\n    dispute: UZ-KG\n    value: -0.1\n"), 9,
            "events[0].value", "(0, 1]");
        expect(event("  - date: 2026-01\n    type: route_investment\n    route: btc\n    value: 150\n"), 9,
            "events[0].value", "150 is out of range", "(0, 100]");
        expect(event("  - date: 2026-01\n    type: crisis\n    state: TJ\n    value: 2\n"), 9,
            "events[0].value", "(0, 1]");
        expect(event("  - date: 2026-01\n    type: trust\n    pair: KZ-AZ\n    value: -1.5\n"), 9,
            "events[0].value", "[-1, 1]");
        expect(event("  - date: 2026-01\n    type: commodity_shock\n    value: 3\n"), 8,
            "events[0].value", "[-2, 2]");
    }

    @Test
    void routeDisruptionNeedsMonths() {
        expect(event("  - date: 2026-01\n    type: route_disruption\n    route: northern\n    value: 0.5\n"), 6,
            "events[0].months", "needs 'months'", "[1, 600]");
        expect(event("  - date: 2026-01\n    type: route_disruption\n    route: northern\n    value: 0.5\n"
            + "    months: 0\n"), 10, "events[0].months", "[1, 600]");
    }

    @Test
    void joinNeedsState() {
        expect(event("  - date: 2026-01\n    type: join\n    institution: cacm\n"), 6, "events[0].state",
            "needs 'state'", "KZ, UZ");
    }

    @Test
    void badDateFormat() {
        expect(event("  - date: March 2025\n    type: border_open\n    dispute: KG-TJ\n"), 6, "events[0].date",
            "bad date 'March 2025'", "YYYY-MM or YYYY-MM-DD");
        expect(event("  - date: 2025-13\n    type: border_open\n    dispute: KG-TJ\n"), 6, "events[0].date",
            "bad date '2025-13'", "YYYY-MM");
        expect(event("  - date: 2025-02-30\n    type: border_open\n    dispute: KG-TJ\n"), 6, "events[0].date",
            "bad date '2025-02-30'");
    }

    @Test
    void eventOutsideTheHorizon() {
        expect(event("  - date: 2045-01\n    type: border_open\n    dispute: KG-TJ\n"), 6, "events[0].date",
            "2045-01 is outside the horizon", "allowed 2025-01 to 2044-12");
        expect(event("  - date: 2024-12-31\n    type: border_open\n    dispute: KG-TJ\n"), 6, "events[0].date",
            "allowed 2025-01 to 2044-12");
        expect(HEAD + "years: 5\nevents:\n  - date: 2026-01\n    type: border_open\n    dispute: KG-TJ\n"
            + "  - date: 2030-01\n    type: border_open\n    dispute: KG-TJ\n", 10, "events[1].date",
            "allowed 2025-01 to 2029-12");
    }

    @Test
    void lastMonthOfTheHorizonIsAllowed() throws ScenarioException {
        Scenario s = ScenarioLoader.parse(FILE, HEAD + "years: 1\nevents:\n  - date: 2025-12-31\n"
            + "    type: border_open\n    dispute: KG-TJ\n");
        assertThat(s.events()).singleElement().extracting(ScenarioEvent::step).isEqualTo(11);
    }

    @Test
    void eventsMustBeAList() {
        expect(HEAD + "events:\n  date: 2026-01\n", 6, "events", "must be a list");
    }

    @Test
    void datedSetOfAParameterReadOnlyAtStartIsRefused() {
        expect(event("  - date: 2026-01\n    type: set\n    parameter: trade.new_pair_potential\n    value: 0.3\n"), 8,
            "events[0].parameter", "'trade.new_pair_potential' is read only when the run starts",
            "set it under parameters: instead");
    }

    @Test
    void parameterReadOnlyAtStartIsAcceptedUnderParameters() throws ScenarioException {
        Scenario s = ScenarioLoader.parse(FILE, HEAD + "parameters:\n  trade.new_pair_potential: 0.3\n");
        assertThat(s.parameters().get("trade.new_pair_potential")).isEqualTo(0.3);
    }

    // --- Bounded input and the YAML library's errors -----------------------------------------------------------

    @Test
    void nulCharacterNamesItsLine() {
        expect(HEAD + "years: 5\u0000\n", 5, "", "U+0000 (NUL)", "YAML does not allow");
        expect(HEAD + "\n\nyears: \u0007\n", 7, "", "U+0007");
    }

    @Test
    void nestingTooDeepNamesTheLine() {
        expect(HEAD + "sources2:\n  x: " + "[".repeat(30) + "]".repeat(30) + "\n", 6, "",
            "nested too deeply", "at most 20 levels");
    }

    @Test
    void tooManyAliasesNamesTheLine() {
        expect(HEAD + "a: &x [1, 2]\nb: [" + "*x, ".repeat(60) + "*x]\n", 6, "",
            "too many aliases", "at most 50");
    }

    @Test
    void unknownTagsAreRefusedWithTheirLine() {
        expect(HEAD + "years: !custom 5\n", 5, "", "tag '!custom' is not allowed", "allowed: no tag, or !!str, !!int");
        expect(HEAD + "years: 5\nparameters:\n  trade.elasticity: !!binary aGVsbG8=\n", 7, "",
            "tag '!!binary' is not allowed");
        expect(HEAD + "events: !!set {a: 1}\n", 5, "", "tag '!!set' is not allowed");
        expect(HEAD + "years: !!timestamp 2025-01-01\n", 5, "", "tag '!!timestamp'");
        expect("%TAG !e! tag:example.com,2000:\n---\n" + HEAD + "years: !e!x 5\n", 7, "",
            "tag 'tag:example.com,2000:x' is not allowed");
    }

    @Test
    void standardTagsAreAllowed() throws ScenarioException {
        Scenario s = ScenarioLoader.parse(FILE, "title: !!str T\ndescription: D\nlook_for: L\nsources: !!seq []\n"
            + "years: !!int 7\nparameters: !!map\n  trade.elasticity: !!float 5\n");
        assertThat(s.years()).isEqualTo(7);
        assertThat(s.parameters().get("trade.elasticity")).isEqualTo(5.0);
    }

    @Test
    void tooLargeTextIsRefused() {
        byte[] big = (HEAD + "#" + "x".repeat(ScenarioLoader.MAX_FILE_BYTES) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> ScenarioLoader.parse(FILE, big));
        assertThat(t).isInstanceOf(ScenarioException.class)
            .hasMessage(FILE + ": the file is too large (" + big.length + " bytes); allowed at most 1048576 bytes (1 MiB)");
    }

    @Test
    void hugeSparseFileIsRefusedBeforeItIsRead(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path f = dir.resolve("huge.yaml");
        try (java.io.RandomAccessFile raf = new java.io.RandomAccessFile(f.toFile(), "rw")) {
            raf.setLength(10L << 30); // 10 GiB, sparse: reading it whole would exhaust the heap
        }
        long before = System.nanoTime();
        assertThatThrownBy(() -> ScenarioLoader.load(f)).isInstanceOf(ScenarioException.class)
            .hasMessage(f + ": the file is too large (10737418240 bytes); allowed at most 1048576 bytes (1 MiB)");
        assertThat(System.nanoTime() - before).isLessThan(2_000_000_000L);
        java.nio.file.Path justOver = dir.resolve("over.yaml");
        java.nio.file.Files.write(justOver, new byte[ScenarioLoader.MAX_FILE_BYTES + 1]);
        assertThatThrownBy(() -> ScenarioLoader.load(justOver)).hasMessageContaining("too large (1048577 bytes)");
    }

    @Test
    void symlinkLoopIsNamedAsSuch(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path a = dir.resolve("a.yaml");
        java.nio.file.Path b = dir.resolve("b.yaml");
        java.nio.file.Files.createSymbolicLink(a, b);
        java.nio.file.Files.createSymbolicLink(b, a);
        assertThatThrownBy(() -> ScenarioLoader.load(a)).isInstanceOf(ScenarioException.class)
            .hasMessage(a + ": symlink loop (too many levels of symbolic links)");
        java.nio.file.Path dangling = java.nio.file.Files.createSymbolicLink(dir.resolve("d.yaml"), dir.resolve("gone.yaml"));
        assertThatThrownBy(() -> ScenarioLoader.load(dangling))
            .hasMessage(dangling + ": a symbolic link to a file that does not exist");
        assertThatThrownBy(() -> ScenarioLoader.load(dir.resolve("none.yaml"))).hasMessage(dir.resolve("none.yaml") + ": no such file");
        assertThatThrownBy(() -> ScenarioLoader.load(dir)).hasMessageContaining("is a directory");
    }

    @Test
    void fileContentsAreNeverEchoed() {
        String passwd = "root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n";
        ScenarioException e = fail(passwd);
        assertThat(e.getMessage()).startsWith(FILE + ":1: ").doesNotContain("root", "daemon", "nologin")
            .contains("top level must be a map");
        String secret = "s3cr3t-".repeat(30);
        ScenarioException v = fail(HEAD + "years: " + secret + "\n");
        assertThat(v.getMessage()).doesNotContain(secret.substring(0, 41)).contains("'" + secret.substring(0, 37) + "...'");
        ScenarioException k = fail(HEAD + secret + ": 1\n");
        assertThat(k.getMessage()).doesNotContain(secret.substring(0, 41)).hasLineCount(1);
        ScenarioException block = fail(HEAD + "years: |\n  first line\n  second line\n");
        assertThat(block.getMessage()).hasLineCount(1).contains("'first line second line'");
        ScenarioException syntax = fail(HEAD + "years: \"" + secret + "\n");
        assertThat(syntax.getMessage()).hasLineCount(1).doesNotContain(secret.substring(0, 41));
    }
}
