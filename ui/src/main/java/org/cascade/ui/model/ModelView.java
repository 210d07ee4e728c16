package org.cascade.ui.model;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.cascade.calibration.Calibration;
import org.cascade.params.Parameter;
import org.cascade.params.ParameterRegistry;
import org.cascade.ui.MainLayout;
import org.cascade.ui.format.Numbers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The model's documentation (ODD) rendered with CommonMark: a table of contents, the text without generator comments
 * or build commands, the parameter table once (collapsible, with a search box) and the calibration table where the
 * document has them, and links to the data file the model cites.
 */
@Route(value = "model", layout = MainLayout.class)
@PageTitle("CASCADE model")
public class ModelView extends Div {
    private static final Logger LOG = LoggerFactory.getLogger(ModelView.class);
    static final String DOC = "org/cascade/doc/MODEL.md";
    static final String DATA = "org/cascade/doc/data/regional-data.md";

    // Visible strings, kept together for translation.
    static final String MISSING = "The model documentation (MODEL.md) is not in this build yet.";
    static final String CONTENTS = "Contents";
    static final String PARAMETERS = "Parameters: all %d, with their defaults, ranges and sources (click to show or hide)";
    static final String SEARCH = "Search the parameters";
    static final String SEARCH_HINT = "name, meaning, group or source";
    static final String DATA_LINK = "The data the model cites: regional-data.md";

    private final Grid<Parameter> parameters = parameterGrid();

    public ModelView() {
        setId("model");
        addClassName("model-view");
        String md = readDoc();
        Div doc = new Div();
        doc.setId("model-doc");
        doc.addClassName("markdown");
        if (md == null) {
            doc.add(new Paragraph(MISSING));
            add(doc, parameterSection(), calibration());
            return;
        }
        ModelDoc.Rendered r = ModelDoc.render(md);
        boolean params = false;
        boolean cal = false;
        for (ModelDoc.Chunk c : r.chunks()) {
            if (!c.isSlot()) {
                doc.add(new Html("<div>" + c.html() + "</div>"));
            } else if (c.slot().equals("parameters")) {
                doc.add(parameterSection());
                params = true;
            } else {
                doc.add(calibration());
                cal = true;
            }
        }
        if (!params) {
            doc.add(parameterSection());
        }
        if (!cal) {
            doc.add(calibration());
        }
        add(contents(r.toc()), doc);
    }

    /** A table of contents of the chapters and sections; a click scrolls to the heading. */
    static Nav contents(List<ModelDoc.TocEntry> toc) {
        StringBuilder b = new StringBuilder("<div><strong>").append(CONTENTS).append("</strong><ul class=\"toc\" style=\"columns:2 22em\">");
        for (ModelDoc.TocEntry e : toc) {
            if (e.level() < 2) {
                continue;
            }
            b.append("<li class=\"toc-").append(e.level()).append("\"").append(e.level() == 3 ? " style=\"margin-left:1.2em\"" : "")
                .append("><a href=\"model#").append(e.id()).append("\" onclick=\"var t=document.getElementById('")
                .append(e.id()).append("');if(t){t.scrollIntoView();}return false;\">").append(escape(e.text()))
                .append("</a></li>");
        }
        b.append("</ul><a href=\"").append(ModelDoc.DATA_ROUTE).append("\">").append(DATA_LINK).append("</a></div>");
        Nav nav = new Nav(new Html(b.toString()));
        nav.setId("model-toc");
        return nav;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
            .replace("'", "&#39;");
    }

    static String readDoc() {
        return read(DOC);
    }

    static String read(String resource) {
        try (InputStream in = ModelView.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            LOG.warn("{} could not be read", resource, e);
            return null;
        }
    }

    /** The parameter table, collapsed, with a search box over name, meaning, group and source. */
    private Component parameterSection() {
        TextField search = new TextField(SEARCH);
        search.setId("parameter-search");
        search.setPlaceholder(SEARCH_HINT);
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("24em");
        search.addValueChangeListener(e -> filter(e.getValue()));
        Details details = new Details(String.format(Locale.ROOT, PARAMETERS, ParameterRegistry.get().size()),
            new Div(search, parameters));
        details.setId("parameter-details");
        details.setOpened(false);
        details.setWidthFull();
        return details;
    }

    /** Shows only the parameters whose name, meaning, group or source contains every word of the query. */
    void filter(String query) {
        @SuppressWarnings("unchecked")
        ListDataProvider<Parameter> data = (ListDataProvider<Parameter>) parameters.getDataProvider();
        String[] words = query == null ? new String[0] : query.toLowerCase(Locale.ROOT).trim().split("\\s+");
        data.setFilter(p -> matches(p, words));
    }

    static boolean matches(Parameter p, String[] words) {
        String hay = (p.name() + " " + p.description() + " " + p.group().label() + " " + p.source()).toLowerCase(Locale.ROOT);
        for (String w : words) {
            if (!w.isEmpty() && !hay.contains(w)) {
                return false;
            }
        }
        return true;
    }

    private static Grid<Parameter> parameterGrid() {
        Grid<Parameter> g = new Grid<>();
        g.setId("parameter-table");
        g.addColumn(Parameter::name).setHeader("Name").setSortable(true).setResizable(true).setWidth("240px");
        g.addColumn(p -> p.group().label()).setHeader("Group").setSortable(true).setWidth("150px");
        g.addColumn(p -> Parameter.format(p.defaultValue())).setHeader("Default").setWidth("90px");
        g.addColumn(Parameter::range).setHeader("Allowed").setWidth("110px");
        g.addColumn(Parameter::unit).setHeader("Unit").setWidth("110px");
        g.addColumn(Parameter::description).setHeader("Meaning").setResizable(true).setWidth("320px");
        g.addColumn(Parameter::source).setHeader("Source").setResizable(true).setWidth("320px");
        g.setItems(ParameterRegistry.get().all());
        g.setHeight("480px");
        return g;
    }

    private static Div calibration() {
        Div box = new Div();
        box.setId("calibration");
        CalibrationAdapter.Table t = CalibrationAdapter.load();
        if (!t.problem().isEmpty()) {
            box.add(new Paragraph(t.problem()));
            return box;
        }
        Grid<Calibration.Row> g = new Grid<>();
        g.setId("calibration-table");
        g.addColumn(Calibration.Row::metric).setHeader("Metric").setWidth("170px");
        g.addColumn(Calibration.Row::subject).setHeader("Subject").setWidth("100px");
        g.addColumn(Calibration.Row::unit).setHeader("Unit").setWidth("90px");
        g.addColumn(r -> Numbers.human(r.observed())).setHeader("Observed");
        g.addColumn(r -> Numbers.human(r.simulated())).setHeader("Simulated");
        g.addColumn(r -> String.format(Locale.ROOT, "%.1f%%", r.error() * 100)).setHeader("Error");
        g.addColumn(Calibration.Row::source).setHeader("Source").setWidth("320px");
        g.setItems(t.rows());
        g.setHeight("400px");
        box.add(g);
        return box;
    }
}
