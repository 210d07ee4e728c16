package org.cascade.ui.experiments;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.cascade.ui.experiments.KaribuViews.await;
import static org.cascade.ui.experiments.KaribuViews.byId;
import static org.cascade.ui.experiments.KaribuViews.location;
import static org.cascade.ui.experiments.KaribuViews.status;
import static org.cascade.ui.experiments.KaribuViews.text;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.cascade.experiment.ExperimentKind;
import org.cascade.experiment.ExperimentLoader;
import org.cascade.experiment.ExperimentSpec;
import org.cascade.experiment.SensitivitySettings;
import org.cascade.params.Parameter;
import org.cascade.params.ParameterGroup;
import org.cascade.params.ParameterRegistry;
import org.cascade.ui.CascadeUiApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/** The sensitivity form browserless: Morris by groups, Sobol on a short list, the run count, messages and Run. */
@SpringBootTest(classes = CascadeUiApplication.class)
class SensitivityFormTest {
    @Autowired
    private ApplicationContext ctx;
    @Autowired
    private ExperimentService service;

    @BeforeEach
    void setup() {
        KaribuViews.setup(ctx);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    private static SensitivityView form() {
        return _find(SensitivityView.class).getFirst();
    }

    @SuppressWarnings("unchecked")
    private static void parameters(String... names) {
        Set<Parameter> chosen = new LinkedHashSet<>();
        for (String n : names) {
            chosen.add(ParameterRegistry.get().require(n));
        }
        byId(MultiSelectComboBox.class, "sensitivity-parameters").setValue(chosen);
    }

    @SuppressWarnings("unchecked")
    private static void groups(ParameterGroup... groups) {
        byId(MultiSelectComboBox.class, "sensitivity-groups").setValue(Set.of(groups));
    }

    @SuppressWarnings("unchecked")
    private static void method(String m) {
        byId(Select.class, "sensitivity-method").setValue(m);
    }

    private static ExperimentSpec loaded() throws Exception {
        return ExperimentLoader.parse("sensitivity.yaml", form().yaml(), null);
    }

    @Test
    void morrisOverAGroupAndAParameterCountsTheRunsTheLoaderPlans() throws Exception {
        UI.getCurrent().navigate("sensitivity");
        parameters("trade.elasticity");
        groups(ParameterGroup.DISPUTES);
        byId(IntegerField.class, "sensitivity-trajectories").setValue(12);
        byId(IntegerField.class, "sensitivity-replicates").setValue(3);
        ExperimentSpec spec = loaded();
        assertThat(spec.kind()).isEqualTo(ExperimentKind.SENSITIVITY);
        SensitivitySettings s = spec.sensitivity();
        assertThat(s.method()).isEqualTo("morris");
        assertThat(s.trajectories()).isEqualTo(12);
        assertThat(s.levels()).isEqualTo(4);
        assertThat(s.parameters()).first().isEqualTo("trade.elasticity");
        assertThat(s.parameters()).containsAll(ParameterRegistry.get().inGroup(ParameterGroup.DISPUTES).stream()
            .map(Parameter::name).filter(n -> !n.equals("trade.elasticity")).toList());
        int k = s.parameters().size();
        assertThat(text("sensitivity-runs")).startsWith(String.format(Locale.ENGLISH,
            "%,d design points × 3 replicates = %,d runs", spec.points(), spec.runCount()));
        assertThat(spec.points()).isEqualTo(12L * (k + 1));
        assertThat(byId(com.vaadin.flow.component.html.Span.class, "sensitivity-count").getText())
            .isEqualTo("Parameters studied: " + k);
    }

    @Test
    void theFirstChoiceIsTheBundledMorrisExample() throws Exception {
        ExperimentSpec example = ExperimentLoader.load(java.nio.file.Path.of("..", "scenarios", "experiments",
            "morris.yaml"));
        UI.getCurrent().navigate("sensitivity");
        ExperimentSpec mine = loaded();
        assertThat(mine.sensitivity().parameters()).containsExactlyInAnyOrderElementsOf(
            example.sensitivity().parameters());
        assertThat(List.of(mine.sensitivity().method(), mine.sensitivity().trajectories(), mine.sensitivity().levels(),
            mine.replicates(), mine.uncertainty())).isEqualTo(List.of(example.sensitivity().method(),
            example.sensitivity().trajectories(), example.sensitivity().levels(), example.replicates(),
            example.uncertainty()));
        assertThat(text("sensitivity-runs")).startsWith(String.format(Locale.ENGLISH,
            "%,d design points × 10 replicates = %,d runs", example.points(), example.runCount()));
    }

    @Test
    void sobolOnAShortListWithItsSampleSize() throws Exception {
        UI.getCurrent().navigate("sensitivity");
        method("sobol");
        assertThat(byId(IntegerField.class, "sensitivity-n").isVisible()).isTrue();
        assertThat(_find(MultiSelectComboBox.class, s -> s.withId("sensitivity-groups"))).isEmpty();
        parameters("trade.elasticity", "trade.diversion", "route.value_of_time");
        byId(IntegerField.class, "sensitivity-n").setValue(32);
        ExperimentSpec spec = loaded();
        assertThat(spec.sensitivity().method()).isEqualTo("sobol");
        assertThat(spec.sensitivity().parameters()).containsExactly("route.value_of_time", "trade.diversion",
            "trade.elasticity");
        assertThat(spec.sensitivity().n()).isEqualTo(32);
        assertThat(spec.points()).isEqualTo(32 * 5);
        assertThat(text("sensitivity-runs")).startsWith("160 design points × 10 replicates = 1,600 runs");
    }

    @Test
    void tooFewOrTooManyParametersAreNamed() {
        UI.getCurrent().navigate("sensitivity");
        groups();
        parameters("trade.elasticity");
        assertThat(text("sensitivity-error")).isEqualTo("Parameters: choose at least 2 (now 1)");
        assertThat(byId(Button.class, "sensitivity-run").isEnabled()).isFalse();
        method("sobol");
        List<String> many = ParameterRegistry.get().all().stream().map(Parameter::name)
            .limit(SensitivityView.SOBOL_MAX_PARAMETERS + 1).toList();
        parameters(many.toArray(String[]::new));
        assertThat(text("sensitivity-error")).isEqualTo("Sobol: choose at most 12 parameters (now 13); screen a "
            + "longer list with Morris first");
    }

    @Test
    void overTheRunLimitIsRefused() {
        UI.getCurrent().navigate("sensitivity");
        byId(IntegerField.class, "sensitivity-trajectories").setValue(10_000);
        byId(IntegerField.class, "sensitivity-replicates").setValue(100);
        assertThat(text("sensitivity-error")).contains("is more than this server's limit of "
            + String.format(Locale.ENGLISH, "%,d", service.runLimit()));
        assertThat(byId(Button.class, "sensitivity-run").isEnabled()).isFalse();
    }

    @Test
    void russianTexts() {
        UI.getCurrent().setLocale(Locale.forLanguageTag("ru"));
        UI.getCurrent().navigate("sensitivity");
        assertThat(_find(H2.class)).extracting(H2::getText).contains("Анализ чувствительности");
        groups();
        parameters("trade.elasticity");
        assertThat(text("sensitivity-error")).isEqualTo("Параметры: выберите не меньше 2 (сейчас 1)");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSmallMorrisStudyRunsToItsPage() throws Exception {
        UI.getCurrent().navigate("sensitivity");
        groups();
        parameters("trade.elasticity", "trade.diversion");
        byId(IntegerField.class, "sensitivity-trajectories").setValue(2);
        byId(IntegerField.class, "sensitivity-replicates").setValue(1);
        byId(IntegerField.class, "sensitivity-years").setValue(1);
        byId(TextField.class, "sensitivity-horizons").setValue("2025");
        byId(CheckboxGroup.class, "sensitivity-outcomes").setValue(Set.of("regional_trade_usd"));
        assertThat(text("sensitivity-runs")).startsWith("6 design points × 1 replicates = 6 runs");
        _click(byId(Button.class, "sensitivity-run"));
        assertThat(location()).startsWith("experiments/");
        await("the study to finish", () -> status().contains("done"));
        assertThat(status()).startsWith("sensitivity").contains("6 of 6 runs");
    }
}
