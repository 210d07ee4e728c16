package org.cascade.ui.experiments;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.cascade.experiment.ExperimentReport;
import org.cascade.experiment.report.ChartDownloads;
import org.cascade.params.Parameter;
import org.cascade.ui.MainLayout;
import org.cascade.ui.i18n.Language;
import org.cascade.ui.i18n.Texts;

/**
 * One design point of a finished sweep as an ensemble: its parameter values and each outcome over time with the
 * mean and 5-95% band over the point's replicates, each chart downloadable as SVG or PNG.
 */
@Route(value = "experiments/:id/points/:point", layout = MainLayout.class)
@PageTitle("CASCADE sweep point")
@StyleSheet("styles/studies.css")
public class SweepPointView extends Div implements BeforeEnterObserver {
    private final ExperimentService service;
    private final Texts t = Texts.of(Language.current());
    private final H2 title = new H2();
    private final Paragraph values = new Paragraph();
    private final Div charts = new Div();
    private final Anchor back = new Anchor();

    public SweepPointView(ExperimentService service) {
        this.service = service;
        addClassName("sweep-point-view");
        title.setId("point-title");
        values.setId("point-values");
        charts.setId("point-charts");
        back.setText(t.get("point.back"));
        back.setId("point-back");
        add(back, title, values, charts);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse("");
        int point;
        try {
            point = Integer.parseInt(event.getRouteParameters().get("point").orElse(""));
        } catch (NumberFormatException e) {
            point = -1;
        }
        back.setHref("experiments/" + id);
        values.setText("");
        charts.removeAll(); // the same view shows the next point the browser asks for
        Optional<ExperimentRecord> r = service.find(id);
        Optional<java.nio.file.Path> dir = r.isPresent() ? service.resultDir(id) : Optional.empty();
        PointSeries s = null;
        if (dir.isPresent() && point >= 0) {
            try {
                s = PointSeries.read(dir.get(), point);
            } catch (IOException | RuntimeException e) {
                s = null;
            }
        }
        if (s == null || s.outcomes().isEmpty()) {
            title.setText(t.get("point.none", point));
            return;
        }
        int total;
        try {
            total = PointSeries.allValues(dir.get().resolve("points.csv")).size();
        } catch (IOException | RuntimeException e) {
            total = point + 1;
        }
        title.setText(r.get().name() + " · " + t.get("point.title", point + 1, total));
        values.setText(t.get("point.values", s.values().entrySet().stream()
            .map(e -> e.getKey() + " = " + Parameter.format(e.getValue())).collect(Collectors.joining(", "))));
        List<String> svgs = s.charts(ExperimentReport.MAX_CHARTS, "mean, 5-95%");
        StringBuilder html = new StringBuilder("<div>");
        for (int i = 0; i < svgs.size(); i++) {
            html.append("<figure>").append(svgs.get(i)).append(ChartDownloads.buttons("point-" + (point + 1) + "-chart-" + (i + 1))).append("</figure>");
        }
        charts.add(new H3(t.get("point.charts")), new Html(html.append("</div>").toString()));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().getPage().executeJs(ChartDownloads.SCRIPT);
    }
}
