package org.cascade.ui.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Debian's Chromium, headless, as the browser tests drive it, and their screenshots. */
final class HeadlessChromium {
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    static final String CHROMIUM = "/usr/bin/chromium";

    private HeadlessChromium() {
    }

    /**
     * Starts a browser with a fresh profile; a missing browser fails the test (./cascade test installs it) rather
     * than skipping it.
     *
     * @param windowSize e.g. {@code "1400,1800"}
     */
    static ChromeDriver start(String windowSize) throws IOException {
        assertThat(new File(CHROMEDRIVER).canExecute() && new File(CHROMIUM).canExecute())
            .as("the browser test needs chromium and chromium-driver: run ./cascade test, or apt-get install -y "
                + "chromium chromium-driver").isTrue();
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM);
        o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--window-size=" + windowSize,
            "--user-data-dir=" + Files.createTempDirectory("cascade-chrome"));
        ChromeDriver driver = new ChromeDriver(new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build(), o);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return driver;
    }

    /** Saves the page as target/screenshots/NAME.png. */
    static void screenshot(ChromeDriver driver, String name) throws IOException {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }
}
