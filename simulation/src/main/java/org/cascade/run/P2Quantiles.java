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
        for (int j = 0; j < nq; j++) {
            update(hb + j * 5, pb + j * 3, probabilities[j], n, x);
        }
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

    /** One P2 step for the n-th observation (n > 5) of one estimator. */
    private void update(int h, int pp, double p, int n, double x) {
        double[] q = heights;
        int[] pos = positions;
        // Find the cell k with q[k] <= x < q[k+1], extending the extremes; shift the markers above it.
        if (x < q[h]) {
            q[h] = x;
            pos[pp]++;
            pos[pp + 1]++;
            pos[pp + 2]++;
        } else if (x < q[h + 1]) {
            pos[pp]++;
            pos[pp + 1]++;
            pos[pp + 2]++;
        } else if (x < q[h + 2]) {
            pos[pp + 1]++;
            pos[pp + 2]++;
        } else if (x < q[h + 3]) {
            pos[pp + 2]++;
        } else if (x >= q[h + 4]) {
            q[h + 4] = x;
        }
        // Desired positions after n observations: 1 + (n-1) * {p/2, p, (1+p)/2}; marker 4 is at n.
        double m = n - 1;
        adjust(q, h, pos, pp, 1, 1 + m * p / 2, n);
        adjust(q, h, pos, pp, 2, 1 + m * p, n);
        adjust(q, h, pos, pp, 3, 1 + m * (1 + p) / 2, n);
    }

    private static void adjust(double[] q, int h, int[] pos, int pp, int i, double desired, int n) {
        int ni = pos[pp + i - 1];
        int nPrev = i == 1 ? 1 : pos[pp + i - 2];
        int nNext = i == 3 ? n : pos[pp + i];
        double d = desired - ni;
        if ((d >= 1 && nNext - ni > 1) || (d <= -1 && nPrev - ni < -1)) {
            int s = d > 0 ? 1 : -1;
            double qi = q[h + i];
            double qPrev = q[h + i - 1];
            double qNext = q[h + i + 1];
            double parabolic = qi + (double) s / (nNext - nPrev)
                * ((ni - nPrev + s) * (qNext - qi) / (nNext - ni) + (nNext - ni - s) * (qi - qPrev) / (ni - nPrev));
            if (qPrev < parabolic && parabolic < qNext) {
                q[h + i] = parabolic;
            } else {
                int nj = s > 0 ? nNext : nPrev;
                double qj = s > 0 ? qNext : qPrev;
                q[h + i] = qi + s * (qj - qi) / (nj - ni);
            }
            pos[pp + i - 1] = ni + s;
        }
    }

    @Override
    public String toString() {
        return "P2Quantiles[cells=" + cells + ", p=" + Arrays.toString(probabilities) + ", n=" + count + "]";
    }
}
