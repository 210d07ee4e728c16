package org.cascade.ui.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.cascade.ui.CascadeUiApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.test.annotation.DirtiesContext;

/** When the server dies, an idle page says the connection is lost within seconds, with no click needed. */
@SpringBootTest(classes = CascadeUiApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
@ExtendWith(AppIsUp.class)
class ConnectionLostIT {
    private static ChromeDriver driver;

    @LocalServerPort
    int port;
    @Autowired
    WebServerApplicationContext context;

    @BeforeAll
    static void browser() throws Exception {
        driver = HeadlessChromium.start("1280,720");
    }

    @AfterAll
    static void close() {
        if (driver != null) {
            driver.quit();
        }
    }

    private Object js(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    @Test
    void aDeadServerShowsAsALostConnectionWithinSeconds() throws Exception {
        driver.get("http://localhost:" + port + "/");
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.findElements(By.id("run")).isEmpty());
        assertThat(js("return window.Vaadin.connectionState.state;")).isEqualTo("connected");
        long t0 = System.nanoTime();
        context.getWebServer().stop(); // the server stops; the page is idle, nobody clicks
        WebDriverWait w = new WebDriverWait(driver, Duration.ofSeconds(10));
        w.pollingEvery(Duration.ofMillis(100));
        w.until(d -> !"connected".equals(js("return window.Vaadin.connectionState.state;")));
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("[measure] connection lost shown after %.1f s (state %s)%n", seconds,
            js("return window.Vaadin.connectionState.state;"));
        Thread.sleep(1500); // the indicator fades in
        HeadlessChromium.screenshot(driver, "connection-lost");
        assertThat(seconds).isLessThan(8);
        assertThat(js("const i = document.querySelector('vaadin-connection-indicator');"
            + " return i ? i.hasAttribute('reconnecting') || i.hasAttribute('offline') : false;")).isEqualTo(true);
    }
}
