package org.cascade.ui.experiments;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.function.BooleanSupplier;
import org.springframework.context.ApplicationContext;

/** Karibu set-up and small lookups shared by the experiment form tests. */
final class KaribuViews {
    private static Routes routes;

    private KaribuViews() {
    }

    static void setup(ApplicationContext ctx) {
        if (routes == null) {
            routes = new Routes().autoDiscoverViews("org.cascade.ui");
        }
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, ctx, UI::new));
    }

    static <T extends Component> T byId(Class<T> type, String id) {
        return _get(type, s -> s.withId(id));
    }

    static String text(String id) {
        return byId(Paragraph.class, id).getText();
    }

    static String status() {
        return byId(Span.class, "experiment-status").getText();
    }

    static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 90_000;
        while (System.currentTimeMillis() < deadline) {
            MockVaadin.runUIQueue();
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("still waiting for " + what);
    }

    /** The current route's path, e.g. {@code experiments/ID}. */
    static String location() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }
}
