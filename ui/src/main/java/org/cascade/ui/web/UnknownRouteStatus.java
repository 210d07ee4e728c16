package org.cascade.ui.web;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import jakarta.servlet.http.HttpServletResponse;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/**
 * Vaadin answers every address with the same start page and picks the view in the browser, so an unknown
 * address would answer 200. This sets 404 on the start page when no route matches (the browser then shows
 * {@link org.cascade.ui.ErrorView}) and adds the sentence for clients without JavaScript.
 */
@Component
public class UnknownRouteStatus implements VaadinServiceInitListener {
    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(this::markUnknown);
    }

    private void markUnknown(IndexHtmlResponse page) {
        String pathInfo = page.getVaadinRequest().getPathInfo();
        String path = pathInfo == null ? "" : pathInfo.replaceFirst("^/", "");
        if (RouteConfiguration.forApplicationScope().getRoute(path).isPresent()) {
            return;
        }
        page.getVaadinResponse().setStatus(HttpServletResponse.SC_NOT_FOUND);
        Element noscript = page.getDocument().body().appendElement("noscript");
        noscript.appendElement("h2").text("Page not found");
        noscript.appendElement("p").text("There is no page at '" + path + "'.");
        noscript.appendElement("a").attr("href", ".").text("Back to the explorer");
    }
}
