package org.cascade.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Map;
import java.util.OptionalInt;
import org.cascade.params.ParameterRegistry;
import org.cascade.region.DisputeCode;
import org.cascade.region.InstitutionCode;
import org.cascade.region.Pair;
import org.cascade.region.RouteCode;
import org.cascade.region.StateCode;
import org.cascade.scenario.ScenarioEvent.BorderClose;
import org.cascade.scenario.ScenarioEvent.BorderSettled;
import org.cascade.scenario.ScenarioEvent.Clash;
import org.cascade.scenario.ScenarioEvent.CommodityShock;
import org.cascade.scenario.ScenarioEvent.DisputeReopen;
import org.cascade.scenario.ScenarioEvent.Join;
import org.cascade.scenario.ScenarioEvent.RouteDisruption;
import org.cascade.scenario.ScenarioEvent.SetParameter;
import org.cascade.scenario.ScenarioEvent.Stamp;
import org.cascade.scenario.ScenarioEvent.Trust;
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
            new BorderSettled(new Stamp(YearMonth.of(2025, 3), "KG-TJ border treaty signed 13 Mar 2025", 16),
                DisputeCode.KG_TJ),
            new RouteDisruption(new Stamp(YearMonth.of(2025, 5), "", 20), RouteCode.MIDDLE_CORRIDOR, 0.4, 6),
            new Join(new Stamp(YearMonth.of(2025, 11), "", 25), InstitutionCode.CACM, StateCode.AZ),
            new Trust(new Stamp(YearMonth.of(2025, 12), "", 29), Pair.of(StateCode.KZ, StateCode.AZ), -0.25),
            new DisputeReopen(new Stamp(YearMonth.of(2026, 1), "", 33), DisputeCode.UZ_KG, 0.2),
            new Clash(new Stamp(YearMonth.of(2026, 2), "", 13), DisputeCode.KG_TJ, Clash.DEFAULT_SEVERITY),
            new SetParameter(new Stamp(YearMonth.of(2026, 3), "", 37),
                ParameterRegistry.get().require("policy.TJ.stance"), 0.6),
            new BorderClose(new Stamp(YearMonth.of(2026, 4), "", 44), DisputeCode.KG_TJ, OptionalInt.empty()),
            new CommodityShock(new Stamp(YearMonth.of(2036, 12), "", 41), -0.3));
        assertThat(s.events()).extracting(ScenarioEvent::step).containsExactly(2, 4, 10, 11, 12, 13, 14, 15, 143);
        assertThat(s.events()).extracting(ScenarioEvent::target).containsExactly(
            "KG-TJ", "middle-corridor", "cacm", "KZ-AZ", "UZ-KG", "KG-TJ", "policy.TJ.stance", "KG-TJ", "");
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
    void aShorterHorizonKeepsTheEventsBeforeItAndListsTheRestAsNotReached() throws ScenarioException {
        Scenario s = ScenarioLoader.parse("scenarios/round-trip.yaml", YAML);
        assertThat(s.eventsNotReached(12)).isEmpty();
        assertThat(s.eventsWithin(12)).isEqualTo(s.events());
        // the commodity shock of 2036-12 is the last month of 12 years, outside 11
        assertThat(s.eventsNotReached(11)).extracting(ScenarioEvent::type).containsExactly(EventType.COMMODITY_SHOCK);
        assertThat(s.eventsWithin(11)).hasSize(8).noneMatch(e -> e.type() == EventType.COMMODITY_SHOCK);
        // 2026-01 is step 12: the first month a one-year run does not reach
        assertThat(s.eventsNotReached(1)).extracting(ScenarioEvent::step).containsExactly(12, 13, 14, 15, 143);
    }
}
