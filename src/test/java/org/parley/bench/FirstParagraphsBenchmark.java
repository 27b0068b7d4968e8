package org.parley.bench;

import org.parley.testsupport.HeadlessChromium;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Time from a reader's request for a document to its first paragraphs on screen, in headless Chromium:
 * navigation start (Performance API) to the first visible paragraph, for a fresh page load each time.
 * Run by bench/walking-skeleton.sh; arguments: base URL, document path, e-mail, password, iterations.
 */
public final class FirstParagraphsBenchmark {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String path = args[1];
        int iterations = Integer.parseInt(args[4]);
        WebDriver driver = HeadlessChromium.start(1400, 1000);
        try {
            signIn(driver, base, args[2], args[3]);
            List<Long> millis = new ArrayList<>();
            for (int i = 0; i < iterations + 2; i++) {
                long sample = firstParagraphsMillis(driver, base + path);
                if (i >= 2) { // the first two loads warm up the server and the browser cache
                    millis.add(sample);
                }
            }
            Collections.sort(millis);
            System.out.printf("first paragraphs shown: median %d ms, p90 %d ms, min %d ms, max %d ms (n=%d)%n",
                    millis.get(millis.size() / 2), millis.get((int) Math.ceil(millis.size() * 0.9) - 1),
                    millis.get(0), millis.get(millis.size() - 1), millis.size());
        } finally {
            driver.quit();
        }
    }

    private static long firstParagraphsMillis(WebDriver driver, String url) {
        driver.get("about:blank");
        driver.get(url);
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".paragraph .paragraph-text")));
        return ((Number) ((JavascriptExecutor) driver).executeScript("return Math.round(performance.now());"))
                .longValue();
    }

    private static void signIn(WebDriver driver, String base, String email, String password) {
        driver.get(base + "/login");
        var wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[name=username]")))
                .sendKeys(email);
        driver.findElement(By.cssSelector("input[name=password]")).sendKeys(password + "\n");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("logout-button")));
    }
}
