package org.cascade.ui.explore;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/** When a browser session ends (closed, timed out), the run it kept stops with it. */
@Component
class SessionCleanup implements VaadinServiceInitListener {
    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionDestroyListener(e -> {
            ExploreSession s = e.getSession().getAttribute(ExploreSession.class);
            if (s != null) {
                s.close();
            }
        });
    }
}
