package org.cascade.doc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.cascade.params.Parameter;
import org.cascade.params.ParameterRegistry;
import org.cascade.params.ParameterSet;
import org.cascade.region.InstitutionCode;
import org.cascade.region.PartnerCode;
import org.cascade.region.RouteCode;
import org.cascade.region.StateCode;
import org.cascade.results.MetricInfo;
import org.cascade.run.ModelRun;
import org.cascade.scenario.EventType;
import org.cascade.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** MODEL.md stays in step with the code: generated tables current, every parameter, process, metric and event documented. */
class ModelDocTest {
    /** Surefire runs in the module directory, where MODEL.md lives. */
    private static final Path MODEL_MD = Path.of("MODEL.md");
    private static final String REGENERATE = "regenerate them from the repository root with: "
        + "JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 mvn -B -q -o -pl simulation compile dependency:build-classpath "
        + "-Dmdep.outputFile=target/cp.txt && $JAVA_HOME/bin/java -cp simulation/target/classes:$(cat simulation/target/cp.txt) "
        + "org.cascade.doc.DocTables simulation/MODEL.md";

    private final String text = read();

    private static String read() {
        try {
            return Files.readString(MODEL_MD, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError("cannot read " + MODEL_MD.toAbsolutePath(), e);
        }
    }

    @Test
    void parameterTableMatchesTheRegistry() {
        String difference = firstDifference(DocTables.parameterTable().strip(), DocTables.section(text, DocTables.PARAMETERS));
        assertThat(difference).as("MODEL.md's generated parameter table is out of date (" + difference + "); " + REGENERATE)
            .isEmpty();
    }

    @Test
    void uncertaintyTableMatchesTheCatalogue() {
        String difference = firstDifference(DocTables.uncertaintyTable().strip(), DocTables.section(text, DocTables.UNCERTAINTY));
        assertThat(difference).as("MODEL.md's generated uncertainty table is out of date (" + difference + "); " + REGENERATE)
            .isEmpty();
    }

    @Test
    void calibrationTableMatchesTheModelAtStepZero() {
        String difference = firstDifference(DocTables.calibrationTable().strip(), DocTables.section(text, DocTables.CALIBRATION));
        assertThat(difference).as("MODEL.md's generated calibration table is out of date (" + difference + "); " + REGENERATE)
            .isEmpty();
    }

    @Test
    void renderingTheCurrentFileChangesNothing() {
        String difference = firstDifference(DocTables.render(text), text);
        assertThat(difference).as("MODEL.md differs from what DocTables generates (" + difference + "); " + REGENERATE)
            .isEmpty();
    }

    @Test
    void everyRegistryParameterIsNamedInTheDocument() {
        for (Parameter p : ParameterRegistry.get().all()) {
            assertThat(text).as("parameter " + p.name() + " missing from MODEL.md; " + REGENERATE)
                .contains("`" + p.name() + "`");
        }
    }

    @Test
    void everyRegistryParameterIsUsedInTheProseByNameOrPattern() {
        String prose = withoutGenerated(text);
        for (Parameter p : ParameterRegistry.get().all()) {
            String pattern = pattern(p.name());
            assertThat(prose.contains(p.name()) || prose.contains(pattern))
                .as("parameter " + p.name() + " (or its pattern " + pattern + ") is not mentioned outside the generated"
                    + " table: say in Submodels where it enters")
                .isTrue();
        }
    }

    @Test
    void everyProcessOfTheMonthlyOrderHasASubmodelSubsection() {
        ModelRun run = ModelRun.start(Scenario.defaults(), ParameterSet.defaults(), 1, 1);
        Set<String> classes = new LinkedHashSet<>();
        Arrays.stream(run.model().monthlyOrder()).forEach(s -> classes.add(s.getClass().getSimpleName()));
        assertThat(classes).hasSizeGreaterThanOrEqualTo(10);
        List<String> headings = submodelHeadings();
        for (String c : classes) {
            assertThat(headings).as("no '###' subsection of Submodels names the process class " + c)
                .anyMatch(h -> h.contains("`" + c + "`"));
        }
    }

    @Test
    void submodelsFollowTheMonthlyOrder() {
        ModelRun run = ModelRun.start(Scenario.defaults(), ParameterSet.defaults(), 1, 1);
        List<String> order = Arrays.stream(run.model().monthlyOrder()).map(s -> s.getClass().getSimpleName())
            .distinct().toList();
        List<String> headings = submodelHeadings();
        int last = -1;
        for (String c : order) {
            int at = -1;
            for (int i = 0; i < headings.size(); i++) {
                if (headings.get(i).contains("`" + c + "`")) {
                    at = i;
                    break;
                }
            }
            assertThat(at).as(c + " should come after the previous process in Submodels").isGreaterThan(last);
            last = at;
        }
    }

    @Test
    void everyMetricAndEventTypeIsDocumented() {
        for (MetricInfo m : MetricInfo.ALL) {
            assertThat(text).as("metric " + m.name()).contains("`" + m.name() + "`");
        }
        for (EventType t : EventType.values()) {
            assertThat(text).as("event type " + t.id()).contains("`" + t.id() + "`");
        }
    }

    @Test
    void staysPlainMarkdownForTheUi() {
        String withoutMarkers = text.replaceAll("<!-- (BEGIN|END) GENERATED: [a-z]+ -->", "")
            .replaceAll("`[^`\\n]*`", "");
        assertThat(withoutMarkers).as("no HTML besides the generated-section markers").doesNotContainPattern("<[a-zA-Z!/][^>]*>");
        assertThat(withoutMarkers).as("no images").doesNotContain("![");
    }

    /** Empty when equal, else the first differing line of both texts. */
    static String firstDifference(String expected, String actual) {
        List<String> e = expected.lines().toList();
        List<String> a = actual.lines().toList();
        for (int i = 0; i < Math.max(e.size(), a.size()); i++) {
            String x = i < e.size() ? e.get(i) : "(end)";
            String y = i < a.size() ? a.get(i) : "(end)";
            if (!x.equals(y)) {
                return "line " + (i + 1) + " of the section: generator says '" + x + "', file has '" + y + "'";
            }
        }
        return expected.equals(actual) ? "" : "line endings differ";
    }

    private List<String> submodelHeadings() {
        int start = text.indexOf("\n## 7 ");
        int end = text.indexOf("\n## 8 ");
        assertThat(start).as("a '## 7 Submodels' section").isPositive();
        assertThat(end).as("a '## 8' section after Submodels").isGreaterThan(start);
        return text.substring(start, end).lines().filter(l -> l.startsWith("### ")).toList();
    }

    private static String withoutGenerated(String s) {
        String out = s;
        for (String section : List.of(DocTables.PARAMETERS, DocTables.UNCERTAINTY, DocTables.CALIBRATION)) {
            int b = out.indexOf(DocTables.beginMarker(section));
            int e = out.indexOf(DocTables.endMarker(section));
            out = out.substring(0, b) + out.substring(e);
        }
        return out;
    }

    /** The family a parameter belongs to, e.g. policy.KZ.tariff -> policy.<S>.tariff. */
    static String pattern(String name) {
        String[] parts = name.split("\\.");
        if (parts.length == 4 && parts[0].equals("government") && isState(parts[1]) && parts[3].equals("mode")) {
            return "government.<S>.<lever>.mode";
        }
        if (parts.length != 3) {
            return name;
        }
        String placeholder = switch (parts[0]) {
            case "policy", "government" -> isState(parts[1]) ? "<S>" : null;
            case "partner" -> isPartner(parts[1]) ? "<P>" : null;
            case "route" -> RouteCode.byId(parts[1]).isPresent() ? "<r>" : null;
            case "institution" -> InstitutionCode.byId(parts[1]).isPresent() ? "<i>" : null;
            default -> null;
        };
        return placeholder == null ? name : parts[0] + "." + placeholder + "." + parts[2];
    }

    private static boolean isState(String s) {
        return Arrays.stream(StateCode.values()).anyMatch(c -> c.name().equals(s));
    }

    private static boolean isPartner(String s) {
        return Arrays.stream(PartnerCode.values()).anyMatch(c -> c.name().equals(s));
    }

    @Test
    void patternsNameFamilies() {
        assertThat(pattern("policy.KZ.tariff")).isEqualTo("policy.<S>.tariff");
        assertThat(pattern("route.middle-corridor.capacity")).isEqualTo("route.<r>.capacity");
        assertThat(pattern("partner.CN.growth")).isEqualTo("partner.<P>.growth");
        assertThat(pattern("institution.ots.summit_month")).isEqualTo("institution.<i>.summit_month");
        assertThat(pattern("trade.elasticity")).isEqualTo("trade.elasticity");
    }
}
