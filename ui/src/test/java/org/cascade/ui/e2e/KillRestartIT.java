package org.cascade.ui.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The app as a process, killed mid-experiment (SIGKILL: no shutdown hook runs) and started again on the same data
 * directory: the experiment shows as interrupted, never as complete, and the H2 file opens consistent. On the way,
 * the time another session's explorer page takes to load is measured idle and while the experiment runs (issue 8:
 * within 2x of idle). Runs the packaged jar (failsafe runs after {@code package}), as {@code ./cascade start} does.
 */
class KillRestartIT {
    private static final Pattern RUNS = Pattern.compile("(\\d+) of (\\d+) runs");
    /** A long ensemble: at some 4 ms a run on one engine thread it would take minutes. */
    private static final String LONG_ENSEMBLE = """
        title: Long ensemble to be killed
        kind: ensemble
        replicates: 40000
        master_seed: 3
        years: 20
        uncertainty: both
        horizons: [2030]
        arms:
          - name: baseline
            scenario: baseline
        """;

    private final List<Process> apps = new ArrayList<>();
    private ChromeDriver driver;

    @AfterEach
    void stop() {
        if (driver != null) {
            driver.quit();
        }
        apps.forEach(Process::destroyForcibly);
    }

    @Test
    void anExperimentRunningWhenTheAppIsKilledShowsAsInterruptedAfterARestart() throws Exception {
        Path jar = Path.of("target", "cascade-ui.jar");
        assertThat(jar).as("the packaged app (mvn package runs before the ITs)").exists();
        Path data = Files.createTempDirectory("cascade-kill");
        int port = freePort();
        String base = "http://localhost:" + port + "/";
        Process first = start(jar, data, port, "first");
        driver = HeadlessChromium.start("1280,900");

        load(base); // the first page of a fresh JVM compiles and caches; not counted
        List<Long> idle = loads(base, 3);

        driver.get(base + "experiments");
        waitUpTo(90).until(d -> !d.findElements(By.id("experiment-yaml")).isEmpty());
        WebElement yaml = driver.findElement(By.cssSelector("[id='experiment-yaml'] textarea"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];"
            + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
            + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", yaml, LONG_ENSEMBLE);
        driver.findElement(By.id("run-yaml")).click();
        waitUpTo(90).until(d -> d.getCurrentUrl().contains("/experiments/") && runsDone(d.findElement(
            By.id("experiment-status")).getText()) > 0);
        String experiment = driver.getCurrentUrl().substring(driver.getCurrentUrl().lastIndexOf('/') + 1);
        assertThat(driver.findElement(By.id("experiment-status")).getText()).contains("running");

        List<Long> busy = loads(base, 3); // fresh sessions while the experiment runs
        long idleMedian = median(idle);
        long busyMedian = median(busy);
        String timings = "explorer page ready, idle " + idle + " ms, while an experiment runs " + busy + " ms; medians "
            + idleMedian + " / " + busyMedian + " ms";
        System.out.println(timings);
        Files.writeString(Path.of("target", "explorer-load-while-experiment.txt"), timings + "\n");
        // the issue asks for 2x; 500 ms of slack absorbs a single scheduling hiccup on a page that loads in ~1 s
        assertThat(busyMedian).as(timings).isLessThanOrEqualTo(2 * idleMedian + 500);

        driver.get(base + "experiments/" + experiment);
        waitUpTo(60).until(d -> runsDone(d.findElement(By.id("experiment-status")).getText()) > 0);
        first.destroyForcibly().waitFor();

        start(jar, data, port, "second");
        driver.get(base + "experiments/" + experiment);
        waitUpTo(90).until(d -> !d.findElements(By.id("experiment-status")).isEmpty()
            && !d.findElement(By.id("experiment-status")).getText().isBlank());
        String status = driver.findElement(By.id("experiment-status")).getText();
        assertThat(status).contains("interrupted").doesNotContain("done");
        assertThat(runsDone(status)).isLessThan(40000);
        HeadlessChromium.screenshot(driver, "experiment-interrupted");
        driver.get(base + "experiments");
        waitUpTo(60).until(d -> !d.findElements(By.id("experiment-grid")).isEmpty());
        waitUpTo(30).until(d -> d.findElement(By.id("experiment-grid")).getText().contains("Long ensemble"));
        assertThat(driver.findElement(By.id("experiment-grid")).getText()).containsIgnoringCase("interrupted");

        Process second = apps.get(apps.size() - 1);
        second.destroy(); // a polite stop this time, so that the file can be opened below
        second.waitFor();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + data.resolve("cascade"), "sa", "");
             ResultSet r = c.createStatement().executeQuery("SELECT status, finished_at FROM experiment WHERE id = '"
                 + experiment + "'")) {
            assertThat(r.next()).isTrue();
            assertThat(r.getString(1)).isEqualTo("INTERRUPTED");
            assertThat(r.getTimestamp(2)).as("when it was found interrupted").isNotNull();
        }
    }

    private Process start(Path jar, Path data, int port, String name) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Path log = Path.of("target", "kill-restart-" + name + ".log");
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx512m", "-jar", jar.toString(), "--server.port=" + port)
            .redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("CASCADE_DATA", data.toAbsolutePath().toString());
        Process p = pb.start();
        apps.add(p);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(240).toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(p.isAlive()).as("the app stays up; its log: " + log.toAbsolutePath()).isTrue();
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return p;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the app did not answer within 240 s; its log: " + log.toAbsolutePath());
    }

    /** Milliseconds from asking for the explorer until its map and fields are drawn, in a new session each time. */
    private List<Long> loads(String base, int n) {
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(load(base));
        }
        return out;
    }

    private long load(String base) {
        driver.manage().deleteAllCookies(); // a new Vaadin session: another person's first page
        long t0 = System.nanoTime();
        driver.get(base);
        waitUpTo(90).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
            "return !!(document.querySelector('#map svg') && document.getElementById('years')"
                + " && document.getElementById('years').value)")));
        return (System.nanoTime() - t0) / 1_000_000;
    }

    private WebDriverWait waitUpTo(int seconds) {
        WebDriverWait w = new WebDriverWait(driver, Duration.ofSeconds(seconds));
        w.pollingEvery(Duration.ofMillis(50));
        return w;
    }

    private static long runsDone(String status) {
        Matcher m = RUNS.matcher(status);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    private static long median(List<Long> xs) {
        List<Long> s = new ArrayList<>(xs);
        Collections.sort(s);
        return s.get(s.size() / 2);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
