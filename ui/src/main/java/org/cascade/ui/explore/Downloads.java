package org.cascade.ui.explore;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.cascade.results.RunResult;
import org.cascade.scenario.Scenario;
import org.cascade.ui.i18n.Texts;
import org.cascade.ui.run.RunExports;

/** The run on show as the command line's tidy CSV and provenance JSON. */
class Downloads extends Div {
    private final Supplier<Optional<RunResult>> shown;

    /**
     * @param shown     the run on show, read on the download's thread
     * @param scenarios the scenario of a run, by id
     * @param note      what else the page changed for the run on show, for the provenance (or empty)
     */
    Downloads(Supplier<Optional<RunResult>> shown, Function<String, Optional<Scenario>> scenarios,
              Supplier<String> note, Texts t) {
        this.shown = shown;
        setId("downloads");
        addClassName("downloads");
        Anchor csv = link("download-csv", t.get("downloads.csv"), ".csv", "text/csv", RunExports::tidyCsv);
        Anchor json = link("download-json", t.get("downloads.json"), ".provenance.json", "application/json",
            (r, w) -> RunExports.provenanceJson(r, scenarios.apply(r.scenarioId()).orElse(null), note.get(), w));
        add(new Span(t.get("downloads.label") + " "), csv, new Span(" · "), json);
    }

    private Anchor link(String id, String text, String suffix, String type, BiConsumer<RunResult, StringWriter> write) {
        Anchor a = new Anchor(DownloadHandler.fromInputStream(e -> download(suffix, type, write)), text);
        a.setId(id);
        a.getElement().setAttribute("download", true);
        return a;
    }

    private DownloadResponse download(String suffix, String type, BiConsumer<RunResult, StringWriter> write) {
        Optional<RunResult> r = shown.get();
        if (r.isEmpty()) {
            return DownloadResponse.error(404, "no run yet");
        }
        StringWriter w = new StringWriter();
        write.accept(r.get(), w);
        byte[] b = w.toString().getBytes(StandardCharsets.UTF_8);
        String name = "cascade-" + r.get().scenarioId() + "-seed" + r.get().seed() + suffix;
        return new DownloadResponse(new ByteArrayInputStream(b), name, type, b.length);
    }
}
