package org.cascade.ui.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cascade.ui.CascadeUiApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * axe-core (the script Deque ships in its Maven artifact; no npm) run in headless Chromium over each page, with the
 * WCAG 2.1 A and AA rules (issue 10's target): no violation of serious or critical impact. Every violation found is
 * printed with its rule and elements.
 */
@SpringBootTest(classes = CascadeUiApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(AppIsUp.class)
class AccessibilityIT {
    private static ChromeDriver driver;
    private static String axe;

    @LocalServerPort
    int port;

    @BeforeAll
    static void browser() throws Exception {
        try (InputStream in = AccessibilityIT.class.getResourceAsStream("/axe.min.js")) {
            assertThat(in).as("axe.min.js from com.deque.html.axe-core:selenium").isNotNull();
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        driver = HeadlessChromium.start("1280,900");
    }

    @AfterAll
    static void close() {
        if (driver != null) {
            driver.quit();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "?lang=ru", "experiments", "compare", "model"})
    void noSeriousOrCriticalWcagViolation(String page) throws Exception {
        driver.get("http://localhost:" + port + "/" + page);
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(90));
        wait.until(d -> !d.findElements(By.cssSelector("#outlet, main, vaadin-app-layout")).isEmpty()
            && Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete' && !document.querySelector('.v-loading-indicator[style*=\"display: block\"]')")));
        if (page.isEmpty() || page.startsWith("?")) { // the explorer: its map and charts come with the first round trip
            wait.until(d -> !d.findElements(By.cssSelector("#map svg")).isEmpty());
        }
        Thread.sleep(1500); // let the first server round trip draw the view
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(axe);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> violations = (List<Map<String, Object>>) js.executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                + ".then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,"
                + " nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ' :: ' + (n.failureSummary || ''))}))))"
                + ".catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}]));");
        List<String> serious = new ArrayList<>();
        for (Map<String, Object> v : violations) {
            String line = ("[" + v.get("impact") + "] " + v.get("id") + ": " + v.get("help") + " " + v.get("nodes"))
                .replaceAll("\\s+", " ");
            System.out.println("[axe] /" + page + " " + line);
            if ("serious".equals(v.get("impact")) || "critical".equals(v.get("impact"))) {
                serious.add(line);
            }
        }
        assertThat(serious).as("WCAG 2.1 AA violations of serious or critical impact on /" + page).isEmpty();
    }
}
