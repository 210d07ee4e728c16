package org.cascade.run.output;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.cascade.results.RunResult;
import org.cascade.results.SeriesKey;

/**
 * Writes a {@link RunResult} as a tidy ("long") CSV: one row per series per step, steps 0..lastStep in order and,
 * within a step, series in the result's key order. Header, exactly:
 * <pre>scenario,seed,step,date,metric,subject,value</pre>
 * {@code date} is YYYY-MM (step 0 = 2025-01); {@code value} is written so that it parses back to the same double
 * (see {@link Csv#number}). Fields are quoted only where needed. Line ends are "\n".
 * The writer is not closed; wrap it in a {@link java.io.BufferedWriter} for speed.
 */
public final class TidyCsvWriter {
    public static final String HEADER = "scenario,seed,step,date,metric,subject,value";

    private TidyCsvWriter() {
    }

    public static void write(RunResult result, Writer out) throws IOException {
        writeHeader(out);
        for (int step = 0; step <= result.lastStep(); step++) {
            writeStep(result, step, out);
        }
        out.flush();
    }

    public static void writeHeader(Writer out) throws IOException {
        out.write(HEADER);
        out.write('\n');
    }

    /** The rows of one step (for callers that stream a run as it goes). */
    public static void writeStep(RunResult result, int step, Writer out) throws IOException {
        String prefix = Csv.field(result.scenarioId()) + "," + result.seed() + "," + step + "," + result.date(step) + ",";
        List<SeriesKey> keys = result.keys();
        StringBuilder line = new StringBuilder(96);
        for (int s = 0; s < keys.size(); s++) {
            SeriesKey k = keys.get(s);
            line.setLength(0);
            line.append(prefix).append(Csv.field(k.metric())).append(',').append(Csv.field(k.subject())).append(',')
                .append(Csv.number(result.value(step, s))).append('\n');
            out.append(line);
        }
    }
}
