package org.cascade.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/** Page shell: plain CSS served from META-INF/resources (no npm build) and server push for live runs. */
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/cascade.css")
public class AppShell implements AppShellConfigurator {
    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("CASCADE explorer");
    }
}
