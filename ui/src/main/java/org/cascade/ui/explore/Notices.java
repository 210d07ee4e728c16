package org.cascade.ui.explore;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** The explore page's notifications: a warning stays ten seconds, anything else eight. */
final class Notices {
    private Notices() {
    }

    static void show(String text, NotificationVariant variant, Notification.Position where, String id) {
        Notification n = Notification.show(text, variant == NotificationVariant.WARNING ? 10_000 : 8000, where);
        n.addThemeVariants(variant);
        n.setId(id);
    }
}
