package org.cascade.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.cascade.region.InstitutionCode;
import org.cascade.region.RouteCode;
import org.cascade.region.StateCode;
import org.junit.jupiter.api.Test;

/** The bundled library: the files in scenarios/, their index, and their content. */
class ScenarioLibraryTest {
    /** Surefire runs in the module folder; the library is at the top level. */
    private static final Path DIR = Path.of("..", "scenarios");
    private static final Pattern NUMBER_LINE = Pattern.compile("^\\s*(- )?[\\w.\\-]+:\\s*-?[0-9][0-9_.]*\\s*(#.*)?$");

    private static List<Path> yamlFiles() throws IOException {
        try (Stream<Path> s = Files.list(DIR)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
        }
    }

    private static String idOf(Path p) {
        return p.getFileName().toString().replaceFirst("\\.yaml$", "");
    }

    @Test
    void indexAndFolderMatchExactly() throws IOException {
        List<String> onDisk = yamlFiles().stream().map(ScenarioLibraryTest::idOf).toList();
        List<String> inIndex = ScenarioLibrary.parseIndex(Files.readString(DIR.resolve(ScenarioLibrary.INDEX)));
        assertThat(inIndex).containsExactlyInAnyOrderElementsOf(onDisk);
        assertThat(inIndex).doesNotHaveDuplicates();
        assertThat(ScenarioLibrary.ids()).containsExactlyInAnyOrderElementsOf(onDisk);
        assertThat(onDisk).contains("baseline", "history-2025", "middle-corridor-reform", "northern-route-disruption",
            "fergana-relapse", "south-caucasus-peace", "caspian-solidarity", "connectivity-push");
    }

    @Test
    void idsAreBaselineFirstThenAlphabetical() {
        List<String> ids = ScenarioLibrary.ids();
        assertThat(ids.get(0)).isEqualTo("baseline");
        assertThat(ids.subList(1, ids.size())).isSorted();
    }

    @Test
    void indexParsingSkipsCommentsAndBlanks() {
        assertThat(ScenarioLibrary.parseIndex("# c\n\nbaseline\n  x  # trailing\nx\n")).containsExactly("baseline", "x");
    }

    @Test
    void everyFileLoadsWithEventsInsideItsHorizon() throws Exception {
        for (Path p : yamlFiles()) {
            Scenario s = ScenarioLoader.load(p);
            assertThat(s.id()).isEqualTo(idOf(p));
            assertThat(s.title()).isNotBlank();
            assertThat(s.description()).isNotBlank();
            assertThat(s.lookFor()).isNotBlank();
            assertThat(s.sources()).as(p + " sources").isNotEmpty();
            assertThat(s.years()).isEqualTo(20);
            for (ScenarioEvent e : s.events()) {
                assertThat(e.step()).as(p + ":" + e.line()).isBetween(0, s.years() * 12 - 1);
                assertThat(e.note()).as(p + ":" + e.line() + " note").isNotBlank();
            }
        }
    }

    @Test
    void bundledCopiesAreTheFilesInTheFolder() throws Exception {
        List<Scenario> all = ScenarioLibrary.all();
        assertThat(all).extracting(Scenario::id).containsExactlyElementsOf(ScenarioLibrary.ids());
        for (Scenario bundled : all) {
            Scenario onDisk = ScenarioLoader.load(DIR.resolve(bundled.id() + ".yaml"));
            assertThat(bundled.sha256()).as(bundled.id()).isEqualTo(onDisk.sha256());
            assertThat(bundled.events()).isEqualTo(onDisk.events());
            assertThat(bundled.parameters()).isEqualTo(onDisk.parameters());
        }
    }

    @Test
    void unknownIdSuggestsNearest() {
        assertThatThrownBy(() -> ScenarioLibrary.load("baseline2"))
            .isInstanceOf(ScenarioException.class)
            .hasMessageContaining("no bundled scenario 'baseline2'")
            .hasMessageContaining("did you mean 'baseline'?")
            .hasMessageContaining("history-2025");
    }

    @Test
    void eventLinesPointAtTheirDateLines() throws Exception {
        for (Path p : yamlFiles()) {
            List<String> lines = Files.readAllLines(p);
            for (ScenarioEvent e : ScenarioLoader.load(p).events()) {
                String line = lines.get(e.line() - 1);
                assertThat(line).as(p + ":" + e.line()).contains("date: " + e.date());
                assertThat(String.join("\n", lines.subList(e.line() - 1, Math.min(lines.size(), e.line() + 1))))
                    .contains("type: " + e.type().id());
            }
        }
    }

