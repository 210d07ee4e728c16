package org.cascade.run;

import java.util.Arrays;

/**
 * Streaming quantile estimates for many independent cells at once, with the P-square algorithm
 * (R. Jain and I. Chlamtac, "The P2 algorithm for dynamic calculation of quantiles and histograms without storing
 * observations", CACM 28(10), 1985): one five-marker estimator per quantile per cell, plus a running mean.
 * <p>
 * All cells see the same number of observations ({@link #count()}), so the desired marker positions are shared;
 * per cell only the five marker heights and the three inner marker positions are stored, in flat primitive arrays
 * (cell-major, so one cell's state is contiguous). Memory: {@code cells * quantiles * (5 doubles + 3 ints)}.
 * <p>
 * Up to five observations the estimates are exact (linear interpolation between order statistics, the
 * "type 7" definition of R and NumPy); from the sixth on they are the P2 estimates.
 * <p>
 * Feeding: call {@link #add(int, double)} for every cell with its observation number {@code count()+1} (cells may
 * be updated from different threads, each cell from one thread), then {@link #advance(int)} once. The result
 * depends only on the order of observations within each cell.
 */
public final class P2Quantiles {
    private final int cells;
    private final double[] probabilities;
    private final int nq;
    /** Marker heights: [cell][quantile][5]. */
    private final double[] heights;
    /** Positions (1-based) of markers 1..3: [cell][quantile][3]; marker 0 is at 1 and marker 4 at count. */
    private final int[] positions;
    private final double[] mean;
    private int count;

    public P2Quantiles(int cells, double... probabilities) {
        if (cells < 0) {
            throw new IllegalArgumentException("cells < 0");
        }
        for (double p : probabilities) {
            if (!(p > 0 && p < 1)) {
                throw new IllegalArgumentException("quantile probabilities must be in (0, 1), got " + p);
            }
        }
        this.cells = cells;
        this.probabilities = probabilities.clone();
        this.nq = probabilities.length;
        this.heights = new double[Math.multiplyExact(cells, nq * 5)];
        this.positions = new int[Math.multiplyExact(cells, nq * 3)];
        this.mean = new double[cells];
    }

    public int cells() {
        return cells;
    }

    public int quantiles() {
        return nq;
    }

    public double probability(int quantile) {
        return probabilities[quantile];
    }

    /** Observations seen so far by every cell. */
    public int count() {
        return count;
    }

    /**
     * Adds observation number {@code n} (1-based: {@code count()+1} for the first of a batch, and so on) to a cell.
     * Safe to call concurrently for different cells.
     */
    public void add(int cell, int n, double x) {
        mean[cell] += (x - mean[cell]) / n;
        int hb = cell * nq * 5;
        int pb = cell * nq * 3;
        if (n <= 5) {
            for (int j = 0; j < nq; j++) {
                insertSorted(heights, hb + j * 5, n - 1, x);
                if (n == 5) {
                    positions[pb + j * 3] = 2;
                    positions[pb + j * 3 + 1] = 3;
                    positions[pb + j * 3 + 2] = 4;
                }
            }
            return;
        }
        double[] one = {x};
        for (int j = 0; j < nq; j++) {
            updateAll(hb + j * 5, pb + j * 3, probabilities[j], n, one, 0, 1);
        }
    }

    /**
     * Adds observations {@code xs[0..k)} to one cell; they are observations number {@code count()+1 ..
     * count()+k}. Same result as {@code k} calls of {@link #add(int, int, double)}, but faster: each estimator's
     * state stays in local variables across the batch. Safe to call concurrently for different cells.
     */
    public void addAll(int cell, double[] xs, int k) {
        int n0 = count;
        double m = mean[cell];
        for (int i = 0; i < k; i++) {
            m += (xs[i] - m) / (n0 + i + 1);
        }
        mean[cell] = m;
        int hb = cell * nq * 5;
        int pb = cell * nq * 3;
        for (int j = 0; j < nq; j++) {
            int h = hb + j * 5;
            int pp = pb + j * 3;
            int i = 0;
            for (; i < k && n0 + i < 5; i++) {
                insertSorted(heights, h, n0 + i, xs[i]);
                if (n0 + i == 4) {
                    positions[pp] = 2;
                    positions[pp + 1] = 3;
                    positions[pp + 2] = 4;
                }
            }
            if (i < k) {
                updateAll(h, pp, probabilities[j], n0 + i + 1, xs, i, k);
            }
        }
    }

