package org.cascade.ui.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import org.cascade.results.Metrics;
import org.cascade.results.RunResult;
import org.cascade.scenario.Scenario;
import org.cascade.ui.TestRuns;
import org.junit.jupiter.api.Test;

class RunExportsTest {
    private final RunResult run = TestRuns.steps(3).with(Metrics.TRADE, "KZ-UZ", s -> 4.3e9 + s)
        .with(Metrics.TRUST, "KZ-UZ", s -> 0.5).build();

    @Test
    void tidyCsvHasTheCliHeaderAndOneRowPerStepAndSeries() {
        StringWriter w = new StringWriter();
        RunExports.tidyCsv(run, w);
        List<String> lines = w.toString().lines().toList();
        assertThat(lines.get(0)).isEqualTo("scenario,seed,step,date,metric,subject,value");
        assertThat(lines).hasSize(1 + 3 * 2);
        assertThat(lines.get(1)).isEqualTo("test,7,0,2025-01,trade_usd,KZ-UZ,4300000000");
        assertThat(lines.get(4)).isEqualTo("test,7,1,2025-02,trust,KZ-UZ,0.5");
    }

    @Test
    void provenanceJsonNamesScenarioSeedAndParameters() {
        StringWriter w = new StringWriter();
        RunExports.provenanceJson(run, Scenario.defaults(), "", w);
        String json = w.toString();
        assertThat(json).contains("\"seed\": 7").contains("\"trust.decay\"").contains("web explorer");
        for (org.cascade.params.Parameter p : org.cascade.params.ParameterRegistry.get().all()) {
            assertThat(json).contains("\"" + p.name() + "\"");
        }
    }

    @Test
    void aValueChangedInThePageIsSetByWebAndANoteIsKept() {
        RunResult changed = org.cascade.run.ModelRun.run(Scenario.defaults(),
            org.cascade.params.ParameterSet.defaults().with("trust.decay", 0.05), 1, 1);
        StringWriter w = new StringWriter();
        RunExports.provenanceJson(changed, Scenario.defaults(), "kept the page's value of x", w);
        String json = w.toString();
        String line = json.lines().filter(l -> l.contains("\"trust.decay\"")).findFirst().orElseThrow();
        assertThat(line).contains("\"set_by\": \"web\"");
        assertThat(json).doesNotContain("\"set_by\": \"command_line\"").contains("kept the page's value of x");
    }
}
