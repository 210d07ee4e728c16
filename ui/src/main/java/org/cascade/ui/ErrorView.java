package org.cascade.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import jakarta.servlet.http.HttpServletResponse;

/** Shown for unknown addresses: a sentence and a way back, no stack trace. */
@ParentLayout(MainLayout.class)
public class ErrorView extends Div implements HasErrorParameter<NotFoundException> {
    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        add(new H2("Page not found"), new Paragraph("There is no page at '" + event.getLocation().getPath() + "'."),
            new Anchor("", "Back to the explorer"));
        addClassName("error-view");
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
