package org.cascade.ui.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;

/**
 * The page's language: the one a person chose (header switch or {@code lang=} link), kept in the browser session,
 * else the one Vaadin picked from the browser's languages among {@link Texts#LANGUAGES}.
 */
public final class Language {
    /** The session attribute that holds a person's choice. */
    public static final String CHOSEN = "cascade.language";

    private Language() {
    }

    public static Locale current() {
        VaadinSession s = VaadinSession.getCurrent();
        if (s != null && s.getAttribute(CHOSEN) instanceof Locale l) {
            return l;
        }
        UI ui = UI.getCurrent();
        return Texts.supported(ui == null ? null : ui.getLocale());
    }

    /** The language a session attribute holds, if it is one. */
    public static java.util.Optional<Locale> chosen(Object attribute) {
        return attribute instanceof Locale l ? java.util.Optional.of(l) : java.util.Optional.empty();
    }

    /** Keeps a person's choice for the session; the page is then rebuilt in it (the caller reloads). */
    public static void choose(Locale l) {
        Locale supported = Texts.supported(l);
        VaadinSession s = VaadinSession.getCurrent();
        if (s != null) {
            s.setAttribute(CHOSEN, supported);
            s.setLocale(supported);
            if (s.getSession() != null) {
                // also where the page's first request reads it (PageLanguage), outside the session's lock
                s.getSession().setAttribute(CHOSEN, supported);
            }
        }
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.setLocale(supported);
        }
    }
}
