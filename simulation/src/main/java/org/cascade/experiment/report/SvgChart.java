package org.cascade.experiment.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Small SVG charts written as text (no AWT): lines with shaded bands, and a heat map. Numbers are formatted with a
 * fixed locale and precision, so the same data give the same bytes.
 */
public final class SvgChart {
    public static final List<String> COLOURS = List.of("#1f77b4", "#d62728", "#2ca02c", "#9467bd");
    static final int W = 640;
    static final int H = 300;
    static final int LEFT = 70;
    static final int RIGHT = 130;
    static final int TOP = 30;
    static final int BOTTOM = 40;

    /** One line: its name, the x values, the line's y values and the band's low and high (null: no band). */
    public record Line(String name, double[] x, double[] y, double[] low, double[] high) {
    }

    private SvgChart() {
    }

    /** Lines over a common numeric x axis, each with an optional band (e.g. 5-95%). */
    public static String lines(String title, String xLabel, String yLabel, List<Line> lines) {
        double x0 = Double.POSITIVE_INFINITY;
        double x1 = Double.NEGATIVE_INFINITY;
        double y0 = Double.POSITIVE_INFINITY;
        double y1 = Double.NEGATIVE_INFINITY;
        for (Line l : lines) {
            for (int i = 0; i < l.x().length; i++) {
                x0 = Math.min(x0, l.x()[i]);
                x1 = Math.max(x1, l.x()[i]);
                for (double v : new double[] {l.y()[i], l.low() == null ? l.y()[i] : l.low()[i],
                    l.high() == null ? l.y()[i] : l.high()[i]}) {
                    if (Double.isFinite(v)) {
                        y0 = Math.min(y0, v);
                        y1 = Math.max(y1, v);
                    }
                }
            }
        }
        if (!(x1 > x0)) {
            x1 = x0 + 1;
        }
        if (!Double.isFinite(y0)) {
            y0 = 0;
            y1 = 1;
        }
        if (!(y1 > y0)) {
            double pad = Math.abs(y0) * 0.05 + 1e-9;
            y0 -= pad;
            y1 += pad;
        }
        StringBuilder b = open(title);
        Scale sx = new Scale(x0, x1, LEFT, W - RIGHT);
        Scale sy = new Scale(y0, y1, H - BOTTOM, TOP);
        axes(b, sx, sy, xLabel, yLabel);
        for (int k = 0; k < lines.size(); k++) {
            Line l = lines.get(k);
            String c = COLOURS.get(k % COLOURS.size());
            if (l.low() != null) {
                List<String> pts = new ArrayList<>();
                for (int i = 0; i < l.x().length; i++) {
                    pts.add(f(sx.at(l.x()[i])) + "," + f(sy.at(l.high()[i])));
                }
                for (int i = l.x().length - 1; i >= 0; i--) {
                    pts.add(f(sx.at(l.x()[i])) + "," + f(sy.at(l.low()[i])));
                }
                b.append("<polygon points=\"").append(String.join(" ", pts)).append("\" fill=\"").append(c)
                    .append("\" fill-opacity=\"0.18\" stroke=\"none\"/>\n");
            }
            List<String> pts = new ArrayList<>();
            for (int i = 0; i < l.x().length; i++) {
                pts.add(f(sx.at(l.x()[i])) + "," + f(sy.at(l.y()[i])));
            }
            b.append("<polyline points=\"").append(String.join(" ", pts)).append("\" fill=\"none\" stroke=\"").append(c)
                .append("\" stroke-width=\"1.6\"/>\n");
            int ly = TOP + 14 + 18 * k;
            b.append("<rect x=\"").append(W - RIGHT + 12).append("\" y=\"").append(ly - 9).append("\" width=\"14\" height=\"10\" fill=\"")
                .append(c).append("\" fill-opacity=\"0.5\"/>");
            b.append("<text x=\"").append(W - RIGHT + 30).append("\" y=\"").append(ly).append("\">").append(esc(l.name()))
                .append("</text>\n");
        }
        return b.append("</svg>\n").toString();
    }

