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
}
