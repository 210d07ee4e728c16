package org.cascade.ui.experiments;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cascade.experiment.ExperimentKind;
import org.cascade.experiment.report.ChartDownloads;
import org.cascade.ui.MainLayout;
import org.cascade.ui.i18n.Language;
import org.cascade.ui.i18n.Texts;

/**
 * One saved experiment: its status and progress (queue position, runs done, Cancel) while it runs; when done, its
 * report (charts of the arms with their 5-95% bands, the difference table with intervals and effect sizes,
 * provenance, how to reproduce it), each chart as SVG or PNG, a sweep's design points (each opens as an ensemble)
 * and the downloads. Re-run submits the same description again: the same seeds,
 * so the same numbers.
 */
@Route(value = "experiments", layout = MainLayout.class)
@com.vaadin.flow.component.dependency.StyleSheet("styles/studies.css")
@PageTitle("CASCADE experiment")
public class ExperimentView extends Div implements HasUrlParameter<String> {
    private static final Pattern BODY = Pattern.compile("(?s)<body>(.*)</body>");
    private final ExperimentService service;
    private final Texts t = Texts.of(Language.current());
    private final H2 title = new H2();
    private final Span status = new Span();
    private final ProgressBar bar = new ProgressBar();
    private final Div actions = new Div();
    private final Div downloads = new Div();
    private final Div report = new Div();
    private final Paragraph message = new Paragraph();
    private String id;
    private ExperimentStatus shown;
    private Consumer<String> listener;

    public ExperimentView(ExperimentService service) {
        this.service = service;
        addClassName("experiment-view");
        status.setId("experiment-status");
        bar.setId("experiment-progress");
        downloads.setId("experiment-downloads");
        downloads.addClassName("downloads");
        report.setId("experiment-report");
        report.addClassName("experiment-report");
        message.setId("experiment-message");
        Anchor back = new Anchor("experiments", "All experiments");
        add(back, title, status, bar, message, actions, downloads, report);
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        id = parameter;
        update();
    }

    private void update() {
        Optional<ExperimentRecord> found = service.find(id);
        if (found.isEmpty()) {
            title.setText("No such experiment");
            status.setText("It may have been deleted.");
            bar.setVisible(false);
            actions.removeAll();
            return;
        }
        ExperimentRecord r = found.get();
        title.setText(r.name());
        long done = service.runsDone(r.id());
        String text = r.kind() + " · " + r.status().name().toLowerCase() + " · " + done + " of " + r.runsTotal() + " runs";
        if (r.status() == ExperimentStatus.QUEUED) {
            text += service.queuePosition(r.id()).stream().mapToObj(p -> " · position " + p + " in the queue").findFirst()
                .orElse("");
        }
        if (r.status() == ExperimentStatus.RUNNING && r.startedAt() != null && done > 0) {
            double secs = java.time.Duration.between(r.startedAt(), java.time.Instant.now()).toMillis() / 1000.0;
            long left = Math.round(secs / done * (r.runsTotal() - done));
            text += " · about " + (left < 90 ? left + " s" : Math.round(left / 60.0) + " min") + " left";
        }
        status.setText(text);
        bar.setVisible(!r.status().finished());
        bar.setValue(Math.min(1, (double) done / Math.max(1, r.runsTotal())));
        message.setText(r.message() == null ? "" : r.message());
        if (r.status() != shown) {
            shown = r.status();
            actions(r);
            results(r);
        }
    }

    private void actions(ExperimentRecord r) {
        actions.removeAll();
        if (!r.status().finished()) {
            Button cancel = new Button("Cancel", e -> {
                service.cancel(r.id());
                update();
            });
            cancel.setId("experiment-cancel");
            actions.add(cancel);
            return;
        }
        Button rerun = new Button("Run again", e -> {
            ExperimentRecord again = service.submit(ExperimentsView.sessionId(), r.spec(), "experiment.yaml");
            getUI().ifPresent(ui -> ui.navigate("experiments/" + again.id()));
        });
        rerun.setId("experiment-rerun");
        Button delete = new Button("Delete", e -> {
            service.delete(r.id());
            getUI().ifPresent(ui -> ui.navigate("experiments"));
        });
        delete.setId("experiment-delete");
        actions.add(rerun, delete);
    }

    private void results(ExperimentRecord r) {
        downloads.removeAll();
        report.removeAll();
        Optional<Path> dir = service.resultDir(r.id());
        if (r.status() != ExperimentStatus.DONE || dir.isEmpty()) {
            return;
        }
        Anchor open = new Anchor("experiment-files/" + r.id() + "/report.html", "Open the report (HTML)");
        open.setTarget("_blank");
        open.setId("download-report");
        downloads.add(open);
        for (String name : new String[] {"experiment.csv", "horizons.csv", "differences.csv", "points.csv",
            "provenance.json", "experiment.yaml"}) {
            if (Files.isRegularFile(dir.get().resolve(name))) {
                Anchor a = new Anchor("experiment-files/" + r.id() + "/" + name, name);
                a.getElement().setAttribute("download", true);
                a.setId("download-" + name.replace('.', '-'));
                downloads.add(a);
            }
        }
        int charts = ExperimentFilesController.charts(dir.get()).size();
        for (int c = 1; c <= charts; c++) {
            String svg = "experiment-files/" + r.id() + "/chart-" + c + ".svg";
            Anchor a = new Anchor(svg, "chart " + c + " (SVG)");
            a.getElement().setAttribute("download", true);
            a.setId("download-chart-" + c);
            downloads.add(a, pngButton(svg, r.id().substring(0, 8) + "-chart-" + c + ".png", c));
        }
        if (ExperimentKind.SWEEP.id().equals(r.kind())) {
            report.add(SweepPoints.of(r.id(), dir.get(), t));
        }
        try {
            String html = Files.readString(dir.get().resolve("report.html"), StandardCharsets.UTF_8);
            Matcher m = BODY.matcher(html);
            if (m.find()) {
                report.add(new Html("<div>" + m.group(1) + "</div>"));
            }
        } catch (IOException e) {
            report.add(new Paragraph("The report could not be read: " + e.getMessage()));
        }
    }

    /** Saves a chart as PNG: the browser fetches its SVG and draws it on a canvas ({@link ChartDownloads}). */
    private Button pngButton(String svgUrl, String fileName, int chart) {
        Button png = new Button(t.get("experiment.png", chart));
        png.setId("download-chart-" + chart + "-png");
        png.addClassName("chart-png-download");
        png.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_TERTIARY_INLINE);
        png.getElement().executeJs("this.addEventListener('click', function () { window.cascadeChartUrl($0, $1); })",
            svgUrl, fileName);
        return png;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        ui.getPage().executeJs(ChartDownloads.SCRIPT);
        listener = changed -> {
            if (changed.equals(id)) {
                ui.access(this::update);
            }
        };
        service.addListener(listener);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        service.removeListener(listener);
    }
}
