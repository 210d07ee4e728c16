package org.cascade.ui.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.cascade.ui.CascadeUiApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A parameter sweep in headless Chromium: the form, Run, the finished page, a chart saved as PNG from the page, from
 * the embedded report and from the downloaded self-contained report (the bytes the browser would save are read back
 * and must be a PNG), and one design point opened as its ensemble. The sensitivity form is shown too. Screenshots go
 * to target/screenshots/.
 */
@SpringBootTest(classes = CascadeUiApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(AppIsUp.class)
class SweepIT {
    /**
     * Keeps what the page would save instead of saving it: each download's file name and the blob behind its URL (the
     * page's security policy does not let a script fetch a blob: URL back).
     */
    private static final String CAPTURE_DOWNLOADS = """
        window.__saved = [];
        window.__blobs = window.__blobs || {};
        if (!window.__captured) {
          window.__captured = true;
          var create = URL.createObjectURL;
          URL.createObjectURL = function (b) { var u = create.call(URL, b); window.__blobs[u] = b; return u; };
          var click = HTMLAnchorElement.prototype.click;
          HTMLAnchorElement.prototype.click = function () {
            if (this.download) { window.__saved.push({name: this.download, href: this.href}); return; }
            return click.apply(this, arguments);
          };
        }
        """;
    private static final String FIRST_BYTES = """
        var done = arguments[arguments.length - 1];
        window.__blobs[window.__saved[arguments[0]].href].arrayBuffer()
          .then(function (b) { done(Array.from(new Uint8Array(b).slice(0, 8))); });
        """;
    private static final List<Long> PNG_MAGIC = List.of(137L, 80L, 78L, 71L, 13L, 10L, 26L, 10L);
    private static ChromeDriver driver;

    @LocalServerPort
    int port;

    @BeforeAll
    static void browser() throws Exception {
        driver = HeadlessChromium.start("1400,1800");
    }

    @AfterAll
    static void close() {
        if (driver != null) {
            driver.quit();
        }
    }

    private static WebDriverWait waitUpTo(int seconds) {
        WebDriverWait w = new WebDriverWait(driver, Duration.ofSeconds(seconds));
        w.pollingEvery(Duration.ofMillis(50));
        return w;
    }

    private static void type(String id, String text) {
        WebElement input = driver.findElement(By.cssSelector("[id='" + id + "'] input"));
        js("arguments[0].scrollIntoView({block: 'center'});", input);
        input.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), text + "\t");
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Clicks {@code target}, waits for the download it starts and returns the saved file's name and first bytes. */
    @SuppressWarnings("unchecked")
    private static String savedPng(WebElement target) {
        js(CAPTURE_DOWNLOADS);
        js("arguments[0].scrollIntoView({block: 'center'});", target);
        target.click();
        waitUpTo(30).until(d -> ((Number) js("return window.__saved.length;")).intValue() > 0);
        List<Long> bytes = (List<Long>) ((JavascriptExecutor) driver).executeAsyncScript(FIRST_BYTES, 0);
        assertThat(bytes).as("PNG signature").isEqualTo(PNG_MAGIC);
        return (String) js("return window.__saved[0].name;");
    }

    @Test
    void aSweepFromTheFormToItsChartsAsPngAndAPointsEnsemble() throws Exception {
        String base = "http://localhost:" + port + "/";
        driver.get(base + "sensitivity");
        waitUpTo(60).until(d -> !d.findElements(By.id("sensitivity-run")).isEmpty());
        assertThat(driver.findElement(By.id("sensitivity-runs")).getText()).contains("runs");
        HeadlessChromium.screenshot(driver, "sensitivity-form");

        driver.get(base + "sweep");
        waitUpTo(60).until(d -> !d.findElements(By.id("sweep-run")).isEmpty());
        type("sweep-replicates", "3");
        type("sweep-years", "2");
        type("sweep-horizons", "2026");
        type("sweep-steps-1", "3");
        waitUpTo(10).until(d -> d.findElement(By.id("sweep-runs")).getText().startsWith("3 design points × 3 replicates = 9 runs"));
        HeadlessChromium.screenshot(driver, "sweep-form");
        String exported = (String) ((JavascriptExecutor) driver).executeAsyncScript("var done = arguments[1];"
            + "fetch(arguments[0]).then(function (r) { return r.text(); }).then(done);",
            driver.findElement(By.id("sweep-export")).getDomAttribute("href"));
        assertThat(org.cascade.experiment.ExperimentLoader.parse("sweep.yaml", exported, null).runCount())
            .as(exported).isEqualTo(9);
        driver.findElement(By.id("sweep-run")).click();
        waitUpTo(120).until(d -> d.getCurrentUrl().contains("/experiments/")
            && d.findElement(By.id("experiment-status")).getText().contains("done"));
        HeadlessChromium.screenshot(driver, "sweep-result");

        String name = savedPng(driver.findElement(By.id("download-chart-1-png")));
        assertThat(name).endsWith("-chart-1.png");
        assertThat(savedPng(driver.findElement(By.cssSelector("#experiment-report button.chart-png"))))
            .isEqualTo("chart-1.png");

        String experiment = driver.getCurrentUrl();
        driver.findElement(By.id("sweep-point-2")).click();
        waitUpTo(30).until(d -> !d.findElements(By.cssSelector("#point-charts svg")).isEmpty());
        assertThat(driver.findElement(By.id("point-title")).getText()).endsWith("Design point 2 of 3");
        HeadlessChromium.screenshot(driver, "sweep-point");
        assertThat(savedPng(driver.findElement(By.cssSelector("#point-charts button.chart-png"))))
            .isEqualTo("point-2-chart-1.png");

        driver.get(experiment);
        waitUpTo(30).until(d -> !d.findElements(By.id("download-report")).isEmpty());
        driver.get(base + driver.findElement(By.id("download-report")).getDomAttribute("href"));
        waitUpTo(30).until(d -> !d.findElements(By.cssSelector("button.chart-png")).isEmpty());
        assertThat(savedPng(driver.findElement(By.cssSelector("button.chart-png")))).isEqualTo("chart-1.png");
    }
}
