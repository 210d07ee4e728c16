package org.cascade.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.data.Offset;
import org.cascade.params.ParameterSet;
import org.cascade.region.DisputeCode;
import org.cascade.region.InstitutionCode;
import org.cascade.region.Pair;
import org.cascade.region.StateCode;
import org.cascade.results.LoggedEvent;
import org.cascade.run.ModelRun;
import org.cascade.scenario.ScenarioEvent.BorderOpen;
import org.cascade.scenario.ScenarioEvent.Summit;
import org.junit.jupiter.api.Test;

/** Scenario events as the model applies them: only inside the horizon, reading the parameters current when they fire. */
class EventProcessTest {
    private final ParameterSet noRegularSummits = Fixtures.calm()
        .with("institution.ots.enabled", 0).with("institution.cacm.enabled", 0);

    @Test
    void anEventAfterTheHorizonIsNeverApplied() {
        // 2026-01 is step 12: the first month after a one-year horizon
        ModelRun run = Fixtures.start(Fixtures.calm(), 1, new BorderOpen(Fixtures.at(2025, 6), DisputeCode.UZ_KG),
            new BorderOpen(Fixtures.at(2026, 1), DisputeCode.AZ_AM));
        run.runToEnd();
        CascadeModel m = run.model();
        assertThat(run.events()).filteredOn(LoggedEvent::scheduled).extracting(LoggedEvent::subject).containsExactly("UZ-KG");
        // even if the event process is stepped once more, in the month the event is dated, it has nothing to fire
        assertThat(m.month()).isEqualTo(12);
        m.events.step(m);
        assertThat(m.dispute(DisputeCode.AZ_AM).open).isFalse();
        assertThat(m.eventLog()).noneMatch(e -> e.subject().equals("AZ-AM") && e.scheduled());
    }

    @Test
    void aDatedSetOfTheObserverWeightChangesTheNextSummit() {
        int kzTm = Pair.of(StateCode.KZ, StateCode.TM).index(); // TM is an observer at the OTS
        ModelRun none = Fixtures.start(noRegularSummits);
        ModelRun observed = Fixtures.start(noRegularSummits, new Summit(Fixtures.at(2025, 2), InstitutionCode.OTS));
        ModelRun unobserved = Fixtures.start(noRegularSummits,
            Fixtures.set(2025, 1, "diplomacy.observer_weight", 0), new Summit(Fixtures.at(2025, 2), InstitutionCode.OTS));
        for (ModelRun r : new ModelRun[] {none, observed, unobserved}) {
            Fixtures.steps(r, 2);
        }
        double base = none.model().relations.trust[kzTm];
        assertThat(observed.model().relations.trust[kzTm] - base).isGreaterThan(0.001);
        assertThat(unobserved.model().relations.trust[kzTm]).isCloseTo(base, Offset.offset(1e-12));
        assertThat(unobserved.events()).anyMatch(e -> e.message().contains("extra summit with 4 of the seven"));
        assertThat(observed.events()).anyMatch(e -> e.message().contains("extra summit with 5 of the seven"));
    }
}
