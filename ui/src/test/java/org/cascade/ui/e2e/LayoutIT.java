package org.cascade.ui.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.cascade.ui.CascadeUiApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The explorer at phone, tablet, projector and desktop sizes in headless Chromium: nothing wider than the window,
 * a screenshot of each in target/screenshots/, large type, keyboard focus, and the Russian page.
 */
@SpringBootTest(classes = CascadeUiApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(AppIsUp.class)
class LayoutIT {
    private static ChromeDriver driver;

    @LocalServerPort
    int port;

    @BeforeAll
    static void browser() throws Exception {
        driver = HeadlessChromium.start("1920,1080");
    }

    @AfterAll
    static void close() {
        if (driver != null) {
            driver.quit();
        }
    }

    private WebDriverWait waitUpTo(int seconds) {
        WebDriverWait w = new WebDriverWait(driver, Duration.ofSeconds(seconds));
        w.pollingEvery(Duration.ofMillis(50));
        return w;
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private String status() {
        return driver.findElement(By.id("status")).getText();
    }

    /** Each test in a session of its own: a session keeps its run, so one test's run would greet the next. */
    @org.junit.jupiter.api.BeforeEach
    void freshSession() {
        // the last test's page goes first, then every cookie: a page left open could still talk to the server after
        // its session cookie was gone (one CI run logged a broken pipe and an invalid security key there, and that
        // test's Run never started)
        driver.get("about:blank");
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
    }

    private void size(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
            "deviceScaleFactor", 1, "mobile", false));
    }

    private void shot(String name) throws Exception {
        HeadlessChromium.screenshot(driver, name);
    }

    /** Opens the explorer (the session's finished run shows again) and checks nothing is wider than the window. */
    private void check(String name, int width, int height) throws Exception {
        size(width, height);
        driver.get("http://localhost:" + port + "/");
        waitUpTo(30).until(d -> !d.findElements(By.id("status")).isEmpty() && status().startsWith("Finished"));
        waitUpTo(10).until(d -> !d.findElements(By.cssSelector("#chart-trade svg")).isEmpty());
        Thread.sleep(400); // web components settle their sizes
        long inner = ((Number) js("return window.innerWidth;")).longValue();
        long scroll = ((Number) js("return document.documentElement.scrollWidth;")).longValue();
        assertThat(inner).as(name + " window width").isEqualTo(width);
        String wide = (String) js("const w = window.innerWidth; return [...document.querySelectorAll('body *')]"
            + ".filter(e => e.getBoundingClientRect().right > w + 1 && e.getClientRects().length)"
            + ".slice(0, 5).map(e => e.tagName + '#' + e.id + '.' + e.className).join(', ');");
        assertThat(scroll).as(name + ": page wider than the window; widest: " + wide).isLessThanOrEqualTo(inner);
        shot("layout-" + name);
    }

    @Test
    void fromPhoneToProjectorNothingOverflows() throws Exception {
        size(1920, 1080);
        driver.get("http://localhost:" + port + "/?seed=3&years=20");
        waitUpTo(30).until(d -> !d.findElements(By.id("run")).isEmpty() && status().startsWith("Ready"));
        driver.findElement(By.id("run")).click();
        waitUpTo(10).withMessage(() -> "the run did not start; status: " + status())
            .until(d -> !status().startsWith("Ready"));
        waitUpTo(60).withMessage(() -> "the run did not finish; status: " + status())
            .until(d -> status().startsWith("Finished"));

        check("400", 400, 860);
        check("800", 800, 1000);
        check("1280x720", 1280, 720);
        // on a projector the map is whole on the first screen, below the controls and headline figures
        double mapBottom = ((Number) js("return document.querySelector('#map svg').getBoundingClientRect().bottom;"))
            .doubleValue();
        assertThat(mapBottom).as("map bottom at 1280x720").isLessThanOrEqualTo(720);
        check("1920x1080", 1920, 1080);

        // large type: bigger letters, still no overflow
        double before = ((Number) js("return parseFloat(getComputedStyle(document.getElementById('status')).fontSize);"))
            .doubleValue();
        driver.findElement(By.id("large-type")).click();
        waitUpTo(5).until(d -> Boolean.TRUE.equals(js("return document.body.classList.contains('large-type');")));
        double after = ((Number) js("return parseFloat(getComputedStyle(document.getElementById('status')).fontSize);"))
            .doubleValue();
        assertThat(after).isGreaterThan(before * 1.15);
        check("1280x720-large-type", 1280, 720);
        check("400-large-type", 400, 860);
        driver.findElement(By.id("large-type")).click();
        waitUpTo(5).until(d -> Boolean.FALSE.equals(js("return document.body.classList.contains('large-type');")));
    }

    @Test
    void theKeyboardReachesTheControlsWithAVisibleFocus() throws Exception {
        size(1280, 720);
        driver.get("http://localhost:" + port + "/");
        waitUpTo(30).until(d -> !d.findElements(By.id("run")).isEmpty());
        js("document.activeElement && document.activeElement.blur();");
        boolean reachedRun = false;
        for (int i = 0; i < 12 && !reachedRun; i++) {
            driver.switchTo().activeElement().sendKeys(Keys.TAB);
            reachedRun |= Boolean.TRUE.equals(js("return document.activeElement && document.activeElement.closest"
                + " && (document.activeElement.id === 'nav-explore' || document.activeElement.id === 'nav-model');"));
        }
        assertThat(reachedRun).as("Tab reaches the header links").isTrue();
        String outline = (String) js("const s = getComputedStyle(document.activeElement);"
            + " return s.outlineStyle + ' ' + s.outlineWidth;");
        assertThat(outline).as("focus outline of " + js("return document.activeElement.id;"))
            .doesNotStartWith("none").doesNotEndWith(" 0px");
        shot("layout-keyboard-focus");
    }

    @Test
    void theRussianPageAtPhoneWidth() throws Exception {
        size(400, 860);
        driver.get("http://localhost:" + port + "/?lang=ru");
        waitUpTo(30).until(d -> !d.findElements(By.id("run")).isEmpty()
            && driver.findElement(By.id("run")).getText().equals("Запустить"));
        long scroll = ((Number) js("return document.documentElement.scrollWidth;")).longValue();
        assertThat(scroll).isLessThanOrEqualTo(400);
        assertThat(js("return document.body.getAttribute('lang');")).isEqualTo("ru");
        shot("layout-400-ru");
    }

    /** Issue 9, item 4 in a browser: the seat's panel fits a phone and a projector, and clicks answer it over push. */
    @Test
    void theDecisionPanelFitsAndAnswersByClick() throws Exception {
        size(400, 860);
        driver.get("http://localhost:" + port + "/?lang=en&scenario=baseline&seed=3&years=1&p.government.KG.mode=2"
            + "&deadline=300");
        waitUpTo(30).until(d -> !d.findElements(By.id("seat-hint")).isEmpty()
            && d.findElement(By.id("seat-hint")).isDisplayed());
        assertThat(driver.findElement(By.id("seat-hint")).getText()).startsWith("You decide for KG");
        driver.findElement(By.id("run")).click();
        waitUpTo(30).until(d -> !d.findElements(By.cssSelector("#decision .by-default vaadin-button")).isEmpty()
            && d.findElement(By.id("decision")).isDisplayed());
        Thread.sleep(400); // web components settle their sizes
        long scroll = ((Number) js("return document.documentElement.scrollWidth;")).longValue();
        assertThat(scroll).as("page width at 400 px with the decision panel").isLessThanOrEqualTo(400);
        js("document.getElementById('decision').scrollIntoView();");
        shot("decision-400");
        size(1280, 720);
        Thread.sleep(400);
        js("window.scrollTo(0, 0); document.querySelector('.explore .main').scrollIntoView();");
        double top = ((Number) js("return document.getElementById('decision').getBoundingClientRect().top"
            + " + window.scrollY;")).doubleValue();
        assertThat(top).as("the decision panel starts on the first screen at 1280x720").isLessThan(720);
        assertThat(((Number) js("return document.documentElement.scrollWidth;")).longValue()).isLessThanOrEqualTo(1280);
        shot("decision-1280x720");

        // each decision answered with the rule's pick by a click: the year runs to its end long before any deadline
        int clicks = 0;
        long end = System.currentTimeMillis() + 60_000;
        while (!status().startsWith("Finished") && System.currentTimeMillis() < end) {
            try {
                var buttons = driver.findElements(By.cssSelector("#decision .by-default vaadin-button"));
                if (!buttons.isEmpty() && buttons.get(0).isDisplayed() && buttons.get(0).isEnabled()) {
                    buttons.get(0).click();
                    clicks++;
                }
            } catch (org.openqa.selenium.StaleElementReferenceException
                     | org.openqa.selenium.ElementNotInteractableException e) {
                // the panel was redrawn for the next decision between finding the button and clicking it
            }
            Thread.sleep(50);
        }
        assertThat(status()).startsWith("Finished");
        assertThat(clicks).as("decisions answered by click").isGreaterThan(3);
    }
}
