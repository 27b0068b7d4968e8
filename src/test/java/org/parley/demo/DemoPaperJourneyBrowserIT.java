package org.parley.demo;

import java.util.stream.Collectors;
import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.testsupport.BrowserSteps.click;
import static org.parley.testsupport.BrowserSteps.idle;
import static org.parley.testsupport.BrowserSteps.pageText;
import static org.parley.testsupport.BrowserSteps.pick;
import static org.parley.testsupport.BrowserSteps.screenshot;
import static org.parley.testsupport.BrowserSteps.text;
import static org.parley.testsupport.BrowserSteps.until;
import static org.parley.testsupport.WorkbenchSteps.answer;
import static org.parley.testsupport.WorkbenchSteps.publish;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.parley.comment.CommentKind;
import org.parley.database.DatabaseDescription;
import org.parley.document.DocumentService;
import org.parley.document.DocumentVersion;
import org.parley.document.VersionStatus;
import org.parley.organisation.OrganisationService;
import org.parley.disposition.DispositionService;
import org.parley.disposition.RoundItem;
import org.parley.security.SystemActor;
import org.parley.testsupport.Axe;
import org.parley.testsupport.BrowserSteps;
import org.parley.testsupport.HeadlessChromium;
import org.parley.testsupport.TestData;
import org.parley.testsupport.WorkbenchSteps;
import org.parley.testsupport.TestDatabaseInitializer;
import org.parley.translation.TranslationService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.text.MessageFormat;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The demo paper as a first {@code ./mvnw spring-boot:run} shows it, taken through two rounds by the demo editor
 * (who works in French): every comment of the first round answered in the workbench, UCLG Africa's amendment
 * applied, "Bogotá" published with a second round open; Tunis finds UCLG Africa's support carried to version 2
 * and comments again; "Habitat III" published; the comparison shows the amended paragraph.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "vaadin.devmode.devTools.enabled=false")
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class DemoPaperJourneyBrowserIT {

    private static final String SLUG = "migrants-policy-paper";
    private static final String BOGOTA = "Draft for the UCLG World Congress, Bogotá, October 2016";
    private static final String QUITO = "Contribution to Habitat III, Quito";
    private static final String TUNIS_AGAIN = "La Ville de Tunis remercie les éditeurs et propose un atelier à Tunis.";
    private static final ResourceBundle FRENCH = ResourceBundle.getBundle("vaadin-i18n.translations", Locale.FRENCH);

    @LocalServerPort
    int port;
    @Autowired
    TestData data;
    @Autowired
    OrganisationService organisations;
    @Autowired
    DocumentService documents;
    @Autowired
    DemoComments demoComments;
    @Autowired
    TranslationService translations;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    Clock clock;
    @Autowired
    DispositionService dispositions;

    private final List<WebDriver> drivers = new ArrayList<>();

    @BeforeEach
    void demoContent() {
        data.reset();
        new DemoContentLoader(organisations, documents, demoComments, translations,
                new DatabaseDescription("test database", true), transaction, clock, true).run(null);
    }

    @AfterEach
    void stopBrowsers() {
        drivers.forEach(WebDriver::quit);
    }

    @Test
    void the_demo_editor_takes_the_demo_paper_through_two_rounds() throws IOException {
        WebDriver desk = browser("editor@parley.example");
        desk.get(url("/documents/" + SLUG + "/workbench/1"));
        click(desk, "#start-draft");
        until(desk, "draft 2 started", ExpectedConditions.presenceOfElementLocated(By.id("publish-draft")));
        int firstRound = answerEveryComment(desk, 1);
        assertThat(firstRound).as("the demo's first round: support, amendment, comment in Arabic, support")
                .isEqualTo(4);
        assertThat(paragraphText(2, "12")).contains("including children and unaccompanied minors");
        screenshot(desk, "demo-paper-workbench-fr.png");
        publish(desk, () -> version(2).status(), BOGOTA, true);
        assertThat(version(2).status()).isEqualTo(VersionStatus.OPEN_FOR_COMMENTS);

        WebDriver tunis = browser("tunis@parley.example");
        tunis.get(url("/documents/" + SLUG + "/v/2#p-7/comments"));
        until(tunis, "UCLG Africa's support carried with its answer", d -> text(d, "#thread-earlier")
                .contains("UCLG Africa strongly supports this paragraph")
                && !text(d, "#thread-earlier .carried-disposition").isEmpty());
        until(tunis, "paragraph 7 marks the comments of version 1", d -> !d.findElements(
                By.cssSelector("#margin-p-7 .carried-count")).isEmpty());
        screenshot(tunis, "demo-paper-carried-fr.png");
        tunis.get(url("/documents")); // a new page, not just a new #fragment on the same one
        tunis.get(url("/documents/" + SLUG + "/v/2#p-20/comments"));
        until(tunis, "thread of paragraph 20", d -> text(d, "#thread-panel h2").endsWith("20"));
        idle(tunis);
        click(tunis, "#comment-on-behalf-of");
        pick(tunis, "vaadin-select-item", organisations.findByShortName("Tunis").orElseThrow().name(Locale.FRENCH));
        tunis.findElement(By.cssSelector("#comment-body textarea")).sendKeys(TUNIS_AGAIN);
        click(tunis, ".new-comment .comment-send");
        until(tunis, "Tunis's comment published in round 2", d -> pageText(d).contains(TUNIS_AGAIN));

        data.schedule(version(2), VersionStatus.CLOSED, null, null); // the second round's closing date has passed
        desk.get(url("/documents/" + SLUG + "/workbench/2"));
        click(desk, "#start-draft");
        until(desk, "draft 3 started", ExpectedConditions.presenceOfElementLocated(By.id("publish-draft")));
        assertThat(answerEveryComment(desk, 2)).isEqualTo(1);
        publish(desk, () -> version(3).status(), QUITO, false);
        assertThat(version(3).label()).isEqualTo(QUITO);

        desk.get(url("/documents/" + SLUG + "/compare/1/3"));
        until(desk, "it opens on the one amended paragraph", d -> d.findElements(By.cssSelector(".comparison-row"))
                .size() == 1 && d.findElements(By.cssSelector(".comparison-row.marker-edited")).size() == 1);
        assertThat(desk.findElements(By.cssSelector(".comparison-row ins")).stream().map(e -> e.getText())
                .collect(Collectors.joining())).contains("unaccompanied minors");
        screenshot(desk, "demo-paper-comparison-fr.png");
        int paragraphs = SystemActor.call(() -> documents.allParagraphs(version(1))).size();
        click(desk, "#comparison-changed-only");
        until(desk, "every paragraph compared", d -> d.findElements(By.cssSelector(".comparison-row")).size()
                == paragraphs);
    }

    @Test
    void the_main_pages_pass_axe_in_english_french_and_spanish() throws IOException {
        WebDriver desk = browser("editor@parley.example");
        String tunis = organisations.findByShortName("Tunis").orElseThrow().shortName();
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("reading", "/documents/" + SLUG + "/v/1");
        pages.put("thread", "/documents/" + SLUG + "/v/1#p-7/comments");
        pages.put("search", "/search?q=migrants");
        pages.put("workbench", "/documents/" + SLUG + "/workbench/1");
        pages.put("resolution", "/documents/" + SLUG + "/resolution/1");
        pages.put("statistics", "/documents/" + SLUG + "/statistics");
        pages.put("positions", "/positions/" + tunis);
        for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("es"))) {
            String language = chooseLanguage(desk, locale);
            for (Map.Entry<String, String> page : pages.entrySet()) {
                desk.get("about:blank"); // a new page each time, also when only the #fragment differs
                desk.get(url(page.getValue()));
                until(desk, page.getKey() + " shown", d -> !d.findElements(By.cssSelector("[role=main] h1"))
                        .isEmpty());
                if (page.getKey().equals("thread")) {
                    until(desk, "thread open", d -> !text(d, "#thread-panel h2").isEmpty());
                }
                idle(desk);
                Axe.assertNoSeriousViolations(desk, page.getKey() + " in " + language);
                if (language.equals("Français")) {
                    screenshot(desk, "axe-" + page.getKey() + "-fr-1400.png");
                    desk.manage().window().setSize(new Dimension(390, 844));
                    idle(desk);
                    screenshot(desk, "axe-" + page.getKey() + "-fr-390.png");
                    Axe.assertNoSeriousViolations(desk, page.getKey() + " in " + language + " on a phone");
                    desk.manage().window().setSize(new Dimension(1400, 900));
                }
            }
        }
    }

    /** Switches the interface to the language, as a reader would with the switcher; returns its name in itself. */
    private String chooseLanguage(WebDriver driver, Locale locale) {
        String label = locale.getDisplayLanguage(locale).substring(0, 1).toUpperCase(locale)
                + locale.getDisplayLanguage(locale).substring(1);
        String skipLink = ResourceBundle.getBundle("vaadin-i18n.translations", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                .getString("nav.skip-to-content");
        driver.get(url("/"));
        click(driver, "#language-switcher");
        pick(driver, "vaadin-select-item", label);
        until(driver, label + " chosen", d -> skipLink.equals(((JavascriptExecutor) d).executeScript(
                "const s = document.getElementById('skip-to-content'); return s && s.textContent.trim();")));
        idle(driver);
        return label;
    }

    /** Answers the round's comments one after the other as the workbench offers them; returns how many. */
    private int answerEveryComment(WebDriver desk, int round) {
        int answered = 0;
        while (!unanswered(round).isEmpty()) {
            RoundItem next = unanswered(round).get(0);
            until(desk, "the next unanswered comment is selected", d -> text(d, "#disposition-editor .workbench-comment")
                    .contains(next.comment().body().substring(0, Math.min(20, next.comment().body().length()))));
            if (next.comment().kind() == CommentKind.AMENDMENT) {
                click(desk, "#draft-editor [id^='draft-apply-amendment-']");
                idle(desk);
                until(desk, "Accepted proposed with the amended paragraph", d -> text(d, "#disposition-kind")
                        .contains(label("disposition.kind.ACCEPTED"))
                        && WorkbenchSteps.linkedParagraphs(d).equals(next.paragraphNumber()));
                answer(desk, label("disposition.kind.ACCEPTED"), "Intégré tel que proposé.", null);
            } else {
                answer(desk, label("disposition.kind.NOTED"), "Pris en compte pour le congrès.", null);
            }
            until(desk, "answer saved", d -> unanswered(round).stream()
                    .noneMatch(item -> item.comment().id() == next.comment().id()));
            answered++;
        }
        return answered;
    }

    private List<RoundItem> unanswered(int round) {
        return SystemActor.call(() -> dispositions.round(version(round).id()).stream()
                .filter(item -> !item.answered()).toList());
    }

    private String paragraphText(int versionNumber, String number) {
        return SystemActor.call(() -> documents.allParagraphs(version(versionNumber)).stream()
                .filter(p -> p.number().equals(number)).findFirst().orElseThrow().text());
    }

    private DocumentVersion version(int number) {
        return SystemActor.call(() -> documents.version(SLUG, number));
    }

    private static String label(String key) {
        return new MessageFormat(FRENCH.getString(key), Locale.FRENCH).format(new Object[0]);
    }

    private WebDriver browser(String email) {
        WebDriver driver = HeadlessChromium.start(1400, 900, "--lang=fr-FR");
        drivers.add(driver);
        BrowserSteps.signIn(driver, url(""), email, DemoContentLoader.DEMO_PASSWORD);
        return driver;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
