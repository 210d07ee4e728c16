package org.cascade.ui.model;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.textfield.TextField;
import org.cascade.params.ParameterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The model page as a reader sees it (Karibu-Testing, no browser). */
class ModelViewTest {
    private static Routes routes;

    @BeforeAll
    static void discover() {
        routes = new Routes().autoDiscoverViews("org.cascade.ui.model");
    }

    @BeforeEach
    void setup() {
        MockVaadin.setup(routes);
        UI.getCurrent().navigate(ModelView.class);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    private static String docText() {
        StringBuilder b = new StringBuilder();
        _find(Html.class).forEach(h -> b.append(h.getInnerHtml()));
        return b.toString();
    }

    @Test
    void theParameterTableIsShownOnceCollapsedAndSearchable() {
        assertThat(_find(Grid.class, s -> s.withId("parameter-table"))).hasSize(1);
        // the generated table of MODEL.md is not shown as well
        assertThat(docText()).doesNotContain("<th>Source or reason</th>");
        Details details = _get(Details.class, s -> s.withId("parameter-details"));
        assertThat(details.isOpened()).isFalse();
        @SuppressWarnings("unchecked")
        Grid<Object> grid = _get(Grid.class, s -> s.withId("parameter-table"));
        assertThat(GridKt._size(grid)).isEqualTo(ParameterRegistry.get().size());
        _get(TextField.class, s -> s.withId("parameter-search")).setValue("elasticity trade");
        int found = GridKt._size(grid);
        assertThat(found).isBetween(1, ParameterRegistry.get().size() - 1);
        for (int i = 0; i < found; i++) {
            org.cascade.params.Parameter p = (org.cascade.params.Parameter) GridKt._get(grid, i);
            assertThat(ModelView.matches(p, new String[] {"elasticity", "trade"})).isTrue();
        }
        _get(TextField.class, s -> s.withId("parameter-search")).setValue("");
        assertThat(GridKt._size(grid)).isEqualTo(ParameterRegistry.get().size());
    }

    @Test
    void theCalibrationTableSitsInTheDocumentOnce() {
        assertThat(_find(Grid.class, s -> s.withId("calibration-table"))).hasSize(1);
        assertThat(docText()).doesNotContain("Simulated (step 0)</th>");
    }

    @Test
    void aContentsListLinksToTheHeadings() {
        String toc = _get(Nav.class, s -> s.withId("model-toc")).getChildren()
            .map(c -> ((Html) c).getInnerHtml()).findFirst().orElseThrow();
        String doc = docText();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("href=\"model#([^\"]+)\"").matcher(toc);
        int n = 0;
        while (m.find()) {
            assertThat(doc).contains("id=\"" + m.group(1) + "\"");
            n++;
        }
        assertThat(n).isGreaterThan(20);
        assertThat(toc).contains("8 Parameters").contains("9 Calibration");
    }

    @Test
    void noGeneratorCommentsOrBuildCommandsAndTheDataFileOpens() {
        String doc = docText();
        assertThat(doc).doesNotContain("GENERATED").doesNotContain("mvn ").doesNotContain("./cascade")
            .contains("href=\"model/data\"");
        UI.getCurrent().navigate(ModelDoc.DATA_ROUTE);
        assertThat(_find(DataView.class)).hasSize(1);
        assertThat(docText()).contains("GDP (USD bn) and population");
    }
}
