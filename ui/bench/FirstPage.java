import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * How long the explorer's first page takes: starts the packaged app (as {@code ./cascade start} does), waits for the
 * line that says it is up, then times a fresh headless Chromium from asking for the page until the map is drawn and
 * the run fields have values. That is the very first page of this JVM; then VISITS more first visits, each in a new
 * browser (no cache, no cookies). The browser is started before the app says it is up, as a person's would be;
 * each later one is given {@link #SETTLE_MS} to finish starting before it is timed.
 *
 * <pre>
 * java -cp CLASSPATH FirstPage.java JAR STARTS VISITS [READY_REGEX] [JVM_OPTION...]
 * </pre>
 *
 * READY_REGEX defaults to the app's ready line; pass {@code 'Started CascadeUiApplication'} to time from Spring's
 * started line instead (as the app announced itself before the ready line existed). Prints one line per page and a
 * summary (median and worst) with the load average.
 */
public class FirstPage {
    /** A fresh browser is given this long to finish starting before it is timed (the first one had longer). */
    static final long SETTLE_MS = 2000;
    static final String READY = "CASCADE explorer ready at (http://\\S+)";
    static final String PAGE_READY = "return !!(document.querySelector('#map svg') && document.getElementById('years')"
        + " && document.getElementById('years').value)";
    static final String BREAKDOWN = "var n=performance.getEntriesByType('navigation')[0];"
        + "var r=performance.getEntriesByType('resource');"
        + "return 'ttfb '+Math.round(n.responseStart)+' dcl '+Math.round(n.domContentLoadedEventEnd)"
        + "+' uidl '+r.filter(e=>e.name.includes('v-r=')).map(e=>Math.round(e.startTime)+'+'+Math.round(e.duration))"
        + ".join(',')+' bytes '+Math.round((n.transferSize+r.reduce((a,e)=>a+e.transferSize,0))/1024)+'kB'";

    public static void main(String[] a) throws Exception {
        Path jar = Path.of(a[0]);
        int starts = Integer.parseInt(a[1]);
        int visits = Integer.parseInt(a[2]);
        Pattern ready = Pattern.compile(a.length > 3 ? a[3] : READY);
        List<String> jvm = a.length > 4 ? List.of(a).subList(4, a.length) : List.of();
        List<Long> first = new ArrayList<>();
        List<Long> later = new ArrayList<>();
        List<Long> up = new ArrayList<>();
        for (int s = 0; s < starts; s++) {
            int port = freePort();
            Path data = Files.createTempDirectory("cascade-bench");
            List<String> cmd = new ArrayList<>();
            cmd.add(ProcessHandle.current().info().command().orElse("java"));
            cmd.add("-Xmx512m");
            cmd.addAll(jvm);
            cmd.addAll(List.of("-jar", jar.toString(), "--server.port=" + port));
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
            pb.environment().put("CASCADE_DATA", data.toString());
            CompletableFuture<ChromeDriver> browser = CompletableFuture.supplyAsync(FirstPage::browser);
            long t0 = System.nanoTime();
            Process app = pb.start();
            Path log = Files.createTempFile("cascade-bench", ".log");
            try {
                BufferedReader out = new BufferedReader(new InputStreamReader(app.getInputStream(),
                    StandardCharsets.UTF_8));
                PrintWriter logw = new PrintWriter(Files.newBufferedWriter(log), true);
                String line;
                while ((line = out.readLine()) != null) {
                    logw.println(line);
                    if (ready.matcher(line).find()) {
                        break;
                    }
                }
                if (line == null) {
                    throw new IllegalStateException("the app ended before saying it is up; log " + log);
                }
                long upMs = (System.nanoTime() - t0) / 1_000_000;
                up.add(upMs);
                Thread drain = new Thread(() -> {
                    try {
                        out.lines().forEach(logw::println);
                    } catch (java.io.UncheckedIOException e) {
                        // the app has stopped
                    }
                });
                drain.setDaemon(true);
                drain.start();
                String url = "http://localhost:" + port + "/";
                ChromeDriver d = browser.join();
                try {
                    long ms = load(d, url);
                    first.add(ms);
                    System.out.printf("start %d: up after %d ms; very first page %d ms (%s)%n", s + 1, upMs, ms,
                        ((JavascriptExecutor) d).executeScript(BREAKDOWN));
                } finally {
                    d.quit();
                }
                for (int v = 0; v < visits; v++) {
                    ChromeDriver d2 = browser();
                    Thread.sleep(SETTLE_MS); // a browser that has just started is still busy with itself
                    try {
                        long ms = load(d2, url);
                        later.add(ms);
                        System.out.printf("start %d: fresh browser %d: %d ms (%s)%n", s + 1, v + 1, ms,
                            ((JavascriptExecutor) d2).executeScript(BREAKDOWN));
                    } finally {
                        d2.quit();
                    }
                }
            } finally {
                app.destroy();
                if (!app.waitFor(20, TimeUnit.SECONDS)) {
                    app.destroyForcibly();
                }
            }
        }
        System.out.printf("load average %.2f (%d cores)%n",
            ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
            Runtime.getRuntime().availableProcessors());
        System.out.println("app up after (ms):      " + summary(up));
        System.out.println("very first page (ms):   " + summary(first));
        if (!later.isEmpty()) {
            System.out.println("later first visits (ms): " + summary(later));
        }
    }

    static long load(ChromeDriver d, String url) {
        long t0 = System.nanoTime();
        d.get(url);
        WebDriverWait w = new WebDriverWait(d, Duration.ofSeconds(60));
        w.pollingEvery(Duration.ofMillis(20));
        w.until(x -> Boolean.TRUE.equals(((JavascriptExecutor) x).executeScript(PAGE_READY)));
        return (System.nanoTime() - t0) / 1_000_000;
    }

    static ChromeDriver browser() {
        try {
            ChromeOptions o = new ChromeOptions();
            o.setBinary("/usr/bin/chromium");
            o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--window-size=1280,900",
                "--user-data-dir=" + Files.createTempDirectory("cascade-bench-chrome"));
            return new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build(), o);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String summary(List<Long> xs) {
        List<Long> s = new ArrayList<>(xs);
        Collections.sort(s);
        long median = s.size() % 2 == 1 ? s.get(s.size() / 2) : (s.get(s.size() / 2 - 1) + s.get(s.size() / 2)) / 2;
        return "median " + median + ", worst " + s.get(s.size() - 1) + " of " + s.size() + " " + xs;
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
