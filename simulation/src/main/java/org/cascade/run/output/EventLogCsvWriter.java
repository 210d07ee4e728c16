package org.cascade.run.output;

import java.io.IOException;
import java.io.Writer;
import org.cascade.results.LoggedEvent;
import org.cascade.results.RunResult;

/**
 * Writes the event log of a run as CSV, one row per event in log order. Header, exactly:
 * <pre>scenario,seed,step,date,kind,subject,scheduled,message</pre>
 * {@code scheduled} is {@code true} when a scenario event caused it, {@code false} when it arose in the model;
 * {@code message} is always double-quoted. The writer is not closed.
 */
public final class EventLogCsvWriter {
    public static final String HEADER = "scenario,seed,step,date,kind,subject,scheduled,message";

    private EventLogCsvWriter() {
    }

    public static void write(RunResult result, Writer out) throws IOException {
        out.write(HEADER);
        out.write('\n');
        String prefix = Csv.field(result.scenarioId()) + "," + result.seed() + ",";
        for (LoggedEvent e : result.events()) {
            out.write(prefix + e.step() + "," + e.date() + "," + Csv.field(e.kind()) + "," + Csv.field(e.subject()) + ","
                + e.scheduled() + "," + Csv.quoted(e.message()) + "\n");
        }
        out.flush();
    }
}
