package org.cascade.ui.map;

import java.util.ArrayList;
import java.util.List;

/**
 * Greedy label placement: each label, in the order given, takes the first of its candidate positions whose box
 * stays on the map and overlaps no placed label and no obstacle (markers, legend). Labels that must show take the
 * least bad candidate when none is free; optional ones are left out.
 */
final class Labels {
    /** An axis-aligned box in SVG pixels. */
    record Box(double x, double y, double w, double h) {
        boolean overlaps(Box o) {
            return x < o.x + o.w && o.x < x + w && y < o.y + o.h && o.y < y + h;
        }

        double overlap(Box o) {
            double ox = Math.min(x + w, o.x + o.w) - Math.max(x, o.x);
            double oy = Math.min(y + h, o.y + o.h) - Math.max(y, o.y);
            return ox > 0 && oy > 0 ? ox * oy : 0;
        }
    }

    /** A placed label: its text, box, the SVG text anchor point and its kind (for styling and tests). */
    record Placed(String text, String kind, Box box, double x, double y, double size, boolean bold) {
    }

    /** Average glyph width as a share of the font size (sans-serif, a little generous). */
    static final double GLYPH = 0.58;
    private final double width;
    private final double height;
    private final List<Box> obstacles = new ArrayList<>();
    private final List<Placed> placed = new ArrayList<>();

    Labels(double width, double height) {
        this.width = width;
        this.height = height;
    }

    void obstacle(Box b) {
        obstacles.add(b);
    }

    List<Placed> placed() {
        return placed;
    }

    static double textWidth(String text, double size) {
        return text.length() * size * GLYPH;
    }

    /**
     * Places a label near a point: centred on it, then right, left, above, below and the diagonals, at growing
     * distances. {@code gap} is the distance from the point to the nearest edge of the box (for markers).
     */
    boolean near(String text, String kind, double px, double py, double size, boolean bold, double gap, boolean must) {
        double w = textWidth(text, size) * (bold ? 1.08 : 1);
        double h = size * 1.2;
        List<Box> candidates = new ArrayList<>();
        if (gap == 0) {
            candidates.add(new Box(px - w / 2, py - h / 2, w, h));
        }
        for (double d = Math.max(gap, 2); d <= gap + 40; d += 8) {
            candidates.add(new Box(px + d, py - h / 2, w, h));
            candidates.add(new Box(px - d - w, py - h / 2, w, h));
            candidates.add(new Box(px - w / 2, py - d - h, w, h));
            candidates.add(new Box(px - w / 2, py + d, w, h));
            candidates.add(new Box(px + d, py - d - h + 4, w, h));
            candidates.add(new Box(px + d, py + d - 4, w, h));
            candidates.add(new Box(px - d - w, py - d - h + 4, w, h));
            candidates.add(new Box(px - d - w, py + d - 4, w, h));
        }
        return place(text, kind, candidates, size, bold, must);
    }

    /** Places a label on one of several anchor points (e.g. along a route), centred on each in turn. */
    boolean along(String text, String kind, List<double[]> anchors, double size, boolean must) {
        double w = textWidth(text, size);
        double h = size * 1.2;
        List<Box> candidates = new ArrayList<>();
        for (double gap : new double[] {3, 12, 22}) {
            for (double[] a : anchors) {
                candidates.add(new Box(a[0] - w / 2, a[1] - h - gap, w, h));
                candidates.add(new Box(a[0] - w / 2, a[1] + gap, w, h));
            }
        }
        return place(text, kind, candidates, size, false, must);
    }

    private boolean place(String text, String kind, List<Box> candidates, double size, boolean bold, boolean must) {
        Box best = null;
        double bestCost = Double.MAX_VALUE;
        for (Box c : candidates) {
            if (c.x < 1 || c.y < 1 || c.x + c.w > width - 1 || c.y + c.h > height - 1) {
                continue;
            }
            double cost = 0;
            for (Placed p : placed) {
                cost += c.overlap(p.box()) * 10;
            }
            for (Box o : obstacles) {
                cost += c.overlap(o);
            }
            if (cost == 0) {
                add(text, kind, c, size, bold);
                return true;
            }
            if (cost < bestCost) {
                bestCost = cost;
                best = c;
            }
        }
        if (must && best != null) {
            add(text, kind, best, size, bold);
            return true;
        }
        return false;
    }

    private void add(String text, String kind, Box b, double size, boolean bold) {
        // SVG text: x at the left edge (text-anchor start), y at the baseline (about 0.8 of the line box)
        placed.add(new Placed(text, kind, b, b.x, b.y + b.h * 0.8, size, bold));
    }
}
