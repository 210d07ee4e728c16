package org.cascade.ui.explore;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.cascade.ui.CascadeUiApplication;
import org.cascade.ui.i18n.Texts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/** Issue 10, part 8: the explorer in Russian leaves no visible word in English; plurals; the lang link. */
@SpringBootTest(classes = CascadeUiApplication.class)
class RussianExplorerTest {
    private static final Locale RU = Locale.forLanguageTag("ru");
    /** A visible text passes when it has a Cyrillic letter, or no Latin word at all (numbers, dates, ranges). */
    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");
    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]{2,}");
    private static Routes routes;

    @Autowired
    private ApplicationContext ctx;

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

    private static void inRussian() {
        org.cascade.ui.i18n.Language.choose(RU);
        UI.getCurrent().getPage().reload();
        MockVaadin.clientRoundtrip(false);
        UI.getCurrent().navigate("model");
        UI.getCurrent().navigate("");
    }

    @Test
    void noVisibleStringOfTheExplorerIsLeftInEnglish() {
        inRussian();
        // every parameter group opened, so that every field (built when its group opens) is read
        _find(com.vaadin.flow.component.details.Details.class).forEach(d -> d.setOpened(true));
        List<String> texts = new ArrayList<>();
        collect(UI.getCurrent(), texts);
        assertThat(texts).as("texts read").hasSizeGreaterThan(400);
        List<String> english = texts.stream().filter(s -> !CYRILLIC.matcher(s).find()
            && LATIN_WORD.matcher(s).find()).distinct().toList();
        assertThat(english).as("visible texts with no Russian").isEmpty();
        assertThat(_get(Span.class, s -> s.withId("status")).getText()).isEqualTo("Готово.");
    }

    /** Visible texts a person reads, skipping data (code ids, scenario prose) and the map and charts' own panels. */
    private static void collect(Component c, List<String> out) {
        if (c instanceof com.vaadin.flow.component.Text text) {
            add(out, text.getText());
            return;
        }
        if (!c.isVisible() || c instanceof MapPanel || c instanceof ChartsPanel) {
            return;
        }
        if (c.getClassNames().contains("param-id") || c.getClassNames().contains("brand")
            || c.getClassNames().contains("scenario-description") || c.getId().filter("language"::equals).isPresent()) {
            return;
        }
        String own;
        try {
            own = c.getElement().getText();
        } catch (UnsupportedOperationException e) {
            own = ""; // a component whose element holds no text of its own (e.g. a dialog's virtual child)
        }
        if (c.getClassNames().contains("scenario-lookfor")) {
            own = own.substring(0, Math.min(own.length(), 20)); // the prefix is the page's, the rest the scenario's
        }
        add(out, own);
        if (c instanceof HasLabel l) {
            add(out, l.getLabel());
        }
        if (c instanceof HasHelper h) {
            add(out, h.getHelperText());
        }
        if (c instanceof TextField f) {
            add(out, f.getPlaceholder());
        }
        if (c instanceof Checkbox b) {
            add(out, b.getLabel());
        }
        if (c instanceof Details d) {
            add(out, d.getSummaryText());
        }
        if (c instanceof Grid<?> g) {
            g.getColumns().forEach(col -> add(out, col.getHeaderText()));
        }
        if (c instanceof Select<?> s) {
            labels(s, out);
        }
        c.getChildren().forEach(child -> collect(child, out));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void labels(Select s, List<String> out) {
        s.getListDataView().getItems().forEach(item -> add(out, (String) s.getItemLabelGenerator().apply(item)));
    }

    private static void add(List<String> out, String s) {
        if (s != null && !s.isBlank()) {
            out.add(s.trim());
        }
    }

    @Test
    void russianCountsTakeTheirThreePluralForms() {
        Texts ru = Texts.of(RU);
        assertThat(ru.plural("params.matches", 1)).isEqualTo("Найден 1 параметр");
        assertThat(ru.plural("params.matches", 3)).isEqualTo("Найдено 3 параметра");
        assertThat(ru.plural("params.matches", 5)).isEqualTo("Найдено 5 параметров");
        assertThat(ru.plural("params.matches", 11)).isEqualTo("Найдено 11 параметров");
        assertThat(ru.plural("params.matches", 21)).isEqualTo("Найден 21 параметр");
        assertThat(ru.plural("params.matches", 22)).isEqualTo("Найдено 22 параметра");
        assertThat(ru.plural("params.matches", 112)).isEqualTo("Найдено 112 параметров");
        assertThat(Texts.of(Locale.ENGLISH).plural("params.matches", 1)).isEqualTo("1 parameter matches");
        assertThat(Texts.of(Locale.ENGLISH).plural("params.matches", 2)).isEqualTo("2 parameters match");
        for (Locale planned : Texts.PLANNED) {
            assertThat(Texts.category(planned, 1)).isEqualTo("one");
            assertThat(Texts.category(planned, 5)).isEqualTo("other");
            assertThat(Texts.get(planned, "run.run")).as("a planned language reads English for now").isEqualTo("Run");
        }
    }

    @Test
    void everyEnglishKeyHasARussianText() throws Exception {
        var en = new java.util.Properties();
        var ru = new java.util.Properties();
        try (var a = getClass().getResourceAsStream("/org/cascade/ui/i18n/texts.properties");
             var b = getClass().getResourceAsStream("/org/cascade/ui/i18n/texts_ru.properties")) {
            en.load(new java.io.InputStreamReader(a, java.nio.charset.StandardCharsets.UTF_8));
            ru.load(new java.io.InputStreamReader(b, java.nio.charset.StandardCharsets.UTF_8));
        }
        for (String key : en.stringPropertyNames()) {
            String base = key.replaceAll("\\.(one|few|many|other)$", "");
            boolean has = ru.containsKey(key) || !base.equals(key) && ru.containsKey(base + ".one");
            assertThat(has).as("Russian for " + key).isTrue();
        }
    }

    @Test
    void aLinkWithLangRuOpensTheExplorerInRussian() {
        UI.getCurrent().navigate("", QueryParameters.fromString("lang=ru&seed=3"));
        MockVaadin.clientRoundtrip(false);
        UI.getCurrent().navigate("", QueryParameters.fromString("lang=ru&seed=3"));
        assertThat(VaadinSession.getCurrent().getLocale().getLanguage()).isEqualTo("ru");
        assertThat(_get(com.vaadin.flow.component.button.Button.class, s -> s.withId("run")).getText())
            .isEqualTo("Запустить");
        ExploreSession session = VaadinSession.getCurrent().getAttribute(ExploreSession.class);
        assertThat(session.shareQuery()).containsEntry("lang", "ru").containsEntry("seed", "3");
    }
}
