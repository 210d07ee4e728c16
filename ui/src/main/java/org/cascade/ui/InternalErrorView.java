package org.cascade.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Shown when opening a page fails: one sentence, the trace goes to the log only. */
@ParentLayout(MainLayout.class)
public class InternalErrorView extends Div implements HasErrorParameter<Exception> {
    private static final Logger LOG = LoggerFactory.getLogger(InternalErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        LOG.error("error opening {}", event.getLocation().getPath(), parameter.getCaughtException());
        removeAll();
        add(new H2("Something went wrong"),
            new Paragraph(ErrorHandling.sentence(parameter.getCaughtException())),
            new Anchor("", "Back to the explorer"));
        addClassName("error-view");
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