    /** A heat map of {@code values[i][j]} at (xs[i], ys[j]), from light (low) to dark (high). */
    public static String heatmap(String title, String xLabel, String yLabel, double[] xs, double[] ys, double[][] values) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double[] row : values) {
            for (double v : row) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        StringBuilder b = open(title);
        double cw = (W - LEFT - RIGHT) / (double) xs.length;
        double ch = (H - TOP - BOTTOM) / (double) ys.length;
        for (int i = 0; i < xs.length; i++) {
            for (int j = 0; j < ys.length; j++) {
                double t = hi > lo ? (values[i][j] - lo) / (hi - lo) : 0.5;
                int g = (int) Math.round(235 - 190 * t);
                b.append("<rect x=\"").append(f(LEFT + i * cw)).append("\" y=\"").append(f(H - BOTTOM - (j + 1) * ch))
                    .append("\" width=\"").append(f(cw)).append("\" height=\"").append(f(ch)).append("\" fill=\"rgb(")
                    .append(g).append(',').append(g).append(",255)\"><title>").append(esc(num(xs[i]) + ", " + num(ys[j])
                        + ": " + num(values[i][j]))).append("</title></rect>\n");
            }
        }
        for (int i = 0; i < xs.length; i++) {
            b.append("<text x=\"").append(f(LEFT + (i + 0.5) * cw)).append("\" y=\"").append(H - BOTTOM + 14)
                .append("\" text-anchor=\"middle\">").append(esc(num(xs[i]))).append("</text>");
        }
        for (int j = 0; j < ys.length; j++) {
            b.append("<text x=\"").append(LEFT - 4).append("\" y=\"").append(f(H - BOTTOM - (j + 0.5) * ch))
                .append("\" text-anchor=\"end\">").append(esc(num(ys[j]))).append("</text>");
        }
        b.append("<text x=\"").append(W - RIGHT + 12).append("\" y=\"").append(TOP + 14).append("\">low ")
            .append(esc(num(lo))).append("</text><text x=\"").append(W - RIGHT + 12).append("\" y=\"").append(TOP + 32)
            .append("\">high ").append(esc(num(hi))).append("</text>\n");
        label(b, xLabel, yLabel);
        return b.append("</svg>\n").toString();
    }

    /**
     * A ranking: one horizontal bar per label (largest first as given), with its 95% interval as a whisker and an
     * optional second value drawn as a dot (e.g. Sobol S1 beside ST).
     */
    public static String ranking(String title, String valueLabel, List<String> labels, double[] values, double[] lows,
                                 double[] highs, double[] dots, String dotLabel) {
        int rowH = 22;
        int left = 220;
        int width = 640;
        int height = 50 + rowH * labels.size() + 30;
        double max = 0;
        for (int i = 0; i < values.length; i++) {
            max = Math.max(max, Double.isNaN(highs[i]) ? values[i] : Math.max(values[i], highs[i]));
            if (dots != null && !Double.isNaN(dots[i])) {
                max = Math.max(max, dots[i]);
            }
        }
        max = max <= 0 ? 1 : max;
        double scale = (width - left - 30) / max;
        StringBuilder b = new StringBuilder(4096);
        b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"").append(height)
            .append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
            .append("\" font-family=\"sans-serif\" font-size=\"11\">\n<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n")
            .append("<text x=\"10\" y=\"18\" font-size=\"13\" font-weight=\"bold\">").append(esc(title)).append("</text>\n");
        for (int i = 0; i < labels.size(); i++) {
            double y = 34 + i * rowH;
            b.append("<text x=\"").append(left - 6).append("\" y=\"").append(f(y + 12)).append("\" text-anchor=\"end\">")
                .append(esc(labels.get(i))).append("</text>");
            if (!Double.isNaN(values[i])) {
                b.append("<rect x=\"").append(left).append("\" y=\"").append(f(y + 3)).append("\" width=\"")
                    .append(f(Math.max(0, values[i]) * scale)).append("\" height=\"12\" fill=\"").append(COLOURS.get(0))
                    .append("\" fill-opacity=\"0.7\"/>");
            }
            if (!Double.isNaN(lows[i]) && !Double.isNaN(highs[i])) {
                double x1 = left + Math.max(0, lows[i]) * scale;
                double x2 = left + Math.max(0, highs[i]) * scale;
                b.append("<line x1=\"").append(f(x1)).append("\" x2=\"").append(f(x2)).append("\" y1=\"").append(f(y + 9))
                    .append("\" y2=\"").append(f(y + 9)).append("\" stroke=\"#222\" stroke-width=\"1.2\"/>");
            }
            if (dots != null && !Double.isNaN(dots[i])) {
                b.append("<circle cx=\"").append(f(left + Math.max(0, dots[i]) * scale)).append("\" cy=\"").append(f(y + 9))
                    .append("\" r=\"3.5\" fill=\"").append(COLOURS.get(1)).append("\"/>");
            }
            b.append('\n');
        }
        double axisY = 34 + labels.size() * rowH + 4;
        b.append("<line x1=\"").append(left).append("\" x2=\"").append(width - 30).append("\" y1=\"").append(f(axisY))
            .append("\" y2=\"").append(f(axisY)).append("\" stroke=\"#333\"/>");
        for (double t : ticks(0, max)) {
            b.append("<text x=\"").append(f(left + t * scale)).append("\" y=\"").append(f(axisY + 14))
                .append("\" text-anchor=\"middle\">").append(esc(num(t))).append("</text>");
        }
        b.append("<text x=\"").append(left).append("\" y=\"").append(f(axisY + 28)).append("\">").append(esc(valueLabel))
            .append(dots == null ? "" : " (dot: " + esc(dotLabel) + ")").append("; line: 95% bootstrap interval</text>\n");
        return b.append("</svg>\n").toString();
    }

    private static StringBuilder open(String title) {
        StringBuilder b = new StringBuilder(8192);
        b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(W).append("\" height=\"").append(H)
            .append("\" viewBox=\"0 0 ").append(W).append(' ').append(H)
            .append("\" font-family=\"sans-serif\" font-size=\"11\">\n<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n")
            .append("<text x=\"").append(LEFT).append("\" y=\"18\" font-size=\"13\" font-weight=\"bold\">").append(esc(title))
            .append("</text>\n");
        return b;
    }

    private static void axes(StringBuilder b, Scale sx, Scale sy, String xLabel, String yLabel) {
        b.append("<g stroke=\"#999\" stroke-width=\"0.5\">");
        for (double t : ticks(sy.lo, sy.hi)) {
            b.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(W - RIGHT).append("\" y1=\"").append(f(sy.at(t)))
                .append("\" y2=\"").append(f(sy.at(t))).append("\"/>");
        }
        b.append("</g>\n");
        for (double t : ticks(sy.lo, sy.hi)) {
            b.append("<text x=\"").append(LEFT - 4).append("\" y=\"").append(f(sy.at(t) + 4)).append("\" text-anchor=\"end\">")
                .append(esc(num(t))).append("</text>");
        }
        for (double t : ticks(sx.lo, sx.hi)) {
            b.append("<text x=\"").append(f(sx.at(t))).append("\" y=\"").append(H - BOTTOM + 14)
                .append("\" text-anchor=\"middle\">").append(esc(tick(t))).append("</text>");
        }
        b.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(W - RIGHT).append("\" y1=\"").append(H - BOTTOM)
            .append("\" y2=\"").append(H - BOTTOM).append("\" stroke=\"#333\"/>\n");
        label(b, xLabel, yLabel);
    }

    private static void label(StringBuilder b, String xLabel, String yLabel) {
        b.append("<text x=\"").append((LEFT + W - RIGHT) / 2).append("\" y=\"").append(H - 8)
            .append("\" text-anchor=\"middle\">").append(esc(xLabel)).append("</text>\n");
        b.append("<text transform=\"translate(14,").append((TOP + H - BOTTOM) / 2).append(") rotate(-90)\" text-anchor=\"middle\">")
            .append(esc(yLabel)).append("</text>\n");
    }

    /** About five round tick values in [lo, hi]. */
    static List<Double> ticks(double lo, double hi) {
        double span = hi - lo;
        double step = Math.pow(10, Math.floor(Math.log10(span / 5)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (span / (step * m) <= 6) {
                step *= m;
                break;
            }
        }
        List<Double> out = new ArrayList<>();
        for (double t = Math.ceil(lo / step) * step; t <= hi + step * 1e-9 && out.size() < 12; t += step) {
            out.add(t);
        }
        return out;
    }

    /** A number for labels: 3 significant digits with k/M/G/T suffixes. */
    public static String num(double v) {
        double a = Math.abs(v);
        if (a >= 1e12) {
            return String.format(Locale.ROOT, "%.3gT", v / 1e12);
        }
        if (a >= 1e9) {
            return String.format(Locale.ROOT, "%.3gG", v / 1e9);
        }
        if (a >= 1e6) {
            return String.format(Locale.ROOT, "%.3gM", v / 1e6);
        }
        if (a >= 1e4) {
            return String.format(Locale.ROOT, "%.3gk", v / 1e3);
        }
        return String.format(Locale.ROOT, "%.4g", v);
    }

    /**
     * An x-axis tick: as {@link #num} for large values, else up to five significant digits without trailing zeros, so
     * that the half-years of a short run read 2025.5, not 2026 twice, and a parameter's 2 reads 2, not 2.000.
     */
    static String tick(double v) {
        if (Math.abs(v) >= 1e4 || !Double.isFinite(v)) {
            return num(v);
        }
        if (Math.abs(v) < 1e-12) {
            return "0"; // a tick stepped onto zero carries rounding noise
        }
        return new java.math.BigDecimal(v).round(new java.math.MathContext(5)).stripTrailingZeros().toPlainString();
    }

    static String f(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    public static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private record Scale(double lo, double hi, double from, double to) {
        double at(double v) {
            return from + (v - lo) / (hi - lo) * (to - from);
        }
    }
}
