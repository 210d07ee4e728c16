package org.cascade.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.cascade.ui.i18n.Language;
import org.cascade.ui.i18n.Texts;

/**
 * Header with the two pages, the language switch and the large-type option for projectors. Links are plain hrefs
 * so this package depends on no feature package. A new language reloads the page, which is then built in it; the
 * address keeps its query, with {@code lang} changed when it has one.
 */
public class MainLayout extends Div implements RouterLayout {
    /** The session attribute that holds the large-type choice. */
    static final String LARGE_TYPE = "cascade.largeType";

    public MainLayout() {
        Locale locale = Language.current();
        Texts t = Texts.of(locale);
        addClassName("app");
        Span brand = new Span("CASCADE");
        brand.addClassName("brand");
        Span tag = new Span(t.get("app.tagline"));
        tag.addClassName("tagline");
        Anchor explore = new Anchor("", t.get("nav.explore"));
        explore.setId("nav-explore");
        Anchor experiments = new Anchor("experiments", t.get("nav.experiments"));
        experiments.setId("nav-experiments");
        Anchor model = new Anchor("model", t.get("nav.model"));
        model.setId("nav-model");
        Div nav = new Div(explore, experiments, model);
        nav.addClassName("nav");
        Select<Locale> lang = new Select<>();
        lang.setId("language");
        lang.setAriaLabel(t.get("header.language"));
        lang.setItems(Texts.LANGUAGES);
        lang.setItemLabelGenerator(l -> Texts.of(l).get("lang." + l.getLanguage()));
        lang.setValue(locale);
        lang.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                switchTo(e.getValue());
            }
        });
        lang.addClassName("language");
        Checkbox large = new Checkbox(t.get("header.largeType"));
        large.setId("large-type");
        large.addClassName("large-type-toggle");
        large.setValue(Boolean.TRUE.equals(session(LARGE_TYPE)));
        large.addValueChangeListener(e -> {
            VaadinSession s = VaadinSession.getCurrent();
            if (s != null) {
                s.setAttribute(LARGE_TYPE, e.getValue());
            }
            largeType(e.getValue());
        });
        Div tools = new Div(lang, large);
        tools.addClassName("tools");
        Header header = new Header(brand, tag, nav, tools);
        add(header);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        largeType(Boolean.TRUE.equals(session(LARGE_TYPE)));
        event.getUI().getElement().setAttribute("lang", Language.current().getLanguage());
    }

    private static Object session(String key) {
        VaadinSession s = VaadinSession.getCurrent();
        return s == null ? null : s.getAttribute(key);
    }

    /** Large type for projectors: a class on the body and on the root, whose font size scales every rem. */
    private static void largeType(boolean on) {
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.getElement().getClassList().set("large-type", on);
            ui.getPage().executeJs("document.documentElement.classList.toggle('large-type', $0);", on);
        }
    }

    private static void switchTo(Locale l) {
        Language.choose(l);
        UI.getCurrent().getPage().executeJs("const u = new URL(window.location.href);"
            + " if (u.searchParams.has('lang')) { u.searchParams.set('lang', $0); }"
            + " window.location.replace(u.toString());", l.getLanguage());
    }
}
