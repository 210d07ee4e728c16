package org.cascade.ui.explore;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;

@Route("")
public class ExploreView extends VerticalLayout {
    public ExploreView() {
        add(new H1("CASCADE explorer"));
    }
}