    /** P2 steps for observations xs[from..to), the first being observation number n (> 5), state in locals. */
    private void updateAll(int h, int pp, double p, int n, double[] xs, int from, int to) {
        double q0 = heights[h];
        double q1 = heights[h + 1];
        double q2 = heights[h + 2];
        double q3 = heights[h + 3];
        double q4 = heights[h + 4];
        int n1 = positions[pp];
        int n2 = positions[pp + 1];
        int n3 = positions[pp + 2];
        double dn1 = p / 2;
        double dn3 = (1 + p) / 2;
        for (int i = from; i < to; i++, n++) {
            double x = xs[i];
            if (x < q0) {
                q0 = x;
            }
            if (x >= q4) {
                q4 = x;
            }
            n1 += x < q1 ? 1 : 0;
            n2 += x < q2 ? 1 : 0;
            n3 += x < q3 ? 1 : 0;
            double m = n - 1;
            // marker 1 (neighbours: marker 0 at position 1, marker 2)
            double d = 1 + m * dn1 - n1;
            if ((d >= 1 && n2 - n1 > 1) || (d <= -1 && 1 - n1 < -1)) {
                int s = d > 0 ? 1 : -1;
                if (q0 != q2) {
                    q1 = move(q0, q1, q2, 1, n1, n2, s);
                }
                n1 += s;
            }
            // marker 2 (neighbours: markers 1 and 3)
            d = 1 + m * p - n2;
            if ((d >= 1 && n3 - n2 > 1) || (d <= -1 && n1 - n2 < -1)) {
                int s = d > 0 ? 1 : -1;
                if (q1 != q3) {
                    q2 = move(q1, q2, q3, n1, n2, n3, s);
                }
                n2 += s;
            }
            // marker 3 (neighbours: marker 2 and marker 4 at position n)
            d = 1 + m * dn3 - n3;
            if ((d >= 1 && n - n3 > 1) || (d <= -1 && n2 - n3 < -1)) {
                int s = d > 0 ? 1 : -1;
                if (q2 != q4) {
                    q3 = move(q2, q3, q4, n2, n3, n, s);
                }
                n3 += s;
            }
        }
        heights[h] = q0;
        heights[h + 1] = q1;
        heights[h + 2] = q2;
        heights[h + 3] = q3;
        heights[h + 4] = q4;
        positions[pp] = n1;
        positions[pp + 1] = n2;
        positions[pp + 2] = n3;
    }

    /**
     * The new height of the middle marker moved by s (+1 or -1): the P2 piecewise-parabolic prediction (written
     * with one division), or the linear one when the parabola leaves the neighbours' interval. Not called when the
     * neighbours are equal (then the height cannot change).
     */
    private static double move(double qa, double qb, double qc, int na, int nb, int nc, int s) {
        double left = nb - na;
        double right = nc - nb;
        double parabolic = qb + s * ((left + s) * (qc - qb) * left + (right - s) * (qb - qa) * right)
            / ((nc - na) * right * left);
        if (qa < parabolic && parabolic < qc) {
            return parabolic;
        }
        return s > 0 ? qb + (qc - qb) / right : qb - (qa - qb) / -left;
    }

    /** Convenience for a single thread: {@link #add(int, int, double)} with {@code n = count()+1}. */
    public void add(int cell, double x) {
        add(cell, count + 1, x);
    }

    /** Marks {@code k} more observations as seen by every cell (after they were all added). */
    public void advance(int k) {
        count += k;
    }

    public double mean(int cell) {
        return count == 0 ? Double.NaN : mean[cell];
    }

    public double quantile(int cell, int quantile) {
        int hb = cell * nq * 5 + quantile * 5;
        if (count == 0) {
            return Double.NaN;
        }
        if (count <= 5) {
            double h = (count - 1) * probabilities[quantile];
            int lo = (int) Math.floor(h);
            int hi = Math.min(lo + 1, count - 1);
            return heights[hb + lo] + (h - lo) * (heights[hb + hi] - heights[hb + lo]);
        }
        return heights[hb + 2];
    }

    private static void insertSorted(double[] a, int base, int size, double x) {
        int i = size;
        while (i > 0 && a[base + i - 1] > x) {
            a[base + i] = a[base + i - 1];
            i--;
        }
        a[base + i] = x;
    }

    @Override
    public String toString() {
        return "P2Quantiles[cells=" + cells + ", p=" + Arrays.toString(probabilities) + ", n=" + count + "]";
    }
}
