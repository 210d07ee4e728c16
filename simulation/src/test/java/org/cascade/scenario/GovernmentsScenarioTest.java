package org.cascade.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cascade.params.ParameterRegistry;
import org.cascade.region.StateCode;
import org.cascade.scenario.Governments.Lever;
import org.cascade.scenario.Governments.Mode;
import org.junit.jupiter.api.Test;

/** The {@code governments:} block of a scenario file: who decides, and the messages for what cannot be. */
class GovernmentsScenarioTest {
    private static final String HEAD = "title: T\ndescription: D\nlook_for: L\nsources: []\n";

    @Test
    void aStateModeBecomesItsParameterAndALeverMapIsKept() throws ScenarioException {
        Scenario s = ScenarioLoader.parse("g.yaml", HEAD + "governments:\n  KZ: adaptive\n"
            + "  AZ: {transit_tariff: human, visa: scripted}\n");
        assertThat(s.parameters().get(ParameterRegistry.governmentMode(StateCode.KZ))).isEqualTo(1);
        assertThat(s.governments().mode(StateCode.KZ, Lever.TARIFF, s.parameters())).isEqualTo(Mode.ADAPTIVE);
        assertThat(s.governments().mode(StateCode.AZ, Lever.TRANSIT_TARIFF, s.parameters())).isEqualTo(Mode.HUMAN);
        assertThat(s.governments().mode(StateCode.AZ, Lever.TARIFF, s.parameters())).isEqualTo(Mode.SCRIPTED);
        assertThat(s.governments().mode(StateCode.TM, Lever.VISA, s.parameters())).isEqualTo(Mode.SCRIPTED);
    }

    @Test
    void anUnknownModeNamesTheLineFieldAndTheAllowedModes() {
        assertThatThrownBy(() -> ScenarioLoader.parse("g.yaml", HEAD + "governments:\n  KZ: clever\n"))
            .hasMessage("g.yaml:6: governments.KZ: unknown mode 'clever'; allowed: scripted, adaptive, human");
    }

    @Test
    void aLeverTheStateDoesNotHaveIsRefused() {
        assertThatThrownBy(() -> ScenarioLoader.parse("g.yaml", HEAD + "governments:\n  AM: {transit_tariff: adaptive}\n"))
            .hasMessageStartingWith("g.yaml:6: governments.AM.transit_tariff: this lever cannot be handed to the"
                + " government: AM sets no through tariff")
            .hasMessageContaining("levers of AM: tariff, visa, stance");
        assertThatThrownBy(() -> ScenarioLoader.parse("g.yaml", HEAD + "governments:\n  KZ: {budget: adaptive}\n"))
            .hasMessageStartingWith("g.yaml:6: governments.KZ.budget: unknown lever 'budget'")
            .hasMessageContaining("allowed: tariff, visa, transit_tariff, corridor, stance");
        assertThatThrownBy(() -> ScenarioLoader.parse("g.yaml", HEAD + "governments:\n  XX: adaptive\n"))
            .hasMessageStartingWith("g.yaml:6: governments.XX: unknown state 'XX'");
    }

    @Test
    void aGoalWeightOutOfRangeAndAModeGivenTwiceAreRefused() {
        assertThatThrownBy(() -> ScenarioLoader.parse("g.yaml", HEAD
            + "parameters:\n  government.KZ.weight_welfare: 1.5\n"))
            .hasMessage("g.yaml:6: parameters.government.KZ.weight_welfare: 'government.KZ.weight_welfare' = 1.5 is"
                + " out of range; allowed [0, 1]");
        assertThatThrownBy(() -> ScenarioLoader.parse("g.yaml", HEAD
            + "parameters:\n  government.KZ.mode: 1\ngovernments:\n  KZ: human\n"))
            .hasMessageStartingWith("g.yaml:8: governments.KZ: the mode of KZ is also set under parameters");
        assertThatThrownBy(() -> ScenarioLoader.parse("g.yaml", HEAD + "parameters:\n  government.KZ.mode: 3\n"))
            .hasMessageContaining("allowed [0, 2]");
    }
}
