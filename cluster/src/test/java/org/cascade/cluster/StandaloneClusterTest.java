package org.cascade.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.cascade.experiment.ExperimentSpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Spark standalone master and two workers as separate processes on 127.0.0.1 (their classes ship in spark-core):
 * an experiment submitted to them gives the same bytes as one machine, and again when one worker (with its
 * executor) is killed while tasks run, since Spark re-runs the lost tasks and a chunk's result does not depend on
 * where or how often it ran.
 */
class StandaloneClusterTest {
    @TempDir
    static Path tmp;
    private static final List<Process> processes = new ArrayList<>();
    private static String masterUrl;
    private static Process worker2;
    private static ExperimentSpec spec;
    private static Map<String, String> reference;

    @BeforeAll
    static void startCluster() throws Exception {
        spec = ClusterTestSupport.load("sweep-kill.yaml");
        reference = ClusterTestSupport.csvs(ClusterTestSupport.inProcess(spec, tmp.resolve("in-process")));
        Path home = tmp.resolve("spark-home");
        Files.createDirectories(home.resolve("jars"));
        Files.createDirectories(home.resolve("conf"));
        int port = freePort();
        masterUrl = "spark://127.0.0.1:" + port;
        Process master = start("master", "org.apache.spark.deploy.master.Master", home, "--host", "127.0.0.1",
            "--port", Integer.toString(port), "--webui-port", Integer.toString(freePort()));
        awaitLog(tmp.resolve("master.log"), "I have been elected leader", master);
        for (int w = 1; w <= 2; w++) {
            Process worker = start("worker" + w, "org.apache.spark.deploy.worker.Worker", home, "--host", "127.0.0.1",
                "--cores", "1", "--memory", "1g", "--webui-port", Integer.toString(freePort()), masterUrl);
            awaitLog(tmp.resolve("worker" + w + ".log"), "Successfully registered with master", worker);
            if (w == 2) {
                worker2 = worker;
            }
        }
    }

    @AfterAll
    static void stopCluster() {
        for (Process p : processes) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
    }

    private static Map<String, String> conf() {
        return Map.of("spark.ui.enabled", "false", "spark.driver.host", "127.0.0.1",
            "spark.executor.extraClassPath", classPath(), "spark.executor.extraJavaOptions", opens(),
            "spark.executor.memory", "768m", "spark.task.maxFailures", "4");
    }

    @Test
    void twoWorkersGiveTheSameBytesAsOneMachine() throws Exception {
        Path out = tmp.resolve("standalone");
        SparkExperiment.run(spec, masterUrl, 6, out, List.of("test"), conf(), p -> { });
        assertThat(ClusterTestSupport.csvs(out)).isEqualTo(reference);
        assertThat(Files.readString(out.resolve("provenance.json"))).contains("\"master\": \"" + masterUrl + "\"");
    }

    @Test
    void aWorkerKilledMidRunStillGivesTheSameBytes() throws Exception {
        Path out = tmp.resolve("killed");
        AtomicInteger tasks = new AtomicInteger();
        CompletableFuture<Void> run = CompletableFuture.runAsync(() -> {
            try {
                SparkExperiment.run(spec, masterUrl, 9, out, List.of("test"), conf(), p -> tasks.set(p.tasksDone()));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        long deadline = System.currentTimeMillis() + 120_000;
        while (tasks.get() < 1 && System.currentTimeMillis() < deadline && !run.isDone()) {
            Thread.sleep(20);
        }
        assertThat(run.isDone()).as("the run must still be going when the worker is killed").isFalse();
        int before = tasks.get();
        worker2.descendants().forEach(ProcessHandle::destroyForcibly);
        worker2.destroyForcibly();
        run.get(240, TimeUnit.SECONDS);
        assertThat(before).isLessThan(9);
        assertThat(ClusterTestSupport.csvs(out)).isEqualTo(reference);
    }

    private static Process start(String name, String mainClass, Path home, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx512m"));
        cmd.addAll(List.of(opens().split(" ")));
        // the job jar logs at WARN; the daemons log at INFO, since the test waits for their start-up lines
        cmd.add("-Dlog4j2.configurationFile=" + ClusterTestSupport.experiment("log4j2-daemons.properties"));
        cmd.addAll(List.of("-cp", classPath(), mainClass));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
            .redirectOutput(tmp.resolve(name + ".log").toFile());
        pb.environment().put("SPARK_HOME", home.toString());
        pb.environment().put("SPARK_SCALA_VERSION", "2.13");
        pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        pb.environment().put("SPARK_WORKER_DIR", tmp.resolve(name + "-work").toString());
        Process p = pb.start();
        processes.add(p);
        return p;
    }

    private static void awaitLog(Path log, String text, Process p) throws Exception {
        long deadline = System.currentTimeMillis() + 90_000;
        while (System.currentTimeMillis() < deadline) {
            if (Files.exists(log) && Files.readString(log).contains(text)) {
                return;
            }
            if (!p.isAlive()) {
                break;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("'" + text + "' did not appear in " + log + ":\n"
            + (Files.exists(log) ? Files.readString(log) : "(no log)"));
    }

    private static String classPath() {
        String cp = System.getProperty("surefire.test.class.path");
        return cp != null && !cp.isBlank() ? cp : System.getProperty("java.class.path");
    }

    private static String opens() {
        String o = System.getenv("SPARK_OPENS");
        return o == null ? "" : o.trim();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    static String pathSep() {
        return File.pathSeparator;
    }
}
