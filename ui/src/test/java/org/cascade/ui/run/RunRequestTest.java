package org.cascade.ui.run;

import static org.assertj.core.api.Assertions.assertThat;

import org.cascade.params.ParameterSet;
import org.cascade.scenario.Scenario;
import org.cascade.scenario.ScenarioLibrary;
import org.junit.jupiter.api.Test;

/** A run shorter than its scenario's timeline names the events it leaves out. */
class RunRequestTest {
    @Test
    void noticeListsTheEventsAfterTheHorizon() throws Exception {
        Scenario history = ScenarioLibrary.load("history-2025");
        assertThat(new RunRequest(history, ParameterSet.defaults(), 1, 2, 1).notReachedNotice()).contains(
            "1 scenario event is dated after the 2-year horizon and not applied: 2027-08 set dispute.mediation");
        assertThat(new RunRequest(history, ParameterSet.defaults(), 1, 1, 1).notReachedNotice()).hasValueSatisfying(
            t -> assertThat(t).startsWith("3 scenario events are dated after the 1-year horizon")
                .contains("2026-01 set institution.cacm.summit_month", "2027-08 set dispute.mediation"));
        assertThat(new RunRequest(history, ParameterSet.defaults(), 1, 3, 1).notReachedNotice()).isEmpty();
    }

    @Test
    void theHumanStatesAreThoseWithALeverInHumanMode() {
        var catalog = new ScenarioCatalog();
        var baseline = catalog.orFirst("baseline");
        assertThat(RunRequest.humanStates(baseline, org.cascade.params.ParameterSet.defaults())).isEmpty();
        assertThat(RunRequest.humanStates(baseline, org.cascade.params.ParameterSet.defaults()
            .with("government.KG.mode", 2).with("government.AZ.mode", 1))).containsExactly(
            org.cascade.region.StateCode.KG);
        var oneLever = new org.cascade.scenario.Scenario(baseline.id(), baseline.title(), baseline.description(),
            baseline.lookFor(), baseline.sources(), baseline.years(), baseline.parameters(), baseline.events(),
            baseline.sha256(), new org.cascade.scenario.Governments(java.util.Map.of(org.cascade.region.StateCode.TM,
            java.util.Map.of(org.cascade.scenario.Governments.Lever.VISA, org.cascade.scenario.Governments.Mode.HUMAN))));
        assertThat(RunRequest.humanStates(oneLever, org.cascade.params.ParameterSet.defaults()))
            .containsExactly(org.cascade.region.StateCode.TM);
    }
}
