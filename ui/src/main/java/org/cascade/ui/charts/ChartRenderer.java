package org.cascade.ui.charts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUnits;
import org.jfree.svg.ViewBox;
import java.util.concurrent.atomic.AtomicLong;

/** Renders a chart to SVG (JFreeSVG) for the page and downloads, or to PNG (ChartUtils) for downloads. */
public final class ChartRenderer {
    private static final AtomicLong COUNTER = new AtomicLong();
    private ChartRenderer() {
    }

    public static String svg(JFreeChart chart, int width, int height) {
        SVGGraphics2D g = new SVGGraphics2D(width, height, SVGUnits.PX);
        g.setDefsKeyPrefix("c" + COUNTER.incrementAndGet() + "_");
        g.setGeomDoubleConverter(ChartRenderer::oneDecimal);
        chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        return g.getSVGElement(null, true, new ViewBox(0, 0, width, height), null, null);
    }

    /** A standalone SVG document with its size, for downloads. */
    public static String svgDocument(JFreeChart chart, int width, int height) {
        SVGGraphics2D g = new SVGGraphics2D(width, height, SVGUnits.PX);
        chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        return g.getSVGDocument();
    }

    /** Coordinates to one decimal: a tenth of a pixel is invisible, and the markup shrinks by half. */
    static String oneDecimal(double d) {
        if (!Double.isFinite(d)) {
            return "0";
        }
        long r = Math.round(d * 10);
        long ip = r / 10;
        long fp = Math.abs(r % 10);
        return (r < 0 && ip == 0 ? "-" : "") + ip + (fp == 0 ? "" : "." + fp);
    }

    /** Extra height of an exported image for its caption, in px at the page's width. */
    public static final int CAPTION_HEIGHT = 40;

    /** Runs {@code render} with the caption added under the chart, then removes it again. */
    public static <T> T withCaption(JFreeChart chart, String caption, java.util.function.Supplier<T> render) {
        if (caption == null || caption.isBlank()) {
            return render.get();
        }
        org.jfree.chart.title.TextTitle t = new org.jfree.chart.title.TextTitle(caption,
            new java.awt.Font("DejaVu Sans", java.awt.Font.ITALIC, 10));
        t.setPosition(org.jfree.chart.ui.RectangleEdge.BOTTOM);
        t.setHorizontalAlignment(org.jfree.chart.ui.HorizontalAlignment.LEFT);
        t.setPaint(new java.awt.Color(0x444444));
        t.setID("caption");
        chart.addSubtitle(0, t); // first, so it is laid out across the full width
        try {
            return render.get();
        } finally {
            chart.removeSubtitle(t);
        }
    }

    public static byte[] png(JFreeChart chart, int width, int height) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ChartUtils.writeChartAsPNG(out, chart, width, height);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
