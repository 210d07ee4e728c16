package org.cascade.ui.explore;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import java.util.List;
import java.util.function.BooleanSupplier;

/** What the Karibu tests of the explore page read and press, by the ids a person's browser sees. */
final class Page {
    private Page() {
    }

    /** Runs the page's pending ui.access tasks until the condition holds. */
    static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            MockVaadin.runUIQueue();
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("still waiting for " + what + "; status: " + status());
    }

    static String status() {
        return _get(Span.class, s -> s.withId("status")).getText();
    }

    static Button button(String id) {
        return _get(Button.class, s -> s.withId(id));
    }

    static NumberField param(String name) {
        _get(ParameterPanel.class).reveal(name);
        return _get(NumberField.class, s -> s.withId("param-" + name));
    }

    static IntegerField intField(String id) {
        return _get(IntegerField.class, s -> s.withId(id));
    }

    static List<String> notices() {
        return NotificationsKt.getNotifications().stream().map(Page::text).toList();
    }

    static String text(Notification n) {
        return n.getElement().getProperty("text", "");
    }

    static boolean exists(String id) {
        return !_find(com.vaadin.flow.component.Component.class, s -> s.withId(id)).isEmpty();
    }

    /** A component by id whether or not it is visible (Karibu's lookups see visible ones only). */
    static <T extends com.vaadin.flow.component.Component> T byId(Class<T> type, String id) {
        return all(com.vaadin.flow.component.UI.getCurrent()).filter(c -> id.equals(c.getId().orElse(null)))
            .filter(type::isInstance).map(type::cast).findFirst()
            .orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " #" + id));
    }

    static java.util.stream.Stream<com.vaadin.flow.component.Component> all(com.vaadin.flow.component.Component c) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(c), c.getChildren().flatMap(Page::all));
    }
}
