package org.parley;

import org.parley.comment.CommentService;
import org.parley.document.DocumentService;
import org.parley.testsupport.HeadlessChromium;
import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.testsupport.BrowserSteps.screenshot;
import static org.parley.testsupport.BrowserSteps.text;
import static org.parley.testsupport.BrowserSteps.until;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.comment.CommentKind;
import org.parley.comment.NewComment;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.parley.document.Visibility;
import org.parley.organisation.MembershipRole;
import org.parley.organisation.NewOrganisation;
import org.parley.organisation.Organisation;
import org.parley.organisation.OrganisationKind;
import org.parley.organisation.OrganisationService;
import org.parley.organisation.Person;
import org.parley.security.GlobalRole;
import org.parley.security.SystemActor;
import org.parley.testsupport.BrowserSteps;
import org.parley.testsupport.TestData;
import org.parley.testsupport.TestDatabaseInitializer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The consultation journey in three real browsers: a member drafts a comment on behalf of a section; the focal
 * point, already reading that paragraph's thread, sees the draft appear without reloading and approves it; a
 * third reader, also already on the thread, sees the published comment appear without reloading.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "vaadin.devmode.devTools.enabled=false")
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class CommentJourneyBrowserIT {

    private static final String SLUG = "migration-paper";
    private static final String DRAFT = "Sections should be consulted before the regions. — UCLG Africa";

    @LocalServerPort
    int port;
    @Autowired
    TestData data;
    @Autowired
    OrganisationService organisations;
    @Autowired
    CommentService comments;
    @Autowired
    DocumentService documents;

    private final List<WebDriver> drivers = new ArrayList<>();
    private Person member;
    private Person focalPoint;
    private Person reader;

    @BeforeEach
    void createConsultation() {
        data.reset();
        Organisation africa = SystemActor.call(() -> organisations.createOrganisation(new NewOrganisation(
                OrganisationKind.REGIONAL_SECTION, "UCLG Africa", "UCLG Africa", "Africa", null)));
        member = data.person(GlobalRole.CONTRIBUTOR);
        focalPoint = data.person(GlobalRole.CONTRIBUTOR);
        reader = data.person(GlobalRole.CONTRIBUTOR);
        SystemActor.run(() -> {
            organisations.addMembership(member.id(), africa.id(), MembershipRole.MEMBER);
            organisations.addMembership(focalPoint.id(), africa.id(), MembershipRole.FOCAL_POINT);
        });
        data.openDocument(SLUG, Visibility.PUBLIC, paper());
    }

    @AfterEach
    void stopBrowsers() {
        drivers.forEach(WebDriver::quit);
    }

    @Test
    void member_drafts_focal_point_sees_it_live_and_approves_and_a_reader_sees_it_published_live() throws IOException {
        WebDriver focal = browser(focalPoint, 1280);
        WebDriver other = browser(reader, 1280);
        for (WebDriver watcher : List.of(focal, other)) {
            watcher.get(url("/documents/" + SLUG + "/v/1#p-2/comments"));
            until(watcher, "thread of paragraph 2 open", d -> text(d, "#thread-panel h2").equals("Paragraph 2"));
            until(watcher, "thread empty", d -> !d.findElements(By.cssSelector(".thread-empty")).isEmpty());
        }

        WebDriver writer = browser(member, 1280);
        writer.get(url("/documents/" + SLUG + "/v/1"));
        until(writer, "margin of paragraph 2", ExpectedConditions.elementToBeClickable(By.id("margin-p-2"))).click();
        until(writer, "comment form", ExpectedConditions.visibilityOfElementLocated(By.id("comment-on-behalf-of")))
                .click();
        BrowserSteps.pick(writer, "vaadin-select-item", "UCLG Africa");
        until(writer, "send caption says approval", d -> text(d, ".new-comment .comment-send")
                .equals("Send for approval"));
        writer.findElement(By.cssSelector("#comment-body textarea")).sendKeys(DRAFT);
        writer.findElement(By.cssSelector(".new-comment .comment-send")).click();
        until(writer, "own draft shown", d -> text(d, "#thread-list .comment-status").equals("Waiting for a focal point"));

        until(focal, "draft appears for the focal point without reload",
                d -> text(d, "#thread-list .comment-body").equals(DRAFT));
        assertThat(focal.findElements(By.cssSelector("#thread-list .comment-body"))).hasSize(1);
        assertThat(other.findElements(By.cssSelector("#thread-list .comment-card")))
                .as("the draft stays inside the organisation").isEmpty();
        screenshot(focal, "comment-draft-focal-point-desktop-en.png");

        // a keyboard reader of the other organisation rests on the margin while the comment lands there
        ((JavascriptExecutor) other).executeScript("document.getElementById('margin-p-2').focus();");
        until(focal, "approve button", ExpectedConditions.elementToBeClickable(
                By.cssSelector("#thread-list .action-approve"))).click();
        until(focal, "draft published", d -> d.findElements(By.cssSelector("#thread-list .comment-status")).isEmpty());

        until(other, "published comment appears for the reader without reload",
                d -> text(d, "#thread-list .comment-body").equals(DRAFT));
        assertThat(text(other, "#thread-list .comment-organisation")).isEqualTo("on behalf of UCLG Africa");
        until(other, "margin count updated", d -> text(d, "#margin-p-2").contains("1"));
        assertThat(((JavascriptExecutor) other).executeScript("return document.activeElement.id;"))
                .as("the keyboard focus stays on the margin drawn again").isEqualTo("margin-p-2");
        until(writer, "status updated for the member", d -> d.findElements(
                By.cssSelector("#thread-list .comment-status")).isEmpty());
        screenshot(other, "comment-published-reader-desktop-en.png");

        phoneInFrench(other);
    }

    @Test
    void clicking_a_quoted_passage_marks_it_in_the_paragraph() throws IOException {
        var paragraph = data.paragraphs(documents.version(SLUG, 1)).get(2);
        data.signIn(reader);
        comments.post(paragraph.id(), NewComment.of(CommentKind.QUESTION, "Which regions?")
                .quoting("coordinate services with the regions", 53));
        data.signOut();
        WebDriver browser = browser(reader, 1280);

        browser.get(url("/documents/" + SLUG + "/v/1#p-3/comments"));
        until(browser, "quote shown", ExpectedConditions.elementToBeClickable(By.cssSelector("#thread-list .comment-quote")));
        BrowserSteps.idle(browser);
        // the virtual list may redraw the row just after the click (dropping the mark with its old text
        // nodes), so the reader's click is repeated until the mark is on the row as drawn
        until(browser, "passage marked", d -> {
            Object marked = ((JavascriptExecutor) d).executeScript("const h = CSS.highlights.get('parley-passage');"
                    + "return h && h.size ? [...h][0].toString() : null;");
            if (!"coordinate services with the regions".equals(marked)) {
                d.findElement(By.cssSelector("#thread-list .comment-quote")).click();
                return false;
            }
            return true;
        });
        Object container = ((JavascriptExecutor) browser).executeScript("const r = [...CSS.highlights"
                + ".get('parley-passage')][0]; return r.startContainer.parentElement.closest('.paragraph').id;");
        assertThat(container).isEqualTo("p-3");
        screenshot(browser, "comment-passage-marked.png");
    }

    private void phoneInFrench(WebDriver driver) throws IOException {
        until(driver, "language switcher", ExpectedConditions.elementToBeClickable(By.id("language-switcher"))).click();
        BrowserSteps.pick(driver, "vaadin-select-item", "français");
        until(driver, "French banner", ExpectedConditions.textToBe(By.cssSelector("#version-banner .status-badge"),
                "Ouvert aux commentaires"));
        driver.manage().window().setSize(new Dimension(390, 844));
        driver.get(url("/documents/" + SLUG + "/v/1"));
        until(driver, "margin of paragraph 2", ExpectedConditions.elementToBeClickable(By.id("margin-p-2")));
        screenshot(driver, "comment-margins-phone-fr.png");
        driver.findElement(By.id("margin-p-2")).click();
        until(driver, "thread over the text", d -> text(d, "#thread-panel h2").equals("Paragraphe 2"));
        assertThat((Boolean) ((JavascriptExecutor) driver).executeScript(
                "const r = document.getElementById('thread-panel').getBoundingClientRect();"
                        + "return r.width >= window.innerWidth - 1 && document.documentElement.scrollWidth <= window.innerWidth + 1;"))
                .as("the panel covers the phone's width without a horizontal scrollbar").isTrue();
        screenshot(driver, "comment-thread-phone-fr.png");
        driver.findElement(By.id("thread-close")).click();
        until(driver, "panel closed", ExpectedConditions.invisibilityOfElementLocated(By.id("thread-panel")));
    }

    private WebDriver browser(Person person, int width) {
        WebDriver driver = HeadlessChromium.start(width, 900, "--lang=en-GB");
        drivers.add(driver);
        driver.manage().window().setSize(new Dimension(width, 900));
        BrowserSteps.signIn(driver, url(""), person);
        return driver;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static String paper() {
        StringBuilder markdown = new StringBuilder("# Migration paper\n\n## I. Context\n\n");
        for (int n = 1; n <= 8; n++) {
            markdown.append(n).append(". Paragraph ").append(n)
                    .append(": local governments receive newcomers and coordinate services with the regions.\n\n");
        }
        return markdown.toString();
    }
}
