package org.cascade.ui.experiments;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import org.cascade.ui.CascadeUiApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/** The comparison form, the experiment page and the library, browserless, with the real engine on small designs. */
@SpringBootTest(classes = CascadeUiApplication.class)
class ExperimentViewsTest {
    private static Routes routes;
    @Autowired
    private ApplicationContext ctx;
    @Autowired
    private ExperimentService service;

    @BeforeAll
    static void discover() {
        routes = new Routes().autoDiscoverViews("org.cascade.ui");
    }

    @BeforeEach
    void setup() {
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, ctx, UI::new));
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            MockVaadin.runUIQueue();
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("still waiting for " + what + "; status: " + _get(Span.class, s -> s.withId("experiment-status")).getText());
    }

    private static String status() {
        return _get(Span.class, s -> s.withId("experiment-status")).getText();
    }

    @Test
    void aComparisonRunsFromTheFormToItsReportAndDownloads() throws Exception {
        UI.getCurrent().navigate("compare");
        _get(IntegerField.class, s -> s.withId("compare-replicates")).setValue(8);
        _get(IntegerField.class, s -> s.withId("compare-years")).setValue(3);
        _get(com.vaadin.flow.component.textfield.TextField.class, s -> s.withId("compare-horizons")).setValue("2026, 2027");
        _get(TextArea.class, s -> s.withId("arm-changes-1")).setValue("route.middle-corridor.tariff = 80");
        _click(_get(Button.class, s -> s.withId("compare-show")));
        String yaml = _get(TextArea.class, s -> s.withId("compare-description")).getValue();
        assertThat(yaml).contains("kind: compare").contains("route.middle-corridor.tariff: 80").contains("replicates: 8");
        _click(_get(Button.class, s -> s.withId("compare-run")));
        await("the comparison to finish", () -> status().contains("done"));
        assertThat(status()).contains("16 of 16 runs");
        Div report = _get(Div.class, s -> s.withId("experiment-report"));
        String html = report.getElement().getChildren().findFirst().orElseThrow().getOuterHTML();
        assertThat(html).contains("<svg").contains("difference");
        assertThat(_get(Anchor.class, s -> s.withId("download-differences-csv")).getHref()).endsWith("/differences.csv");
        ExperimentRecord r = service.list("", ExperimentStatus.DONE).getFirst();
        assertThat(Path.of(r.resultDir()).resolve("differences.csv")).exists();
        assertThat(Files.readString(Path.of(r.resultDir()).resolve("experiment.yaml"))).isEqualTo(yaml);
        assertThat(r.provenance()).contains("\"engine\": \"in-process\"")
            .contains("\"run_limit\": " + service.runLimit() + ",");
    }

    @Test
    void aBadOverrideLineIsNamedAndNothingRuns() {
        UI.getCurrent().navigate("compare");
        int before = service.list("", null).size();
        _get(TextArea.class, s -> s.withId("arm-changes-1")).setValue("trade.elasticity = 3\nno.such.parameter = 2");
        _click(_get(Button.class, s -> s.withId("compare-run")));
        assertThat(_get(Paragraph.class, s -> s.withId("compare-error")).getText())
            .isEqualTo("Arm B, line 2: unknown parameter 'no.such.parameter'");
        assertThat(service.list("", null)).hasSize(before);
    }

    @Test
    void aDescriptionWithAnErrorGivesItsLineAndField() {
        UI.getCurrent().navigate("experiments");
        _get(TextArea.class, s -> s.withId("experiment-yaml")).setValue("title: x\nkind: compare\nreplicates: 0\n");
        _click(_get(Button.class, s -> s.withId("run-yaml")));
        assertThat(_get(Paragraph.class, s -> s.withId("experiment-error")).getText()).contains("experiment.yaml:3")
            .contains("replicates");
    }

    @Test
    void aFinishedExperimentReRunsToIdenticalResultsAndIsFoundBySearch() throws Exception {
        UI.getCurrent().navigate("experiments");
        String yaml = ExperimentsView.EXAMPLE.replace("replicates: 200", "replicates: 6").replace("years: 20", "years: 2")
            .replace("horizons: [2030, 2035, 2044]", "horizons: [2026]");
        _get(TextArea.class, s -> s.withId("experiment-yaml")).setValue(yaml);
        _click(_get(Button.class, s -> s.withId("run-yaml")));
        assertThat(_find(Paragraph.class, s -> s.withId("experiment-error"))).extracting(Paragraph::getText)
            .allMatch(String::isEmpty);
        await("the first run", () -> status().contains("done"));
        ExperimentRecord first = service.list("", ExperimentStatus.DONE).getFirst();
        _click(_get(Button.class, s -> s.withId("experiment-rerun")));
        await("the re-run", () -> status().contains("done") && !service.list("", ExperimentStatus.DONE).getFirst().id().equals(first.id()));
        ExperimentRecord second = service.list("", ExperimentStatus.DONE).getFirst();
        for (String f : new String[] {"experiment.csv", "horizons.csv", "differences.csv"}) {
            assertThat(Files.readString(Path.of(second.resultDir()).resolve(f)))
                .as(f).isEqualTo(Files.readString(Path.of(first.resultDir()).resolve(f)));
        }
        UI.getCurrent().navigate("experiments");
        _get(com.vaadin.flow.component.textfield.TextField.class, s -> s.withId("experiment-search")).setValue("halved");
        assertThat(service.list("halved", null)).extracting(ExperimentRecord::id).contains(first.id(), second.id());
    }
}
