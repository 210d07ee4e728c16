package org.cascade.ui.experiments;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cascade.params.Parameter;
import org.cascade.ui.i18n.Texts;

/** A finished sweep's design points, one row each with its parameter values; each opens as its own ensemble. */
final class SweepPoints {
    /** One design point: its index (0-based, as in the CSV files) and parameter values. */
    record Row(int point, Map<String, Double> values) {
    }

    private SweepPoints() {
    }

    static Div of(String id, Path dir, Texts t) {
        Div box = new Div();
        box.setId("sweep-points");
        box.addClassName("sweep-points");
        List<Row> rows = new ArrayList<>();
        try {
            PointSeries.allValues(dir.resolve("points.csv")).forEach((p, v) -> rows.add(new Row(p, v)));
        } catch (IOException | RuntimeException e) {
            box.add(new Paragraph(e.getMessage()));
            return box;
        }
        Grid<Row> grid = new Grid<>();
        grid.setId("sweep-points-grid");
        grid.addComponentColumn(r -> {
            Anchor a = new Anchor(link(id, r.point()), t.get("experiment.open") + " " + (r.point() + 1));
            a.setId("sweep-point-" + (r.point() + 1));
            return a;
        }).setHeader(t.get("experiment.point")).setKey("point");
        List<String> parameters = rows.isEmpty() ? List.of() : List.copyOf(rows.getFirst().values().keySet());
        for (String p : parameters) {
            grid.addColumn(r -> Parameter.format(r.values().getOrDefault(p, Double.NaN))).setHeader(p);
        }
        grid.setItems(rows);
        grid.setAllRowsVisible(rows.size() <= 50);
        if (rows.size() > 50) {
            grid.setHeight("28rem");
        }
        box.add(new H2(t.get("experiment.points")), new Paragraph(t.get("experiment.pointsIntro")), grid);
        return box;
    }

    /** The page of design point {@code point} (0-based) of experiment {@code id}. */
    static String link(String id, int point) {
        return "experiments/" + id + "/points/" + point;
    }
}
