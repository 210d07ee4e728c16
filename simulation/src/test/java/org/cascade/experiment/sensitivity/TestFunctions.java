package org.cascade.experiment.sensitivity;

/** Analytic test functions of the sensitivity literature, with their known indices. */
final class TestFunctions {
    private TestFunctions() {
    }

    /** The outputs of {@code f} at every row of {@code design}, in row order. */
    static double[] evaluate(UnitCubeDesign design, java.util.function.ToDoubleFunction<double[]> f) {
        double[] y = new double[design.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = f.applyAsDouble(design.row(i));
        }
        return y;
    }

    /** Ishigami and Homma (1990) with a = 7, b = 0.1, inputs uniform on [-pi, pi] (mapped from the unit cube). */
    static final class Ishigami {
        static final double A = 7;
        static final double B = 0.1;

        static double at(double[] u) {
            double x1 = -Math.PI + 2 * Math.PI * u[0];
            double x2 = -Math.PI + 2 * Math.PI * u[1];
            double x3 = -Math.PI + 2 * Math.PI * u[2];
            return Math.sin(x1) + A * Math.sin(x2) * Math.sin(x2) + B * Math.pow(x3, 4) * Math.sin(x1);
        }

        private static final double V1 = 0.5 * Math.pow(1 + B * Math.pow(Math.PI, 4) / 5, 2);
        private static final double V2 = A * A / 8;
        private static final double V13 = B * B * Math.pow(Math.PI, 8) * (1.0 / 18 - 1.0 / 50);
        private static final double V = V1 + V2 + V13;

        /** 0.3139, 0.4424, 0. */
        static double[] firstOrder() {
            return new double[] {V1 / V, V2 / V, 0};
        }

        /** 0.5576, 0.4424, 0.2437. */
        static double[] total() {
            return new double[] {(V1 + V13) / V, V2 / V, V13 / V};
        }
    }

    /** Sobol's G-function, prod_i (|4x_i - 2| + a_i) / (1 + a_i) on the unit cube: factors matter less as a_i grows. */
    record GFunction(double[] a) {

        double at(double[] x) {
            double g = 1;
            for (int i = 0; i < a.length; i++) {
                g *= (Math.abs(4 * x[i] - 2) + a[i]) / (1 + a[i]);
            }
            return g;
        }

        /** V_i = 1 / (3 (1 + a_i)^2), the variance of factor i's term. */
        private double partial(int i) {
            return 1 / (3 * (1 + a[i]) * (1 + a[i]));
        }

        private double variance() {
            double p = 1;
            for (int i = 0; i < a.length; i++) {
                p *= 1 + partial(i);
            }
            return p - 1;
        }

        double[] firstOrder() {
            double[] s = new double[a.length];
            for (int i = 0; i < a.length; i++) {
                s[i] = partial(i) / variance();
            }
            return s;
        }

        double[] total() {
            double[] s = new double[a.length];
            for (int i = 0; i < a.length; i++) {
                double others = 1;
                for (int j = 0; j < a.length; j++) {
                    others *= j == i ? 1 : 1 + partial(j);
                }
                s[i] = partial(i) * others / variance();
            }
            return s;
        }

        /**
         * The expected mu* on a 4-level Morris grid: every coordinate sits on each of the levels 0, 1/3, 2/3, 1 with
         * probability 1/4, a move of factor i changes |4x_i - 2| by 4/3 (between 2 and 2/3), so
         * |EE_i| = (4/3) / (2/3) / (1 + a_i) prod_{j != i} g_j, and E g_j = (4/3 + a_j) / (1 + a_j).
         */
        double[] muStarOnFourLevels() {
            double[] m = new double[a.length];
            for (int i = 0; i < a.length; i++) {
                double others = 1;
                for (int j = 0; j < a.length; j++) {
                    others *= j == i ? 1 : (4.0 / 3 + a[j]) / (1 + a[j]);
                }
                m[i] = 2 / (1 + a[i]) * others;
            }
            return m;
        }
    }
}
