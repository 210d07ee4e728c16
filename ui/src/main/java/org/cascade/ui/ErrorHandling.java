package org.cascade.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Every session gets an error handler that logs the trace and shows people one sentence, never a stack trace. */
@Component
public class ErrorHandling implements VaadinServiceInitListener {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorHandling.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
            Throwable t = error.getThrowable();
            LOG.error("unexpected error in the UI", t);
            UI ui = UI.getCurrent();
            if (ui != null) {
                ui.access(() -> {
                    Notification n = Notification.show("Something went wrong: " + sentence(t)
                        + ". The page is still usable; the details are in the server log.", 8000,
                        Notification.Position.MIDDLE);
                    n.addThemeVariants(NotificationVariant.ERROR);
                });
            }
        }));
    }

    static String sentence(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String m = root.getMessage();
        return m == null || m.isBlank() ? root.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
    }
}
