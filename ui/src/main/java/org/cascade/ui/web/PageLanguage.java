package org.cascade.ui.web;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import java.util.Locale;
import org.cascade.ui.i18n.Language;
import org.cascade.ui.i18n.Texts;
import org.springframework.stereotype.Component;

/**
 * The page's {@code <html lang>} is the language it is shown in (WCAG 2.1 3.1.1, so that screen readers speak Russian
 * as Russian): the link's {@code lang=}, else the language chosen in this session, else the browser's.
 */
@Component
public class PageLanguage implements VaadinServiceInitListener {
    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(PageLanguage::mark);
    }

    private static void mark(IndexHtmlResponse page) {
        page.getDocument().getElementsByTag("html").attr("lang", of(page.getVaadinRequest()).getLanguage());
    }

    static Locale of(VaadinRequest request) {
        String asked = request.getParameter("lang");
        if (asked != null && !asked.isBlank()) {
            Locale l = Locale.forLanguageTag(asked.strip());
            if (Texts.LANGUAGES.stream().anyMatch(s -> s.getLanguage().equals(l.getLanguage()))) {
                return Texts.supported(l);
            }
        }
        return Language.chosen(request.getWrappedSession(false) == null ? null
            : request.getWrappedSession(false).getAttribute(Language.CHOSEN)).orElse(Texts.supported(request.getLocale()));
    }
}
