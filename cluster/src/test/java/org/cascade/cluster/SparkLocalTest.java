package org.cascade.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cascade.experiment.ExperimentSpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Spark in local mode gives the same bytes as the in-process engine, whatever the number of partitions. */
class SparkLocalTest {
    @TempDir
    static Path tmp;
    private static ExperimentSpec spec;
    private static Map<String, String> reference;

    @BeforeAll
    static void reference() throws Exception {
        spec = ClusterTestSupport.load("sweep-small.yaml");
        reference = ClusterTestSupport.csvs(ClusterTestSupport.inProcess(spec, tmp.resolve("in-process")));
    }

    @Test
    void localTwoCoresWithTwoAndFivePartitionsGivesTheSameBytes() throws Exception {
        for (int partitions : new int[] {2, 5}) {
            Path out = tmp.resolve("spark-" + partitions);
            List<SparkExperiment.Progress> seen = new ArrayList<>();
            SparkExperiment.run(spec, "local[2]", partitions, out, List.of("test"),
                Map.of("spark.ui.enabled", "false", "spark.driver.host", "127.0.0.1"), seen::add);
            assertThat(ClusterTestSupport.csvs(out)).as(partitions + " partitions").isEqualTo(reference);
            assertThat(seen).hasSize(partitions);
            assertThat(seen.getLast().tasksDone()).isEqualTo(partitions);
            String provenance = Files.readString(out.resolve("provenance.json"));
            assertThat(provenance).contains("\"engine\": \"spark\"").contains("\"master\": \"local[2]\"")
                .contains("\"partitions\": \"" + partitions + "\"");
        }
    }

    @Test
    void aBadExperimentFileFailsInTheDriverWithItsLine() throws Exception {
        Path bad = tmp.resolve("bad.yaml");
        Files.writeString(bad, "title: bad\nkind: compare\nreplicates: -3\n");
        StringWriter err = new StringWriter();
        int code = ClusterCli.execute(new String[] {"submit", bad.toString(), "--master", "local[1]", "--out",
            tmp.resolve("bad-out").toString()}, new PrintWriter(new StringWriter()), new PrintWriter(err, true));
        assertThat(code).isEqualTo(ClusterCli.EXIT_FAILURE);
        assertThat(err.toString()).contains("bad.yaml:3").contains("replicates");
        assertThat(tmp.resolve("bad-out")).doesNotExist();
    }
}
