package org.parley.testsupport;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/**
 * Debian's Chromium through its own chromedriver (Selenium Manager never goes to the network), headless, with a
 * fresh profile and without the background traffic this machine's closed network would refuse.
 */
public final class HeadlessChromium {

    private HeadlessChromium() {
    }

    public static WebDriver start(int width, int height, String... extraArguments) {
        System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        try {
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--window-size=" + width + "," + height,
                    "--user-data-dir=" + Files.createTempDirectory("parley-chromium"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        options.addArguments(extraArguments);
        return new ChromeDriver(options);
    }
}
