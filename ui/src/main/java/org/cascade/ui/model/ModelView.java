package org.cascade.ui.model;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.cascade.calibration.Calibration;
import org.cascade.params.Parameter;
import org.cascade.params.ParameterRegistry;
import org.cascade.ui.MainLayout;
import org.cascade.ui.format.Numbers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The model's documentation (ODD), every parameter with its source, and the calibration at step 0. */
@Route(value = "model", layout = MainLayout.class)
@PageTitle("CASCADE model")
public class ModelView extends Div {
    private static final Logger LOG = LoggerFactory.getLogger(ModelView.class);
    static final String DOC = "org/cascade/doc/MODEL.md";

    public ModelView() {
        setId("model");
        addClassName("model-view");
        add(documentation(), new H2("Parameters"), parameterGrid(), new H2("Calibration (observed vs simulated at step 0)"),
            calibration());
    }

    private static Div documentation() {
        Div doc = new Div();
        doc.setId("model-doc");
        doc.addClassName("markdown");
        String md = readDoc();
        if (md == null) {
            doc.add(new Paragraph("The model documentation (MODEL.md) is not in this build yet."));
        } else {
            doc.add(new Html("<div>" + Markdown.toHtml(md) + "</div>"));
        }
        return doc;
    }

    static String readDoc() {
        try (InputStream in = ModelView.class.getClassLoader().getResourceAsStream(DOC)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            LOG.warn("{} could not be read", DOC, e);
            return null;
        }
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
