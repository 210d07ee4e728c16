package org.cascade.ui.explore;

import com.vaadin.flow.server.VaadinSession;
import java.util.function.Supplier;
import org.cascade.ui.run.RunSettings;

/**
 * What the explore page keeps in the browser session, so a reload or a visit to another view keeps it and
 * sessions never share: the settings, and the {@link ExploreSession} with its run.
 */
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

    /** The browser session's explore state, made on first use; without a session (plain tests) a new one. */
    static ExploreSession session(Supplier<ExploreSession> make) {
        VaadinSession s = VaadinSession.getCurrent();
        if (s == null) {
            return make.get();
        }
        ExploreSession e = s.getAttribute(ExploreSession.class);
        if (e == null) {
            e = make.get();
            s.setAttribute(ExploreSession.class, e);
        }
        return e;
    }
}
