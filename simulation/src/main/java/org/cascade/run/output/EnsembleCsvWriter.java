package org.cascade.run.output;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.cascade.results.SeriesKey;
import org.cascade.run.EnsembleResult;

/**
 * Writes per-step ensemble statistics as CSV, one row per series per step (steps in order, series in key order).
 * Header, exactly:
 * <pre>scenario,step,date,metric,subject,n,mean,p05,p50,p95</pre>
 * {@code n} is the number of replicates; {@code mean} the mean across them; {@code p05}, {@code p50}, {@code p95}
 * the 5th, 50th and 95th percentiles (P-square estimates, exact while n &le; 5). The writer is not closed.
 */
public final class EnsembleCsvWriter {
    public static final String HEADER = "scenario,step,date,metric,subject,n,mean,p05,p50,p95";

    private EnsembleCsvWriter() {
    }

    public static void write(EnsembleResult e, Writer out) throws IOException {
        out.write(HEADER);
        out.write('\n');
        List<SeriesKey> keys = e.keys();
        String scenario = Csv.field(e.scenarioId());
        StringBuilder line = new StringBuilder(128);
        for (int step = 0; step < e.steps(); step++) {
            String prefix = scenario + "," + step + "," + e.date(step) + ",";
            for (int s = 0; s < keys.size(); s++) {
                SeriesKey k = keys.get(s);
                line.setLength(0);
                line.append(prefix).append(Csv.field(k.metric())).append(',').append(Csv.field(k.subject())).append(',')
                    .append(e.n(step, s)).append(',')
                    .append(Csv.number(e.mean(step, s))).append(',')
                    .append(Csv.number(e.p05(step, s))).append(',')
                    .append(Csv.number(e.p50(step, s))).append(',')
                    .append(Csv.number(e.p95(step, s))).append('\n');
                out.append(line);
            }
        }
        out.flush();
    }
}
