package org.cascade.ui.run;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cascade.params.ParameterSet;
import org.cascade.results.RunResult;
import org.cascade.run.ModelRun;
import org.cascade.scenario.Scenario;
import org.cascade.ui.charts.ChartBuilders;
import org.cascade.ui.charts.ChartRenderer;
import org.cascade.ui.map.MapRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Warms the app up before it says it is ready, so that neither the first person's page nor their first Run waits
 * for class loading and the JIT. Once the server is up, two threads work side by side: one runs the first scenario
 * and renders every chart and the map a few times (a cold first Run takes about 2.5 s, a warm one under 1 s); the
 * other asks the app itself over HTTP for the explorer page as a browser does (the page, with its view built on the
 * server, then its scripts and styles, then one round trip), in English and in Russian (a cold first page costs
 * the server 1 to 4 s, a warm one some 0.1 s). The warm-up's own sessions are then closed, and only then the app
 * logs {@value #READY} with its address. A failing warm-up logs a warning and the app is announced all the same.
 */
@Component
public class WarmUp implements VaadinServiceInitListener {
    /** The start of the line that says the app is up: the launcher's user and the tests wait for it. */
    public static final String READY = "CASCADE explorer ready at";
    /** Marks the warm-up's own requests, so that their sessions can be closed afterwards. */
    static final String HEADER = "X-Cascade-Warm-Up";
    /**
     * Explorer pages asked for in English: the first, cold, takes the server 3 to 5 s, the second some 0.3 s, and
     * from about the tenth they take 0.1 to 0.15 s.
     */
    static final int PAGES = 15;
    /** Explorer pages asked for in Russian (the other language's texts, scenario texts and labels). */
    static final int PAGES_RU = 3;
    private static final Logger LOG = LoggerFactory.getLogger(WarmUp.class);
    private static final Pattern ASSET = Pattern.compile("(?:src|href)=\"(?:\\./)?((?:VAADIN|lumo|styles)/[^\"]+)\"");
    private static final Pattern IMPORT = Pattern.compile("[\"'`]\\./([\\w.-]+\\.js)[\"'`]");
    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\":(\\d+)");
    private static final Pattern CSRF = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");

    private final ScenarioCatalog catalog;
    private final String token = UUID.randomUUID().toString();
    private final Set<VaadinSession> sessions = ConcurrentHashMap.newKeySet();
    private final CompletableFuture<String> ready = new CompletableFuture<>();

    public WarmUp(ScenarioCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> {
            VaadinRequest r = e.getRequest();
            if (r != null && token.equals(r.getHeader(HEADER))) {
                sessions.add(e.getSession());
            }
        });
    }

    @EventListener(ApplicationReadyEvent.class)
    public void start(ApplicationReadyEvent event) {
        String url = address(event.getApplicationContext());
        if (Boolean.getBoolean("cascade.ui.nowarmup")) {
            announce(url, 0);
            return;
        }
        Thread t = new Thread(() -> warm(url), "cascade-warmup");
        t.setDaemon(true);
        t.start();
    }

    /** Completes with the app's address once it has said it is ready (after the warm-up). */
    public CompletableFuture<String> ready() {
        return ready;
    }

    /** How many of the warm-up's sessions are still open (none once the app is ready). */
    int openSessions() {
        return sessions.size();
    }

    /** Warms the model and the page side by side, then says the app is ready, whether or not the warm-up worked. */
    void warm(String url) {
        long t0 = System.nanoTime();
        try {
            CompletableFuture<Void> model = CompletableFuture.runAsync(this::warmModel, r -> {
                Thread t = new Thread(r, "cascade-warmup-model");
                t.setDaemon(true);
                t.start();
            });
            try {
                if (url != null) {
                    warmPages(url);
                }
            } catch (IOException | RuntimeException e) {
                LOG.warn("warm-up of the explorer page failed, the first page may be slow: {}", e.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                closeSessions();
            }
            model.join();
        } catch (RuntimeException e) {
            LOG.warn("warm-up stopped: {}", e.toString());
        } finally {
            announce(url, (System.nanoTime() - t0) / 1_000_000);
        }
    }

    private void announce(String url, long ms) {
        if (url != null) {
            LOG.info("{} {}{}", READY, url, ms > 0 ? " (warmed up in " + ms + " ms)" : "");
        }
        ready.complete(url);
    }

    void warmModel() {
        long t0 = System.nanoTime();
        try {
            Scenario s = catalog.all().get(0);
            for (int i = 0; i < 3; i++) {
                RunResult r = ModelRun.run(s, ParameterSet.defaults(), i + 1, 20);
                List<Integer> marks = s.events().stream().map(e -> e.step()).toList();
                ChartRenderer.svg(ChartBuilders.trade(r, RunSettings.DEFAULT_PAIRS, marks), 600, 300);
                ChartRenderer.svg(ChartBuilders.gdp(r, marks), 600, 300);
                ChartRenderer.svg(ChartBuilders.corridor(r, marks), 600, 380);
                ChartRenderer.svg(ChartBuilders.trustMatrix(r, r.lastStep()), 600, 380);
                ChartRenderer.svg(ChartBuilders.disputes(r, marks), 600, 440);
                ChartRenderer.svg(ChartBuilders.investment(r, 6, marks), 600, 300);
                MapRenderer.render(r, r.lastStep());
            }
            LOG.info("warm-up: model runs and charts in {} ms", (System.nanoTime() - t0) / 1_000_000);
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("warm-up of the model skipped: {}", e.toString());
        }
    }

    /**
     * The explorer page as a browser gets it: the page (Vaadin builds the view into it), the scripts and styles it
     * names and the modules the first script imports, and one round trip of the page's UI. In a session of its own
     * per language; the sessions are closed afterwards.
     */
    void warmPages(String url) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        HttpClient en = client();
        List<Long> ms = new java.util.ArrayList<>();
        for (int i = 0; i < PAGES; i++) {
            long p0 = System.nanoTime();
            String page = page(en, url, "en-US,en;q=0.9");
            ms.add((System.nanoTime() - p0) / 1_000_000);
            if (i == 0) {
                assets(en, url, page);
            }
        }
        HttpClient ru = client();
        for (int i = 0; i < PAGES_RU; i++) {
            long p0 = System.nanoTime();
            page(ru, url, "ru-RU,ru;q=0.9");
            ms.add((System.nanoTime() - p0) / 1_000_000);
        }
        LOG.info("warm-up: {} explorer pages in {} ms ({} ms each)", PAGES + PAGES_RU,
            (System.nanoTime() - t0) / 1_000_000, ms);
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(5))
            .build();
    }

    private HttpRequest.Builder request(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).header(HEADER, token);
    }

    /** One explorer page, then one round trip of its UI as the page's script makes it; returns the page. */
    private String page(HttpClient http, String url, String language) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(request(url).header("Accept", "text/html")
            .header("Accept-Language", language).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IOException("the explorer page answered " + r.statusCode());
        }
        Matcher ui = UI_ID.matcher(r.body());
        Matcher csrf = CSRF.matcher(r.body());
        if (ui.find() && csrf.find()) {
            String body = "{\"csrfToken\":\"" + csrf.group(1) + "\",\"rpc\":[],\"syncId\":0,\"clientId\":0}";
            http.send(request(url + "?v-r=uidl&v-uiId=" + ui.group(1)).header("Content-Type",
                "application/json; charset=UTF-8").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.discarding());
        }
        return r.body();
    }

    /** The scripts and styles the page names, and the modules its scripts import (as the browser fetches them). */
    private void assets(HttpClient http, String url, String page) throws IOException, InterruptedException {
        Set<String> paths = new LinkedHashSet<>();
        Matcher m = ASSET.matcher(page);
        while (m.find()) {
            paths.add(m.group(1).replace("&amp;", "&"));
        }
        for (String path : List.copyOf(paths)) {
            asset(http, url + path);
            if (path.endsWith(".js")) {
                HttpResponse<String> r = http.send(request(url + path).header("Accept-Encoding", "identity").build(),
                    HttpResponse.BodyHandlers.ofString());
                String dir = path.substring(0, path.lastIndexOf('/') + 1);
                Matcher i = IMPORT.matcher(r.statusCode() == 200 ? r.body() : "");
                while (i.find()) {
                    if (paths.add(dir + i.group(1))) {
                        asset(http, url + dir + i.group(1));
                    }
                }
            }
        }
    }

    private void asset(HttpClient http, String url) throws IOException, InterruptedException {
        http.send(request(url).header("Accept-Encoding", "gzip, deflate, br").build(),
            HttpResponse.BodyHandlers.discarding());
    }

    private void closeSessions() {
        for (VaadinSession s : List.copyOf(sessions)) {
            try {
                if (s.getSession() != null) {
                    s.getSession().invalidate();
                }
            } catch (IllegalStateException e) {
                // already invalidated
            }
            sessions.remove(s);
        }
    }

    /** The app's own address, e.g. http://localhost:8080/, or null without a web server (some tests). */
    private static String address(ApplicationContext context) {
        if (context instanceof WebServerApplicationContext web && web.getWebServer() != null
            && web.getWebServer().getPort() > 0) {
            String path = context.getEnvironment().getProperty("server.servlet.context-path", "");
            return "http://localhost:" + web.getWebServer().getPort() + path.replaceAll("/+$", "") + "/";
        }
        return null;
    }
}
