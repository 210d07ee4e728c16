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
    @Autowired
    private org.cascade.ui.run.ScenarioCatalog catalog;

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

    @Test
    void everyScenarioReadsInRussianOnThePage() {
        inRussian();
        Texts ru = Texts.of(RU);
        @SuppressWarnings("unchecked")
        Select<org.cascade.scenario.Scenario> picker = _get(Select.class, s -> s.withId("scenario"));
        assertThat(catalog.all()).hasSizeGreaterThan(5);
        for (org.cascade.scenario.Scenario sc : catalog.all()) {
            for (String part : List.of("title", "description", "lookFor")) {
                String key = "scenario." + sc.id() + "." + part;
                assertThat(ru.has(key)).as(key).isTrue();
                assertThat(CYRILLIC.matcher(ru.get(key)).find()).as(key).isTrue();
            }
            ExploreViewTest.set(picker, sc);
            String description = _get(com.vaadin.flow.component.html.Paragraph.class,
                s -> s.withClasses("scenario-description")).getText();
            String lookFor = _get(com.vaadin.flow.component.html.Paragraph.class, s -> s.withId("scenario-lookfor"))
                .getText();
            assertThat(description).as(sc.id()).isEqualTo(ru.get("scenario." + sc.id() + ".description"))
                .isNotEqualTo(sc.description());
            assertThat(lookFor).as(sc.id()).isEqualTo("На что смотреть: " + ru.get("scenario." + sc.id() + ".lookFor"));
            assertThat(picker.getItemLabelGenerator().apply(sc)).isEqualTo(ru.get("scenario." + sc.id() + ".title"));
        }
    }

    @Test
    void aRussianRunShowsItsEventLogInRussian() throws Exception {
        inRussian();
        @SuppressWarnings("unchecked")
        Select<org.cascade.scenario.Scenario> picker = _get(Select.class, s -> s.withId("scenario"));
        ExploreViewTest.set(picker, catalog.find("adaptive-region").orElseThrow());
        ExploreViewTest.set(_get(com.vaadin.flow.component.textfield.IntegerField.class, s -> s.withId("years")), 3);
        com.github.mvysny.kaributesting.v10.LocatorJ._click(Page.button("run"));
        Page.await("the Russian run to finish", () -> Page.status().startsWith("Завершено"));
        @SuppressWarnings("unchecked")
        Grid<org.cascade.results.LoggedEvent> events = _get(Grid.class, s -> s.withId("events"));
        int rows = com.github.mvysny.kaributesting.v10.GridKt._size(events);
        assertThat(rows).as("events of three adaptive years").isGreaterThan(20);
        java.util.Set<String> kinds = new java.util.TreeSet<>();
        for (int i = 0; i < rows; i++) {
            List<String> row = com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow(events, i);
            kinds.add(com.github.mvysny.kaributesting.v10.GridKt._get(events, i).kind());
            assertThat(CYRILLIC.matcher(row.get(1)).find()).as("kind label of row " + i + ": " + row).isTrue();
            assertThat(CYRILLIC.matcher(row.get(2)).find()).as("sentence of row " + i + ": " + row).isTrue();
            assertThat(row.get(2)).as("row " + i).doesNotContain("expected gain").doesNotContain(" talks");
        }
        assertThat(kinds).contains("decision", "summit");
    }

    /**
     * Every sentence the bundled scenarios log (adaptive governments and outside powers on, so decisions and talks
     * come up too, and the seat's own lines) reads in Russian, the scenarios' notes included: nothing English is left
     * but codes, acronyms, parameter names and a data file's name.
     */
    @Test
    void everyEventSentenceOfTheBundledScenariosIsTranslated() {
        Texts ru = Texts.of(RU);
        // what may stay in Latin letters: parameter names, a data file's name, codes and acronyms (KG-TJ, TRIPP)
        Pattern codes = Pattern.compile("[a-z]+(\\.[A-Za-z0-9_-]+)+|[\\w-]+\\.md|\\b[A-Z]{2,}(-[A-Z]{2,})*\\b");
        org.cascade.params.ParameterSet adaptive = org.cascade.params.ParameterSet.defaults().with("outside.mode", 1);
        for (org.cascade.region.StateCode st : org.cascade.region.StateCode.values()) {
            adaptive = adaptive.with(org.cascade.params.ParameterRegistry.governmentMode(st),
                st == org.cascade.region.StateCode.KZ ? 2 : 1); // KZ's seat empty: the model says so in the log
        }
        java.util.Set<String> kinds = new java.util.TreeSet<>();
        int sentences = 0;
        for (org.cascade.scenario.Scenario sc : catalog.all()) {
            for (org.cascade.params.ParameterSet p : List.of(org.cascade.params.ParameterSet.defaults(), adaptive)) {
                var run = org.cascade.run.ModelRun.run(sc, p, 2, 20);
                for (org.cascade.results.LoggedEvent e : run.events()) {
                    kinds.add(e.kind());
                    assertThat(ru.has("kind." + e.kind())).as("Russian for kind " + e.kind()).isTrue();
                    String left = codes.matcher(EventMessages.message(e, ru)).replaceAll("");
                    assertThat(LATIN_WORD.matcher(left).find()).as(sc.id() + ": " + e.message() + " -> "
                        + EventMessages.message(e, ru)).isFalse();
                    sentences++;
                }
            }
        }
        assertThat(kinds).as("kinds met").contains("decision", "bargaining", "bargaining_failed", "outside_power",
            "summit", "set", "crisis", "assist", "clash", "border_settled", "seat");
        assertThat(sentences).isGreaterThan(1000);
        // the seat's own lines
        var pending = new org.cascade.model.DecisionSeat.Pending(org.cascade.region.StateCode.KG, "tariff", 3, 0.02,
            List.of(new org.cascade.model.DecisionSeat.Option("lowers its import tariff", 0.01, 0.1, "tariff 1.0%"),
                new org.cascade.model.DecisionSeat.Option("keep", 0.02, 0, "tariff 2.0%"),
                new org.cascade.model.DecisionSeat.Option("raises its import tariff", 0.03, -0.1, "tariff 3.0%")), 1);
        var d = new org.cascade.ui.run.SeatDecision(1, pending, java.time.Instant.now());
        for (var outcome : org.cascade.ui.run.SeatDecision.Outcome.values()) {
            for (int chosen = 0; chosen < 3; chosen++) {
                var line = new org.cascade.results.LoggedEvent(3, "seat", "KG", d.logLine(chosen, outcome), false);
                String m = EventMessages.message(line, ru);
                assertThat(LATIN_WORD.matcher(codes.matcher(m).replaceAll("")).find()).as(line.message() + " -> " + m)
                    .isFalse();
            }
        }
    }

    @Test
    void theSeatOfAHumanStateReadsInRussian() throws Exception {
        inRussian();
        UI.getCurrent().navigate("", QueryParameters.fromString(
            "scenario=baseline&years=1&p.government.KG.mode=2&deadline=600&lang=ru"));
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, s -> s.withId("seat-hint")).getText())
            .isEqualTo("Вы решаете за KG: прогон ждёт вашего выбора при каждом решении (600 с, затем решает правило).");
        com.github.mvysny.kaributesting.v10.LocatorJ._click(Page.button("run"));
        DecisionPanel panel = Page.byId(DecisionPanel.class, "decision");
        Page.await("a decision on the page", () -> panel.isVisible() && panel.shown() != null);
        assertThat(Page.status()).startsWith("Ждём вашего решения: KG, ");
        List<String> texts = new ArrayList<>();
        collect(panel, texts);
        assertThat(texts).as("texts of the decision panel").hasSizeGreaterThan(8);
        assertThat(texts.stream().filter(s -> !CYRILLIC.matcher(s).find() && LATIN_WORD.matcher(s).find()).toList())
            .as("texts with no Russian").isEmpty();
        assertThat(texts).anySatisfy(s -> assertThat(s).matches("Правило решит через \\d+ секунд[уы]?, если вы не выберете\\."));
        com.github.mvysny.kaributesting.v10.LocatorJ._click(Page.button("reset"));
        assertThat(panel.isVisible()).isFalse();
    }
}
