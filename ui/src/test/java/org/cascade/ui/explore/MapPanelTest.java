package org.cascade.ui.explore;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import org.cascade.region.StateCode;
import org.cascade.ui.map.MapIndicator;
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

    @Test
    @SuppressWarnings("unchecked")
    void theIndicatorPickerSwitchesTheFillsInTheBrowser() {
        MockVaadin.setup();
        try {
            MapPanel panel = new MapPanel();
            UI.getCurrent().add(panel);
            var box = panel.getChildren().filter(c -> c.getId().orElse("").equals("map")).findFirst().orElseThrow();
            Select<MapIndicator> picker = (Select<MapIndicator>) com.github.mvysny.kaributesting.v10.LocatorJ
                ._get(Select.class, spec -> spec.withId("map-indicator"));
            assertThat(box.getElement().getAttribute("data-indicator")).isEqualTo("gdp");
            String before = box.getElement().getChild(0).getProperty("innerHTML");
            picker.setValue(MapIndicator.TRUST);
            assertThat(box.getElement().getAttribute("data-indicator")).isEqualTo("trust");
            // no redraw: the SVG holds every indicator's fills and picks one by the attribute
            assertThat(box.getElement().getChild(0).getProperty("innerHTML")).isEqualTo(before)
                .contains("[data-indicator=\"trust\"] .region-map .state-shape{fill:var(--f-trust)}");
        } finally {
            MockVaadin.tearDown();
        }
    }
}
