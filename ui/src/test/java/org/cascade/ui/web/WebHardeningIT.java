package org.cascade.ui.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.cascade.ui.CascadeUiApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Security headers, the session cookie, a real 404 for unknown addresses and an HTML error page, over HTTP. */
@SpringBootTest(classes = CascadeUiApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebHardeningIT {
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
            HttpResponse.BodyHandlers.ofString());
    }

    private static String header(HttpResponse<?> r, String name) {
        return r.headers().firstValue(name).orElse("");
    }

    @Test
    void theStartPageCarriesTheSecurityHeadersAndALaxHttpOnlySessionCookie() throws Exception {
        HttpResponse<String> r = get("/");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(header(r, "Content-Security-Policy"))
            .contains("script-src 'self' 'unsafe-inline' 'unsafe-eval'", "style-src 'self' 'unsafe-inline'",
                "img-src 'self' data: blob:", "connect-src 'self'", "frame-ancestors 'none'", "object-src 'none'",
                "base-uri 'self'")
            .doesNotContain("*");
        assertThat(header(r, "X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(header(r, "Referrer-Policy")).isEqualTo("same-origin");
        String cookie = r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
            .findFirst().orElseThrow(() -> new AssertionError("no session cookie on " + r.headers().map()));
        assertThat(cookie).containsIgnoringCase("SameSite=Lax").containsIgnoringCase("HttpOnly");
    }

    @Test
    void anUnknownAddressAnswers404WithASentenceAndKnownPagesStay200() throws Exception {
        HttpResponse<String> missing = get("/no/such/page");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(header(missing, "Content-Type")).startsWith("text/html");
        assertThat(missing.body()).contains("Page not found", "There is no page at 'no/such/page'.",
            "Back to the explorer");
        assertThat(header(missing, "Content-Security-Policy")).contains("frame-ancestors 'none'");

        assertThat(get("/model").statusCode()).isEqualTo(200);
        HttpResponse<String> shared = get("/?scenario=baseline&seed=7");
        assertThat(shared.statusCode()).isEqualTo(200);
        assertThat(shared.body()).doesNotContain("Page not found");
    }

    @Test
    void theErrorAddressIsAnHtmlPageWithARealStatusAndALinkHome() throws Exception {
        HttpResponse<String> r = get("/error");
        assertThat(r.statusCode()).isEqualTo(500);
        assertThat(header(r, "Content-Type")).startsWith("text/html");
        assertThat(r.body()).startsWith("<!DOCTYPE html>").contains("Something went wrong on the server")
            .contains("<a href=\"/\">Back to the explorer</a>").doesNotContain("999").doesNotContain("\"status\"");
        assertThat(header(r, "X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void aLinkOverEightKilobytesGetsTheAppsOwnPageAndOneUnderItOpens() throws Exception {
        HttpResponse<String> tooLong = get("/?scenario=baseline&p.x=" + "1".repeat(20_000));
        assertThat(tooLong.statusCode()).isEqualTo(414);
        assertThat(header(tooLong, "Content-Type")).startsWith("text/html");
        assertThat(tooLong.body()).startsWith("<!DOCTYPE html>").contains("This link is too long for the explorer (20 kB")
            .contains("Back to the explorer");
        assertThat(header(tooLong, "Content-Security-Policy")).contains("frame-ancestors 'none'");
        assertThat(get("/?scenario=baseline&p.x=" + "1".repeat(7_000)).statusCode()).isEqualTo(200);
    }

    @Test
    void theStartPageAndTheStylesAreCompressedForABrowserThatAcceptsGzip() throws Exception {
        for (String path : List.of("/", "/lumo/lumo.css")) {
            HttpResponse<byte[]> plain = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + path)).build(), HttpResponse.BodyHandlers.ofByteArray());
            HttpResponse<byte[]> gzip = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + path)).header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(gzip.statusCode()).isEqualTo(200);
            assertThat(header(gzip, "Content-Encoding")).as(path).isEqualTo("gzip");
            assertThat(header(plain, "Content-Encoding")).as(path).isEmpty();
            // the page (its view built in) and Lumo's styles are each some 200 kB; compressed, a fifth of that
            assertThat(gzip.body().length).as(path).isLessThan(plain.body().length / 3);
            String unzipped = new String(new GZIPInputStream(new ByteArrayInputStream(gzip.body())).readAllBytes(),
                StandardCharsets.UTF_8);
            assertThat(unzipped).as(path).contains(path.equals("/") ? "region-map" : "--lumo-");
        }
    }

    @Test
    void thePageSaysWhichLanguageItIsIn() throws Exception {
        assertThat(get("/?lang=ru").body()).containsPattern("<html[^>]* lang=\"ru\"");
        assertThat(get("/").body()).containsPattern("<html[^>]* lang=\"en\"");
        HttpResponse<String> russianBrowser = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
            .header("Accept-Language", "ru-RU,ru;q=0.9").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(russianBrowser.body()).containsPattern("<html[^>]* lang=\"ru\"");
        assertThat(get("/?lang=xx").body()).containsPattern("<html[^>]* lang=\"en\"");
    }

    @Test
    void theStartPageNamesVaadinsClientModulesForPreloadingAndEachExists() throws Exception {
        String page = get("/").body();
        List<String> modules = Pattern.compile("<link rel=\"modulepreload\" href=\"\\./([^\"]+)\">").matcher(page)
            .results().map(m -> m.group(1)).toList();
        // the bootstrap, the components (and the chunks they need) and the client, which the first script imports
        assertThat(modules).anyMatch(m -> m.contains("FlowBootstrap-")).anyMatch(m -> m.contains("FlowClient-"))
            .anyMatch(m -> m.contains("generated-flow-imports-")).doesNotHaveDuplicates();
        for (String module : modules) {
            HttpResponse<String> r = get("/" + module);
            assertThat(r.statusCode()).as(module).isEqualTo(200);
            assertThat(header(r, "Content-Type")).as(module).contains("javascript");
        }
    }
}
