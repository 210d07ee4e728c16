package org.cascade.experiment;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.cascade.experiment.sensitivity.Morris;
import org.cascade.experiment.sensitivity.MorrisDesign;
import org.cascade.experiment.sensitivity.MorrisResult;
import org.cascade.experiment.sensitivity.Sobol;
import org.cascade.experiment.sensitivity.SobolDesign;
import org.cascade.experiment.sensitivity.SobolResult;
import org.cascade.experiment.sensitivity.UnitCubeDesign;
import org.cascade.results.SeriesKey;

/**
 * The sensitivity indices of a finished study, per outcome and horizon: the replicates averaged per design point
 * (common random numbers make the average a function of the parameters alone, up to the shocks' mean) and passed to
 * the Morris or Sobol estimator with bootstrap intervals. An outcome that does not vary over the design (e.g. a
 * series the studied parameters cannot touch) gets no Sobol indices and is reported as such.
 */
public final class SensitivityIndices {
    /** Bootstrap resamples for the intervals. */
    public static final int BOOTSTRAP = 500;

    private SensitivityIndices() {
    }

    /**
     * One parameter's indices for one outcome and horizon. Morris: {@code a} = mu*, {@code b} = sigma, {@code c} =
     * mu, interval of mu*. Sobol: {@code a} = ST, {@code b} = S1, interval of ST, {@code c} the S1 interval's width.
     */
    public record Row(String method, String metric, String subject, int year, String parameter, double a, double low,
                      double high, double b, double c, String note) { }

    public static List<Row> of(ExperimentResult r) {
        ExperimentSpec s = r.spec();
        if (s.kind() != ExperimentKind.SENSITIVITY) {
            return List.of();
        }
        UnitCubeDesign design = DefaultDesigns.design(s.sensitivity(), s.masterSeed());
        List<String> names = s.sensitivity().parameters();
        List<Row> out = new ArrayList<>();
        List<SeriesKey> outcomes = r.outcomes();
        for (int o = 0; o < outcomes.size(); o++) {
            for (int h = 0; h < s.horizons().size(); h++) {
                double[] y = r.pointMeans(o, h);
                String metric = outcomes.get(o).metric();
                String subject = outcomes.get(o).subject();
                int year = s.horizons().get(h);
                if (design instanceof MorrisDesign md) {
                    MorrisResult m = Morris.analyse(md, y, BOOTSTRAP, s.masterSeed());
                    for (MorrisResult.Factor f : m.factors()) {
                        out.add(new Row("morris", metric, subject, year, names.get(f.factor()), f.muStar(),
                            f.muStarInterval().low(), f.muStarInterval().high(), f.sigma(), f.mu(), ""));
                    }
                } else {
                    try {
                        SobolResult sr = Sobol.analyse((SobolDesign) design, y, BOOTSTRAP, s.masterSeed());
                        for (SobolResult.Factor f : sr.factors()) {
                            out.add(new Row("sobol", metric, subject, year, names.get(f.factor()), f.st(),
                                f.stInterval().low(), f.stInterval().high(), f.s1(), f.s1Interval().width(), ""));
                        }
                    } catch (IllegalArgumentException e) {
                        for (String n : names) {
                            out.add(new Row("sobol", metric, subject, year, n, Double.NaN, Double.NaN, Double.NaN,
                                Double.NaN, Double.NaN, "the outcome does not vary over the design"));
                        }
                    }
                }
            }
        }
        return out;
    }

    /** {@code sensitivity.csv}: one row per outcome, horizon and parameter, with the method's measures. */
    public static void writeCsv(List<Row> rows, Writer w) throws IOException {
        w.write("method,metric,subject,year,parameter,index,value,low,high\n");
        for (Row r : rows) {
            boolean morris = r.method.equals("morris");
            line(w, r, morris ? "mu_star" : "st", r.a, r.low, r.high);
            line(w, r, morris ? "sigma" : "s1", r.b, Double.NaN, Double.NaN);
            if (morris) {
                line(w, r, "mu", r.c, Double.NaN, Double.NaN);
            }
        }
    }

    private static void line(Writer w, Row r, String index, double v, double lo, double hi) throws IOException {
        w.write(r.method + "," + r.metric + "," + r.subject + "," + r.year + "," + r.parameter + "," + index + ","
            + num(v) + "," + num(lo) + "," + num(hi) + "\n");
    }

    private static String num(double v) {
        return Double.isNaN(v) ? "" : Double.toString(v);
    }
}
