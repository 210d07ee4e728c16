package org.cascade.ui.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cascade.results.RunResult;
import org.cascade.run.output.Provenance;
import org.cascade.run.output.ProvenanceJson;
import org.cascade.run.output.TidyCsvWriter;
import org.cascade.scenario.Scenario;

/** The run downloads: the same tidy CSV and provenance JSON the command line writes, by the same writers. */
public final class RunExports {
    public static final String CSV_HEADER = TidyCsvWriter.HEADER;

    private RunExports() {
    }

    public static void tidyCsv(RunResult r, Writer out) {
        try {
            TidyCsvWriter.write(r, out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Provenance of a run made in the explorer: the values set in the page are listed as the command line's are,
     * with "set_by": "web".
     *
     * @param note what else the page changed for this run (e.g. scripted changes it left out), or empty
     */
    public static void provenanceJson(RunResult r, Scenario scenario, String note, Writer out) {
        Scenario s = scenario != null ? scenario : Scenario.defaults();
        Map<String, Double> setInPage = new LinkedHashMap<>();
        r.parameters().overrides().forEach((name, value) -> {
            if (!Objects.equals(s.parameters().overrides().get(name), value)) {
                setInPage.put(name, value);
            }
        });
        Provenance p = new Provenance(s, "web explorer: bundled:" + s.id() + (note.isEmpty() ? "" : "; " + note),
            setInPage, r.seed(), r.years(), null, Instant.now(), List.of(),
            Map.of("series", "cascade-" + r.scenarioId() + "-seed" + r.seed() + ".csv"), Provenance.WEB);
        try {
            ProvenanceJson.write(p, out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
