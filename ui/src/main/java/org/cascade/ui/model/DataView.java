package org.cascade.ui.model;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import org.cascade.ui.MainLayout;

/** The regional data file the model cites (simulation/data/regional-data.md), so that its sources resolve. */
@Route(value = ModelDoc.DATA_ROUTE, layout = MainLayout.class)
@PageTitle("CASCADE regional data")
public class DataView extends Div {
    static final String BACK = "Back to the model";
    static final String MISSING = "The data file (regional-data.md) is not in this build.";

    public DataView() {
        setId("model-data");
        addClassName("model-view");
        Div doc = new Div();
        doc.addClassName("markdown");
        String md = ModelView.read(ModelView.DATA);
        doc.add(md == null ? new Paragraph(MISSING) : new Html("<div>" + ModelDoc.toHtml(md) + "</div>"));
        add(new Anchor("model", BACK), doc);
    }
}
