package org.parley.feedback;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.parley.document.Visibility;
import org.parley.export.ExportService;
import org.parley.organisation.NewOrganisation;
import org.parley.organisation.OrganisationKind;
import org.parley.organisation.OrganisationService;
import org.parley.organisation.Person;
import org.parley.security.GlobalRole;
import org.parley.security.SystemActor;
import org.parley.testsupport.BrowserSteps;
import org.parley.testsupport.HeadlessChromium;
import org.parley.testsupport.TestData;
import org.parley.testsupport.TestDatabaseInitializer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.testsupport.BrowserSteps.screenshot;
import static org.parley.testsupport.BrowserSteps.text;
import static org.parley.testsupport.BrowserSteps.until;

/**
 * An editor imports a section's Word file from the reading view: chooses the section, uploads the file (a real
 * export of the paper with a tracked change and a comment), reviews what will be created and accepts it; the
 * amendment then stands on its paragraph, on behalf of the section.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "vaadin.devmode.devTools.enabled=false")
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class WordFeedbackBrowserIT {

    private static final String SLUG = "cities-paper";

    @LocalServerPort
    int port;
    @Autowired
    TestData data;
    @Autowired
    OrganisationService organisations;
    @Autowired
    ExportService exports;

    private WebDriver browser;
    private Person editor;
    private Path file;

    @BeforeEach
    void sectionSentAWordFile() throws IOException {
        data.reset();
        editor = data.person(GlobalRole.EDITOR);
        SystemActor.run(() -> organisations.createOrganisation(new NewOrganisation(
                OrganisationKind.REGIONAL_SECTION, "UCLG Africa", "AFRICA", "Africa", null)));
        data.openDocument(SLUG, Visibility.PUBLIC, """
                # Cities and migration

                1. Local governments are the first to welcome newcomers and to organise their reception.

                2. Access to housing is the foundation of inclusion for every newcomer in the city.

                3. Schools welcome children in the middle of the year and teach the language of the city.
                """);
        WordEdits edits = WordEdits.of(export())
                .replace("every newcomer in the city", "every newcomer and every returnee in the city", "Fatou Ndiaye");
        edits.comment("middle of the year", "Karim Haddad", "Which schools already do this?");
        file = Files.createTempFile("africa-feedback", ".docx");
        Files.write(file, edits.toDocx());
    }

    @AfterEach
    void stop() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        Files.deleteIfExists(file);
    }

    @Test
    void an_editor_uploads_a_sections_word_file_accepts_it_and_sees_the_amendment_on_its_paragraph()
            throws IOException {
        browser = HeadlessChromium.start(1280, 900, "--lang=en-GB");
        browser.manage().window().setSize(new Dimension(1280, 900));
        BrowserSteps.signIn(browser, url(""), editor);
        browser.get(url("/documents/" + SLUG + "/v/1"));

        until(browser, "import action", ExpectedConditions.elementToBeClickable(By.id("word-feedback-import"))).click();
        until(browser, "the only organisation is chosen", d -> text(d, "#word-feedback-organisation")
                .contains("UCLG Africa (AFRICA)"));
        // vaadin-upload keeps its file input in its shadow root; chromedriver fills hidden file inputs
        browser.findElement(By.id("word-feedback-upload")).getShadowRoot().findElement(By.cssSelector("#fileInput"))
                .sendKeys(file.toAbsolutePath().toString());
        until(browser, "file uploaded", d -> !d.findElements(By.cssSelector("vaadin-upload-file[complete]")).isEmpty());
        BrowserSteps.click(browser, "#word-feedback-read");

        until(browser, "review screen", ExpectedConditions.elementToBeClickable(By.id("word-feedback-accept")));
        assertThat(browser.findElements(By.cssSelector(".feedback-item vaadin-checkbox[checked]"))).hasSize(2);
        assertThat(text(browser, ".feedback-paragraph[data-paragraph='2'] ins")).isEqualTo("and every returnee");
        assertThat(text(browser, ".feedback-paragraph[data-paragraph='3'] mark")).isEqualTo("middle of the year");
        screenshot(browser, "word-feedback-review-en.png");
        BrowserSteps.click(browser, "#word-feedback-accept");

        until(browser, "back on the reading view", ExpectedConditions.elementToBeClickable(By.id("margin-p-2")))
                .click();
        until(browser, "the amendment on paragraph 2", d -> text(d, "#thread-list .comment-body")
                .startsWith("Tracked changes from Word."));
        assertThat(text(browser, "#thread-list .comment-organisation")).isEqualTo("on behalf of UCLG Africa");
        assertThat(text(browser, "#thread-list .amendment-diff ins")).isEqualTo("and every returnee");
        screenshot(browser, "word-feedback-amendment-en.png");
    }

    private byte[] export() {
        return SystemActor.call(() -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                exports.version(SLUG, 1, "docx", null, Locale.ENGLISH).body().writeTo(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toByteArray();
        });
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
