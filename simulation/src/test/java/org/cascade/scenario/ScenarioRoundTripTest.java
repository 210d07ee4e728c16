package org.cascade.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A parsed scenario holds exactly what the file says, with canonical ids and model steps. */
class ScenarioRoundTripTest {
    private static final String YAML = """
        title: Round trip
        description: Every field once.
        look_for: Nothing in particular.
        sources:
          - regional-data.md section 6
          - the interview
        years: 12
        parameters:
          route.middle-corridor.tariff: 120
          trade.elasticity: 4
          dispute.closure_months: 24
        events:
          - date: 2026-02
            type: clash
            dispute: TJ-KG
          - date: 2025-03-13
            type: border_settled
            dispute: tj-kg
            note: "KG-TJ border treaty signed 13 Mar 2025"
          - date: 2025-05
            type: route_disruption
            route: Middle-Corridor
            value: 0.4
            months: 6
          - date: 2025-11
            type: join
            institution: CACM
            state: az
          - date: 2025-12
            type: trust
            pair: AZ-KZ
            value: -0.25
          - date: 2026-01
            type: dispute_reopen
            dispute: KG-UZ
            value: 0.2
          - date: 2026-03
            type: set
            parameter: policy.TJ.stance
            value: 0.6
          - date: 2036-12
            type: commodity_shock
            value: -0.3
          - date: 2026-04
            type: border_close
            dispute: KG-TJ
        """;

    @Test
    void parsedScenarioEqualsTheFile() throws ScenarioException {
        Scenario s = ScenarioLoader.parse("scenarios/round-trip.yaml", YAML);
        assertThat(s.id()).isEqualTo("round-trip");
        assertThat(s.title()).isEqualTo("Round trip");
        assertThat(s.description()).isEqualTo("Every field once.");
        assertThat(s.lookFor()).isEqualTo("Nothing in particular.");
        assertThat(s.sources()).containsExactly("regional-data.md section 6", "the interview");
        assertThat(s.years()).isEqualTo(12);
        assertThat(s.parameters().overrides()).containsExactlyInAnyOrderEntriesOf(Map.of(
            "route.middle-corridor.tariff", 120.0, "trade.elasticity", 4.0, "dispute.closure_months", 24.0));
        assertThat(s.sha256()).isEqualTo(ScenarioLoader.sha256(YAML.getBytes(StandardCharsets.UTF_8)));
        assertThat(s.sha256()).hasSize(64);

        // sorted by step; file order kept within a step
        assertThat(s.events()).containsExactly(
            new ScenarioEvent(YearMonth.of(2025, 3), 2, EventType.BORDER_SETTLED, "KG-TJ", "", Double.NaN, 0,
                "KG-TJ border treaty signed 13 Mar 2025", 16),
            new ScenarioEvent(YearMonth.of(2025, 5), 4, EventType.ROUTE_DISRUPTION, "middle-corridor", "", 0.4, 6, "", 20),
            new ScenarioEvent(YearMonth.of(2025, 11), 10, EventType.JOIN, "cacm", "AZ", Double.NaN, 0, "", 25),
            new ScenarioEvent(YearMonth.of(2025, 12), 11, EventType.TRUST, "KZ-AZ", "", -0.25, 0, "", 29),
            new ScenarioEvent(YearMonth.of(2026, 1), 12, EventType.DISPUTE_REOPEN, "UZ-KG", "", 0.2, 0, "", 33),
            new ScenarioEvent(YearMonth.of(2026, 2), 13, EventType.CLASH, "KG-TJ", "", Double.NaN, 0, "", 13),
            new ScenarioEvent(YearMonth.of(2026, 3), 14, EventType.SET, "policy.TJ.stance", "", 0.6, 0, "", 37),
            new ScenarioEvent(YearMonth.of(2026, 4), 15, EventType.BORDER_CLOSE, "KG-TJ", "", Double.NaN, 0, "", 44),
            new ScenarioEvent(YearMonth.of(2036, 12), 143, EventType.COMMODITY_SHOCK, "", "", -0.3, 0, "", 41));
        assertThat(s.events().get(5).valueOr(1)).isEqualTo(1.0);
    }

    @Test
    void sameBytesGiveTheSameHashAndAnyChangeAnother() throws ScenarioException {
        Scenario a = ScenarioLoader.parse("a.yaml", YAML);
        Scenario b = ScenarioLoader.parse("b.yaml", YAML + "\n");
        assertThat(ScenarioLoader.parse("c.yaml", YAML).sha256()).isEqualTo(a.sha256());
        assertThat(b.sha256()).isNotEqualTo(a.sha256());
        assertThat(b.events()).isEqualTo(a.events());
    }

    @Test
    void emptyParameterAndEventSectionsAreAllowed() throws ScenarioException {
        Scenario s = ScenarioLoader.parse("e.yaml", "title: T\ndescription: D\nlook_for: L\nsources: []\n"
            + "parameters:\nevents:\n");
        assertThat(s.parameters().overrides()).isEmpty();
        assertThat(s.events()).isEmpty();
    }

    @Test
    void loadWithAShorterHorizonChecksAndSetsYears(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
        throws Exception {
        java.nio.file.Path f = dir.resolve("short.yaml");
        java.nio.file.Files.writeString(f, YAML);
        assertThat(ScenarioLoader.load(f, 12).years()).isEqualTo(12);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ScenarioLoader.load(f, 11))
            .isInstanceOf(ScenarioException.class)
            .hasMessageStartingWith(f + ":41: events[7].date: 2036-12 is outside the horizon of 11 years")
            .hasMessageContaining("allowed 2025-01 to 2035-12");
    }
}
