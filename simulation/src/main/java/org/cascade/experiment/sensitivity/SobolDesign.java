package org.cascade.experiment.sensitivity;

/**
 * A Saltelli sampling design for first-order and total Sobol indices: n base points of a 2k-dimensional Sobol
 * sequence split into A (first k columns) and B (last k), plus, for each factor i, AB_i = A with column i taken from
 * B. Rows run A (rows 0..n-1), B (n..2n-1), then AB_1..AB_k (row (2 + i)n + j is AB_i's j-th, i 0-based): n(k + 2)
 * rows. Built by {@link Sobol#design}.
 */
public final class SobolDesign implements UnitCubeDesign {
    private final int factors;
    private final int baseRows;
    private final long skip;
    private final double[][] a;
    private final double[][] b;

    SobolDesign(int factors, int baseRows, long skip, double[][] a, double[][] b) {
        this.factors = factors;
        this.baseRows = baseRows;
        this.skip = skip;
        this.a = a;
        this.b = b;
    }

    @Override
    public int factors() {
        return factors;
    }

    /** n, the number of base points (rows of A and of B). */
    public int baseRows() {
        return baseRows;
    }

    /** How many points of the Sobol sequence were skipped before the first base point. */
    public long skip() {
        return skip;
    }

    /** n(k + 2). */
    @Override
    public int size() {
        return baseRows * (factors + 2);
    }

    @Override
    public double[] row(int i) {
        if (i < 0 || i >= size()) {
            throw new IndexOutOfBoundsException("row " + i + " of " + size());
        }
        int block = i / baseRows;
        int j = i % baseRows;
        if (block == 0) {
            return a[j].clone();
        }
        if (block == 1) {
            return b[j].clone();
        }
        double[] x = a[j].clone();
        x[block - 2] = b[j][block - 2];
        return x;
    }

    /** The row index of A's j-th point. */
    public int rowOfA(int j) {
        return checked(j);
    }

    /** The row index of B's j-th point. */
    public int rowOfB(int j) {
        return baseRows + checked(j);
    }

    /** The row index of AB_i's j-th point (A's j-th with factor {@code factor} from B's j-th). */
    public int rowOfAB(int factor, int j) {
        if (factor < 0 || factor >= factors) {
            throw new IndexOutOfBoundsException("factor " + factor + " of " + factors);
        }
        return (2 + factor) * baseRows + checked(j);
    }

    private int checked(int j) {
        if (j < 0 || j >= baseRows) {
            throw new IndexOutOfBoundsException("base point " + j + " of " + baseRows);
        }
        return j;
    }
}
