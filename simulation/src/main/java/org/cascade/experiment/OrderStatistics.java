package org.cascade.experiment;

/**
 * Puts chosen order statistics of a slice of an array in place, as {@link java.util.Arrays#sort(double[], int, int)}
 * would (ascending by {@link Double#compare}, NaN last), without sorting the rest: a three-way quickselect that only
 * descends into the parts holding a wanted rank. For the three percentiles of an arm's cell (six ranks of about a
 * thousand values) it does a fraction of a sort's work; the values at the wanted ranks are the sort's, bit for bit.
 */
final class OrderStatistics {
    private static final int SMALL = 24;

    private OrderStatistics() {
    }

    /**
     * Moves the NaNs of {@code a[from, from + n)} to its end and returns how many values are not NaN (as a sort
     * leaves them last).
     */
    static int numbersFirst(double[] a, int from, int n) {
        int end = from + n;
        int w = from;
        for (int r = from; r < end; r++) {
            if (!Double.isNaN(a[r])) {
                double t = a[w];
                a[w++] = a[r];
                a[r] = t;
            }
        }
        return w - from;
    }

    /**
     * Places at each index of {@code ranks} (ascending, within {@code [lo, hi)}) the value a sort of {@code a[lo, hi)}
     * would put there; {@code a[lo, hi)} holds no NaN.
     */
    static void select(double[] a, int lo, int hi, int[] ranks, int rankFrom, int rankTo) {
        while (rankFrom < rankTo) {
            if (hi - lo <= SMALL) {
                insertionSort(a, lo, hi);
                return;
            }
            double pivot = median(a[lo], a[(lo + hi) >>> 1], a[hi - 1]);
            // three-way partition: [lo, lt) < pivot, [lt, gt) == pivot, [gt, hi) > pivot
            int lt = lo;
            int gt = hi;
            int i = lo;
            while (i < gt) {
                int c = Double.compare(a[i], pivot);
                if (c < 0) {
                    swap(a, lt++, i++);
                } else if (c > 0) {
                    swap(a, i, --gt);
                } else {
                    i++;
                }
            }
            int leftTo = rankFrom;
            while (leftTo < rankTo && ranks[leftTo] < lt) {
                leftTo++;
            }
            int rightFrom = leftTo;
            while (rightFrom < rankTo && ranks[rightFrom] < gt) {
                rightFrom++;
            }
            // the smaller side by recursion, the larger by the loop
            if (leftTo - rankFrom <= rankTo - rightFrom) {
                select(a, lo, lt, ranks, rankFrom, leftTo);
                lo = gt;
                rankFrom = rightFrom;
            } else {
                select(a, gt, hi, ranks, rightFrom, rankTo);
                hi = lt;
                rankTo = leftTo;
            }
        }
    }

    private static double median(double x, double y, double z) {
        if (Double.compare(x, y) > 0) {
            double t = x;
            x = y;
            y = t;
        }
        if (Double.compare(y, z) > 0) {
            y = z;
        }
        return Double.compare(x, y) > 0 ? x : y;
    }

    private static void insertionSort(double[] a, int lo, int hi) {
        for (int i = lo + 1; i < hi; i++) {
            double v = a[i];
            int j = i - 1;
            while (j >= lo && Double.compare(a[j], v) > 0) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = v;
        }
    }

    private static void swap(double[] a, int i, int j) {
        double t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}
