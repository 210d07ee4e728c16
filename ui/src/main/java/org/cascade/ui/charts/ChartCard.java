package org.cascade.ui.charts;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.jfree.chart.JFreeChart;

/**
 * Shows one chart as inline SVG and offers it as PNG and SVG downloads. {@link #show} takes SVG already rendered
 * (rendering happens off the UI thread); downloads re-render the last chart at full size.
 */
public class ChartCard extends Div {
    public static final int WIDTH = 600;
    // Visible strings, kept together for translation.
    static final String EMPTY = "Run a scenario to see this chart.";
    static final String DOWNLOAD = "Download ";
    static final String NO_CHART = "no chart yet: run a scenario first";
    private final String fileName;
    private final int height;
    private final String empty;
    private final Div body = new Div();
    private volatile JFreeChart chart;
    private volatile String caption = "";
    /** Holds the SVG as innerHTML, so the browser's own parser keeps SVG attribute case (viewBox). */
    private Div svg;

    public ChartCard(String id, String fileName, int height) {
        this(id, fileName, height, EMPTY, DOWNLOAD);
    }

    /** With the page's words for an empty chart and for its download links. */
    public ChartCard(String id, String fileName, int height, String empty, String download) {
        this.fileName = fileName;
        this.empty = empty;
        this.height = height;
        setId(id);
        addClassName("chart-card");
        body.addClassName("chart-body");
        body.add(new Span(empty));
        Anchor png = new Anchor(DownloadHandler.fromInputStream(e -> download(true)), "PNG");
        Anchor svgLink = new Anchor(DownloadHandler.fromInputStream(e -> download(false)), "SVG");
        png.setId(id + "-png");
        svgLink.setId(id + "-svg");
        png.getElement().setAttribute("download", true);
        svgLink.getElement().setAttribute("download", true);
        Div links = new Div(new Span(download), png, new Span(" "), svgLink);
        links.addClassName("chart-links");
        add(body, links);
    }

    /** Renders off the UI thread: call from the run's thread, then {@link #show} inside ui.access. */
    public String render(JFreeChart c) {
        return ChartRenderer.svg(c, WIDTH, height);
    }

    /** Replaces the chart; call with the UI lock held. */
    public void show(JFreeChart c, String svgMarkup) {
        this.chart = c;
        if (svg == null) {
            body.removeAll();
            svg = new Div();
            svg.addClassName("svg-holder");
            body.add(svg);
        }
        svg.getElement().setProperty("innerHTML", svgMarkup);
    }

    /** The caption exported images carry: scenario, seed, changed parameters and date of the run. */
    public void setCaption(String caption) {
        this.caption = caption == null ? "" : caption;
    }

    public String caption() {
        return caption;
    }

    public void clear() {
        chart = null;
        caption = "";
        svg = null;
        body.removeAll();
        body.add(new Span(empty));
    }

    private DownloadResponse download(boolean asPng) {
        byte[] bytes = export(asPng);
        if (bytes == null) {
            return DownloadResponse.error(404, NO_CHART);
        }
        return new DownloadResponse(new ByteArrayInputStream(bytes), fileName + (asPng ? ".png" : ".svg"),
            asPng ? "image/png" : "image/svg+xml", bytes.length);
    }

    /** The exported image (PNG or SVG) with its caption under the chart; null before a run. */
    public byte[] export(boolean asPng) {
        JFreeChart c = chart;
        if (c == null) {
            return null;
        }
        synchronized (c) {
            int h = height + ChartRenderer.CAPTION_HEIGHT;
            return ChartRenderer.withCaption(c, caption, () -> asPng ? ChartRenderer.png(c, 1200, h * 1200 / WIDTH)
                : ChartRenderer.svgDocument(c, WIDTH, h).getBytes(StandardCharsets.UTF_8));
        }
    }
}
