package org.parley.testsupport;

import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.parley.organisation.Person;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

/** What the browser journeys do again and again: sign in, wait for a described state, pick from Vaadin overlays. */
public final class BrowserSteps {

    public static final Duration TIMEOUT = Duration.ofSeconds(20);

    private BrowserSteps() {
    }

    public static void signIn(WebDriver driver, String baseUrl, Person person) {
        signIn(driver, baseUrl, person.email(), TestData.PASSWORD);
    }

    public static void signIn(WebDriver driver, String baseUrl, String email, String password) {
        driver.get(baseUrl + "/login");
        until(driver, "login form", ExpectedConditions.elementToBeClickable(
                By.cssSelector("vaadin-login-form input[name='username']"))).sendKeys(email);
        driver.findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys(password);
        driver.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']")).click();
        until(driver, "signed in", ExpectedConditions.presenceOfElementLocated(By.id("logout-button")));
    }

    public static <T> T until(WebDriver driver, String description, Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, TIMEOUT).withMessage(description).until(condition);
    }

    /** The text of the first element matching, or "" when there is none. */
    public static String text(WebDriver driver, String css) {
        for (int attempt = 0; ; attempt++) {
            List<WebElement> found = driver.findElements(By.cssSelector(css));
            try {
                return found.isEmpty() ? "" : found.get(0).getText().strip();
            } catch (StaleElementReferenceException redrawn) {
                if (attempt == 5) { // removed while read (a dialog closing): it is gone
                    return "";
                }
            }
        }
    }

    /** Clicks the visible item of an open select, combo box or menu overlay whose text is the label. */
    public static void pick(WebDriver driver, String itemCss, String label) {
        until(driver, label + " offered", d -> {
            try { // an overlay redrawn while its items are read: read them again
                WebElement item = d.findElements(By.cssSelector(itemCss)).stream()
                        .filter(e -> e.isDisplayed() && e.getText().strip().equalsIgnoreCase(label)).findFirst()
                        .orElse(null);
                if (item == null) {
                    return false;
                }
                item.click();
                return true;
            } catch (StaleElementReferenceException redrawn) {
                return false;
            }
        });
    }

    /** Waits until no request to the server is pending, so that the next step sees the answer of the last. */
    public static void idle(WebDriver driver) {
        until(driver, "Vaadin idle", d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return !Object.values(window.Vaadin.Flow.clients).some(c => c.isActive && c.isActive());"));
    }

    /** Scrolls the element to the middle of the window and clicks it, as a reader would. */
    public static void click(WebDriver driver, String css) {
        until(driver, css + " clickable", d -> {
            try { // Vaadin may redraw the element between finding and clicking it: find it again
                WebElement element = ExpectedConditions.elementToBeClickable(By.cssSelector(css)).apply(d);
                if (element == null) {
                    return false;
                }
                ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
                element.click();
                return true;
            } catch (StaleElementReferenceException redrawn) {
                return false;
            }
        });
    }

    /** Everything the page shows, overlays (dialogs, menus) included. */
    public static String pageText(WebDriver driver) {
        return (String) ((JavascriptExecutor) driver).executeScript("return document.body.innerText;");
    }

    public static void screenshot(WebDriver driver, String name) throws IOException {
        Path directory = Files.createDirectories(Path.of("target", "screenshots"));
        Path file = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(file, directory.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
