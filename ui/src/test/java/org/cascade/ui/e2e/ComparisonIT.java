package org.cascade.ui.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
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
 * A paired comparison in headless Chromium, as a think tank would run it: the form (two arms, one with the corridor
 * tariff halved), Run, the experiment page until done, the report on the page, and the downloaded HTML report and
 * difference table. Screenshots go to target/screenshots/.
 */
@SpringBootTest(classes = CascadeUiApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(AppIsUp.class)
class ComparisonIT {
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
        WebElement input = driver.findElement(By.cssSelector("[id='" + id + "'] input, [id='" + id + "'] textarea"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", input);
        input.clear();
        input.sendKeys(text + "\t");
    }

    private static void shot(String name) throws Exception {
        HeadlessChromium.screenshot(driver, name);
    }

    @Test
    void aComparisonFromTheFormToTheDownloadedReport() throws Exception {
        String base = "http://localhost:" + port + "/";
        driver.get(base + "compare");
        waitUpTo(60).until(d -> !d.findElements(By.id("compare-run")).isEmpty());
        type("compare-replicates", "10");
        type("compare-years", "5");
        type("compare-horizons", "2027, 2029");
        type("arm-changes-1", "route.middle-corridor.tariff = 80");
        shot("compare-form");
        driver.findElement(By.id("compare-run")).click();
        waitUpTo(120).until(d -> d.getCurrentUrl().contains("/experiments/")
            && d.findElement(By.id("experiment-status")).getText().contains("done"));
        assertThat(driver.findElement(By.id("experiment-status")).getText()).contains("20 of 20 runs");
        WebElement report = driver.findElement(By.id("experiment-report"));
        assertThat(report.findElements(By.cssSelector("svg"))).isNotEmpty();
        assertThat(report.getText()).contains("difference");
        shot("compare-result");

        String reportHref = driver.findElement(By.id("download-report")).getDomAttribute("href");
        String diffHref = driver.findElement(By.id("download-differences-csv")).getDomAttribute("href");
        String chartHref = driver.findElement(By.id("download-chart-1")).getDomAttribute("href");
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> html = http.send(HttpRequest.newBuilder(URI.create(base + reportHref)).build(),
            HttpResponse.BodyHandlers.ofString());
        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(html.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(html.body()).startsWith("<!DOCTYPE html>").contains("<svg").contains("cascade compare");
        HttpResponse<String> diff = http.send(HttpRequest.newBuilder(URI.create(base + diffHref)).build(),
            HttpResponse.BodyHandlers.ofString());
        assertThat(diff.statusCode()).isEqualTo(200);
        assertThat(diff.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
        assertThat(diff.body().lines().count()).isGreaterThan(2);
        HttpResponse<String> svg = http.send(HttpRequest.newBuilder(URI.create(base + chartHref)).build(),
            HttpResponse.BodyHandlers.ofString());
        assertThat(svg.body()).startsWith("<svg");
        HttpResponse<String> outside = http.send(HttpRequest.newBuilder(URI.create(base
            + reportHref.replace("report.html", "..%2F..%2Fcascade.mv.db"))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(outside.statusCode()).as("a path outside the result directory").isIn(400, 404);

        driver.get(base + "experiments");
        waitUpTo(60).until(d -> !d.findElements(By.id("experiment-grid")).isEmpty());
        assertThat(driver.findElement(By.id("experiment-grid")).getText()).contains("Policy comparison");
        shot("experiments-list");
    }
}
