package org.cascade.ui.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.cascade.ui.run.WarmUp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 10's "first page within 2 s of the app being up": the packaged app as a process (as {@code ./cascade start}
 * runs it) says it is ready only after its warm-up, and the very first explorer page a browser asks for after that
 * line shows its map and run fields within {@link #BOUND_MS} (looser than the 2 s target: test machines are busy;
 * ui/bench/first-page.sh measures it properly). The browser is started while the app starts, as a person's would
 * already be open.
 */
class FirstPageIT {
    /** The regression bound for the very first page, in milliseconds. */
    static final long BOUND_MS = 3000;
    private Process app;
    private ChromeDriver driver;

    @AfterEach
    void stop() throws InterruptedException {
        if (driver != null) {
            driver.quit();
        }
        if (app != null) {
            app.destroy();
            if (!app.waitFor(20, TimeUnit.SECONDS)) {
                app.destroyForcibly();
            }
        }
    }

    @Test
    void theVeryFirstPageAfterTheReadyLineIsUsableWithinTheBound() throws Exception {
        Path jar = Path.of("target", "cascade-ui.jar");
        assertThat(jar).as("the packaged app (mvn package runs before the ITs)").exists();
        int port = freePort();
        Path log = Path.of("target", "first-page-app.log");
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx512m", "-jar", jar.toString(), "--server.port=" + port)
            .redirectErrorStream(true);
        pb.environment().put("CASCADE_DATA", Files.createTempDirectory("cascade-first").toString());
        CompletableFuture<ChromeDriver> browser = CompletableFuture.supplyAsync(() -> {
            try {
                return HeadlessChromium.start("1280,900");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        app = pb.start();

        List<String> before = new ArrayList<>();
        String readyLine = null;
        BufferedReader out = new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8));
        PrintWriter logw = new PrintWriter(Files.newBufferedWriter(log), true);
        String line;
        while ((line = out.readLine()) != null) {
            logw.println(line);
            if (line.contains(WarmUp.READY)) {
                readyLine = line;
                break;
            }
            before.add(line);
        }
        assertThat(readyLine).as("the app says it is ready; its log: " + log.toAbsolutePath()).isNotNull();
        Thread drain = new Thread(() -> {
            try {
                out.lines().forEach(logw::println);
            } catch (UncheckedIOException e) {
                // the app has stopped
            }
        });
        drain.setDaemon(true);
        drain.start();
        String url = "http://localhost:" + port + "/";
        assertThat(readyLine).contains(WarmUp.READY + " " + url);
        assertThat(before).as("the warm-up, the page's and the model's, comes before the ready line")
            .anyMatch(l -> l.contains("warm-up:") && l.contains("explorer pages"))
            .anyMatch(l -> l.contains("warm-up:") && l.contains("model runs"))
            .noneMatch(l -> l.contains("warm-up of the explorer page failed"));

        driver = browser.join();
        long t0 = System.nanoTime();
        driver.get(url);
        WebDriverWait w = new WebDriverWait(driver, Duration.ofSeconds(60));
        w.pollingEvery(Duration.ofMillis(20));
        w.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
            "return !!(document.querySelector('#map svg') && document.getElementById('years')"
                + " && document.getElementById('years').value)")));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        String measured = "very first explorer page after the ready line: " + ms + " ms (bound " + BOUND_MS
            + " ms, target 2000 ms); load average " + String.format("%.2f",
            ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.println(measured);
        Files.writeString(Path.of("target", "first-page.txt"), measured + "\n");
        assertThat(ms).as(measured).isLessThanOrEqualTo(BOUND_MS);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
