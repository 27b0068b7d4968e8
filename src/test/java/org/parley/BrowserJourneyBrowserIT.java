package org.parley;

import java.util.List;
import org.parley.testsupport.HeadlessChromium;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.parley.document.Visibility;
import org.parley.organisation.Person;
import org.parley.security.GlobalRole;
import org.parley.testsupport.TestData;
import org.parley.testsupport.TestDatabaseInitializer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.function.Function;

/**
 * The main reader journey in a real (headless) Chromium against the app on a random port, in Vaadin dev mode:
 * sign in, find the documents, open one, follow a deep link to a paragraph, switch to French, read on a phone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // the dev-tools popup is for developers at the keyboard, not for this test
        properties = "vaadin.devmode.devTools.enabled=false")
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class BrowserJourneyBrowserIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final String PUBLIC_SLUG = "migration-paper";
    private static final String MEMBERS_SLUG = "internal-note";
    private static final String FIRST_PARAGRAPH = "Cities are where newcomers arrive first.";

    @LocalServerPort
    int port;
    @Autowired
    TestData data;

    private Person editor;
    private WebDriver driver;
    private WebDriverWait wait;

    @BeforeEach
    void startBrowser() throws IOException {
        data.reset();
        editor = data.person(GlobalRole.EDITOR);
        data.openDocument(PUBLIC_SLUG, Visibility.PUBLIC, longPaper());
        data.openDocument(MEMBERS_SLUG, Visibility.MEMBERS, "# Note\n\n1. For members only.\n");

        driver = HeadlessChromium.start(1280, 900, "--lang=en-GB");
        driver.manage().window().setSize(new Dimension(1280, 900));
        wait = new WebDriverWait(driver, TIMEOUT);
    }

    @AfterEach
    void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void editor_signs_in_reads_follows_a_deep_link_switches_to_french_and_reads_on_a_phone() throws IOException {
        signIn();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("documents")));
        until("two documents listed", d -> titleLinks().size() == 2);
        assertThat(titleLinks()).extracting(WebElement::getText)
                .containsExactlyInAnyOrder("Document " + PUBLIC_SLUG, "Document " + MEMBERS_SLUG);

        titleLinks().stream().filter(link -> link.getText().equals("Document " + PUBLIC_SLUG)).findFirst()
                .orElseThrow().click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#p-1 .paragraph-text"),
                FIRST_PARAGRAPH));
        assertThat(driver.getCurrentUrl()).endsWith("/documents/" + PUBLIC_SLUG + "/v/1");

        driver.get("about:blank");
        driver.get(url("/documents/" + PUBLIC_SLUG + "/v/1#p-25"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("p-25")));
        // by id each time: the virtual list may re-render the row while it scrolls
        until("#p-25 scrolled into the viewport", d -> isInViewport("p-25"));
        until("#p-25 has the class targeted",
                d -> (Boolean) script("return document.getElementById('p-25').classList.contains('targeted')"));
        assertThat(script("return document.querySelectorAll('.paragraph.targeted').length"))
                .as("only the linked paragraph is highlighted").isEqualTo(1L);
        assertThat(driver.findElement(By.cssSelector("#p-25 .paragraph-text")).getText())
                .isEqualTo("Paragraph 25 of the paper, in section III.");
        screenshot("deep-link.png");

        chooseLanguage("français");
        wait.until(ExpectedConditions.textToBe(By.cssSelector("#version-banner .status-badge"),
                "Ouvert aux commentaires"));

        driver.manage().window().setSize(new Dimension(390, 844));
        driver.get(url("/documents/" + PUBLIC_SLUG + "/v/1"));
        WebElement firstText = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#p-1 .paragraph-text")));
        assertThat(firstText.getText()).isEqualTo(FIRST_PARAGRAPH);
        assertThat(script("return window.innerWidth")).isEqualTo(390L);
        assertThat((Boolean) script(
                "return document.documentElement.scrollWidth <= window.innerWidth + 1"))
                .as("no horizontal scrollbar at 390 px: scrollWidth=%s", script(
                        "return document.documentElement.scrollWidth"))
                .isTrue();
    }

    @Test
    void anonymous_reader_of_a_members_only_document_signs_in_and_comes_back_to_it() {
        driver.get(url("/documents/" + MEMBERS_SLUG + "/v/1"));
        // answered as an unknown address would be (nobody learns the document exists), with an offer to sign in
        WebElement signIn = wait.until(ExpectedConditions.elementToBeClickable(By.id("sign-in-to-see")));
        assertThat(driver.findElements(By.cssSelector(".paragraph"))).isEmpty();
        assertThat(driver.findElement(By.cssSelector(".error-view")).getText()).doesNotContain("For members only.");

        String export = "api/v1/documents/" + MEMBERS_SLUG + "/versions/1/export?format=md";
        assertThat(fetch(export)).as("anonymous: the export answers as for an unknown address").startsWith("404");

        signIn.click();
        fillInLoginForm();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#p-1 .paragraph-text"),
                "For members only."));
        assertThat(driver.getCurrentUrl()).endsWith("/documents/" + MEMBERS_SLUG + "/v/1");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#download-menu vaadin-menu-bar-button")))
                .click();
        String href = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("export-md")))
                .getDomAttribute("href");
        assertThat(href).as("a stable address that can be shared, not a one-shot resource").startsWith(export);
        assertThat(fetch(href)).as("the signed-in member's session reads it").startsWith("200")
                .contains("For members only.");
    }

    /** The status and body the browser gets for a relative address, with the page's cookies. */
    private String fetch(String relative) {
        return (String) ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(document.baseURI.replace(/[^/]*$/, '') + arguments[0])"
                        + ".then(r => r.text().then(t => done(r.status + ' ' + t))).catch(e => done('failed ' + e));",
                relative);
    }

    private void signIn() {
        driver.get(url("/login"));
        fillInLoginForm();
    }

    private void fillInLoginForm() {
        WebElement username = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("vaadin-login-form input[name='username']")));
        username.sendKeys(editor.email());
        driver.findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys(TestData.PASSWORD);
        driver.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("logout-button")));
    }

    private void chooseLanguage(String label) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id("language-switcher"))).click();
        WebElement item = wait.until(d -> d.findElements(By.cssSelector("vaadin-select-item")).stream()
                .filter(e -> e.getText().equalsIgnoreCase(label)).findFirst().orElse(null));
        item.click();
    }

    private <T> T until(String description, Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, TIMEOUT).withMessage(description).until(condition);
    }

    private List<WebElement> titleLinks() {
        return driver.findElements(By.cssSelector("#documents a.document-title"));
    }

    private boolean isInViewport(String id) {
        return (Boolean) ((JavascriptExecutor) driver).executeScript(
                "const e = document.getElementById(arguments[0]); if (!e) return false;"
                        + "const r = e.getBoundingClientRect();"
                        + "return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight"
                        + " && r.left >= 0 && r.right <= window.innerWidth;", id);
    }

    private Object script(String js) {
        return ((JavascriptExecutor) driver).executeScript(js);
    }

    private void screenshot(String name) throws IOException {
        Path directory = Files.createDirectories(Path.of("target", "screenshots"));
        Path file = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(file, directory.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** 36 numbered paragraphs in three sections, enough that paragraph 25 starts far below the fold. */
    private static String longPaper() {
        StringBuilder markdown = new StringBuilder("# Migration paper\n\n");
        String[] sections = {"I. Context", "II. Proposals", "III. Follow-up"};
        int number = 1;
        for (int s = 0; s < sections.length; s++) {
            markdown.append("## ").append(sections[s]).append("\n\n");
            for (int i = 0; i < 12; i++, number++) {
                String text = number == 1 ? FIRST_PARAGRAPH
                        : "Paragraph " + number + " of the paper, in section " + sections[s].split("\\.")[0] + ".";
                markdown.append(number).append(". ").append(text).append("\n\n");
            }
        }
        return markdown.toString();
    }
}
