package org.cascade.ui.explore;

import static org.assertj.core.api.Assertions.assertThat;

import org.cascade.region.StateCode;
import org.junit.jupiter.api.Test;

/** A click on the map inspects a state only when it lands on one. */
class MapPanelTest {
    @Test
    void aStateCodeNamesItsState() {
        assertThat(MapPanel.state("KZ")).contains(StateCode.KZ);
        assertThat(MapPanel.state("AM")).contains(StateCode.AM);
    }

    @Test
    void clicksBetweenStatesOrOnOtherMarksInspectNothing() {
        assertThat(MapPanel.state("")).isEmpty();
        assertThat(MapPanel.state("kz")).isEmpty();
        assertThat(MapPanel.state("middle-corridor")).isEmpty();
    }
}
