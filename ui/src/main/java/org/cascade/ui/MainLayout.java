package org.cascade.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLayout;

/** Header with the two pages. Links are plain hrefs so this package depends on no feature package. */
public class MainLayout extends Div implements RouterLayout {
    public MainLayout() {
        addClassName("app");
        Span brand = new Span("CASCADE");
        brand.addClassName("brand");
        Span tag = new Span("cooperation between Central Asia, Azerbaijan and Armenia: an agent-based simulator");
        tag.addClassName("tagline");
        Anchor explore = new Anchor("", "Explore");
        explore.setId("nav-explore");
        Anchor experiments = new Anchor("experiments", "Experiments");
        experiments.setId("nav-experiments");
        Anchor model = new Anchor("model", "Model");
        model.setId("nav-model");
        Div nav = new Div(explore, experiments, model);
        nav.addClassName("nav");
        Header header = new Header(brand, tag, nav);
        add(header);
    }
}