    @Test
    void everyNumberInAScenarioFileCarriesAComment() throws IOException {
        List<String> bare = new ArrayList<>();
        for (Path p : yamlFiles()) {
            List<String> lines = Files.readAllLines(p);
            for (int i = 0; i < lines.size(); i++) {
                String l = lines.get(i);
                if (NUMBER_LINE.matcher(l).matches() && !l.contains("#")) {
                    bare.add(p.getFileName() + ":" + (i + 1) + ": " + l.strip());
                }
            }
        }
        assertThat(bare).as("numbers without a source or reason").isEmpty();
    }

    @Test
    void readmeDocumentsEveryEventTypeAndEveryScenario() throws IOException {
        String readme = Files.readString(DIR.resolve("README.md"));
        for (String id : EventType.ids()) {
            assertThat(readme).as("event type " + id).contains("| `" + id + "` |");
        }
        for (String id : ScenarioLibrary.ids()) {
            assertThat(readme).as("scenario " + id).contains("| `" + id + "` |");
        }
        for (String field : ScenarioLoader.FIELDS) {
            assertThat(readme).contains("\n" + field + ":");
        }
    }

    @Test
    void baselineHasNoOverridesAndNoEvents() throws ScenarioException {
        Scenario s = ScenarioLibrary.load("baseline");
        assertThat(s.parameters().overrides()).isEmpty();
        assertThat(s.events()).isEmpty();
    }

    @Test
    void history2025SettlesKgTjButLeavesTheAzAmBorderClosed() throws ScenarioException {
        Scenario s = ScenarioLibrary.load("history-2025");
        assertThat(s.events()).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo(EventType.BORDER_SETTLED);
            assertThat(e.target()).isEqualTo("KG-TJ");
            assertThat(e.step()).isEqualTo(2);
        });
        assertThat(s.events()).anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(ScenarioEvent.Join.class, j -> {
            assertThat(j.institution()).isEqualTo(InstitutionCode.CACM);
            assertThat(j.state()).isEqualTo(StateCode.AZ);
            assertThat(j.step()).isEqualTo(10);
        }));
        assertThat(s.events()).noneMatch(e -> e.target().equals("AZ-AM")
            && (e.type() == EventType.BORDER_OPEN || e.type() == EventType.BORDER_SETTLED));
        assertThat(s.events()).allMatch(e -> e.date().getYear() == 2025
            || e.type() == EventType.SET, "only parameter resets fall after 2025");
    }

    @Test
    void middleCorridorReformSpendsAboutSevenBillionBy2028AndHalvesTransitTime() throws ScenarioException {
        Scenario s = ScenarioLibrary.load("middle-corridor-reform");
        double spent = s.events().stream()
            .filter(e -> e instanceof ScenarioEvent.RouteInvestment i && i.route() == RouteCode.MIDDLE_CORRIDOR)
            .peek(e -> assertThat(e.date().getYear()).isBetween(2025, 2028))
            .mapToDouble(e -> ((ScenarioEvent.RouteInvestment) e).bnUsd()).sum();
        assertThat(spent).isCloseTo(7.0, org.assertj.core.data.Offset.offset(0.5));
        ScenarioEvent.SetParameter lastDays = s.events().stream()
            .filter(e -> e instanceof ScenarioEvent.SetParameter)
            .map(e -> (ScenarioEvent.SetParameter) e)
            .filter(e -> e.parameter().name().equals("route.middle-corridor.transit_days"))
            .reduce((a, b) -> b).orElseThrow();
        assertThat(lastDays.value()).isLessThanOrEqualTo(12.5);
        assertThat(lastDays.date().getYear()).isLessThanOrEqualTo(2027);
    }

    @Test
    void northernDisruptionIsLong() throws ScenarioException {
        Scenario s = ScenarioLibrary.load("northern-route-disruption");
        assertThat(s.events()).anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(ScenarioEvent.RouteDisruption.class,
            d -> {
                assertThat(d.route()).isEqualTo(RouteCode.NORTHERN);
                assertThat(d.share()).isEqualTo(0.6);
                assertThat(d.months()).isEqualTo(36);
            }));
    }
}
