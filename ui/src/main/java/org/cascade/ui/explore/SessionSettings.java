package org.cascade.ui.explore;

import com.vaadin.flow.server.VaadinSession;
import org.cascade.ui.run.RunSettings;

/** The explore page's settings kept in the browser session, so a reload keeps them and sessions never share. */
final class SessionSettings {
    private SessionSettings() {
    }

    static RunSettings get() {
        VaadinSession s = VaadinSession.getCurrent();
        if (s == null) {
            return new RunSettings();
        }
        RunSettings r = s.getAttribute(RunSettings.class);
        if (r == null) {
            r = new RunSettings();
            s.setAttribute(RunSettings.class, r);
        }
        return r;
    }

    static void put(RunSettings r) {
        VaadinSession s = VaadinSession.getCurrent();
        if (s != null) {
            s.setAttribute(RunSettings.class, r);
        }
    }
}
