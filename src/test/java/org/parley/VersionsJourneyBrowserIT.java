package org.parley;

import org.parley.security.SystemActor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.testsupport.BrowserSteps.click;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.parley.comment.CommentKind;
import org.parley.comment.CommentService;
import org.parley.comment.NewComment;
import org.parley.document.DocumentService;
import org.parley.document.DocumentVersion;
import org.parley.document.Paragraph;
import org.parley.document.VersionStatus;
import org.parley.document.Visibility;
import org.parley.organisation.MembershipRole;
import org.parley.organisation.Organisation;
import org.parley.organisation.OrganisationKind;
import org.parley.organisation.Person;
import org.parley.security.GlobalRole;
import org.parley.testsupport.BrowserSteps;
import org.parley.testsupport.HeadlessChromium;
import org.parley.testsupport.TestData;
import org.parley.testsupport.WorkbenchSteps;
import org.parley.testsupport.TestDatabaseInitializer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The editors' journey through two rounds, in real browsers: the first round's comments are answered in the
 * workbench while the draft is edited (an amendment applied, a paragraph removed), the draft is published as the
 * Bogotá milestone with a second round open; a reader of the new version finds the earlier comments on their
 * paragraph with their answers, and the one on removed text; a city comments in the second round; the editor
 * edits, answers and publishes the Habitat III contribution; the comparison and the resolution matrix say what
 * changed and why.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "vaadin.devmode.devTools.enabled=false")
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class VersionsJourneyBrowserIT {

    private static final String SLUG = "cities-and-migration";
    private static final String BOGOTA = "Draft for the UCLG World Congress, Bogotá, October 2016";
    private static final String QUITO = "Contribution to Habitat III, Quito";
    private static final String AMENDED = "Cities guarantee access to basic services to every resident, "
            + "whatever their administrative status.";
    private static final String QUESTION = "Who pays for the reception centres?";
    private static final String CITY_COMMENT = "Tunis asks that local reception plans be co-designed with migrants.";

    @LocalServerPort
    int port;
    @Autowired
    TestData data;
    @Autowired
    CommentService comments;
    @Autowired
    DocumentService documents;

    private final List<WebDriver> drivers = new ArrayList<>();
    private Person editor;
    private Person tunisFocalPoint;
    private Organisation tunis;

    @BeforeEach
    void firstRoundOfComments() {
        data.reset();
        editor = data.person(GlobalRole.EDITOR);
        Person africaFocalPoint = data.person(GlobalRole.CONTRIBUTOR);
        Person committeeFocalPoint = data.person(GlobalRole.CONTRIBUTOR);
        tunisFocalPoint = data.person(GlobalRole.CONTRIBUTOR);
        Organisation africa = data.organisation(OrganisationKind.REGIONAL_SECTION);
        Organisation committee = data.organisation(OrganisationKind.COMMISSION);
        tunis = data.organisation(OrganisationKind.LOCAL_GOVERNMENT);
        data.membership(africaFocalPoint, africa, MembershipRole.FOCAL_POINT);
        data.membership(committeeFocalPoint, committee, MembershipRole.FOCAL_POINT);
        data.membership(tunisFocalPoint, tunis, MembershipRole.FOCAL_POINT);
        DocumentVersion round = data.openDocument(SLUG, Visibility.PUBLIC, paper()).latest();
        List<Paragraph> paragraphs = data.paragraphs(round);

        data.signIn(africaFocalPoint);
        comments.post(paragraphs.get(1).id(), NewComment.of(CommentKind.AMENDMENT, "Say it for every resident.")
                .proposing(AMENDED).onBehalfOf(africa.id()));
        data.signIn(committeeFocalPoint);
        comments.post(paragraphs.get(2).id(), NewComment.of(CommentKind.COMMENT, "Name the city networks.")
                .onBehalfOf(committee.id()));
        data.signIn(tunisFocalPoint);
        comments.post(paragraphs.get(3).id(), NewComment.of(CommentKind.QUESTION, QUESTION).onBehalfOf(tunis.id()));
        data.signOut();
        data.schedule(round, VersionStatus.CLOSED, null, null); // the closing date has passed
    }

    @AfterEach
    void stopBrowsers() {
        drivers.forEach(WebDriver::quit);
    }

    @Test
    void an_editor_takes_the_paper_through_two_rounds() throws IOException {
        WebDriver desk = browser(editor);
        firstRound(desk);

        WebDriver city = browser(tunisFocalPoint);
        commentsFollowTheirParagraph(city);
        commentInTheSecondRound(city);

        data.schedule(version(2), VersionStatus.CLOSED, null, null);
        secondRound(desk);

        comparison(desk);
        resolutionMatrix(desk);
        earlierCommentsOnTheThirdVersion(city);
    }

    private void firstRound(WebDriver desk) throws IOException {
        desk.get(url("/documents/" + SLUG + "/workbench/1"));
        until(desk, "start the draft", ExpectedConditions.elementToBeClickable(By.id("start-draft"))).click();
        until(desk, "draft 2 started", ExpectedConditions.presenceOfElementLocated(By.id("publish-draft")));
        until(desk, "the amendment is selected first", d -> text(d, "#disposition-editor .workbench-comment")
                .contains("Say it for every resident."));

        click(desk, "#draft-editor [id^='draft-apply-amendment-']");
        DocumentVersion draft = version(2);
        until(desk, "the amendment applied to the draft", d -> textOfDraftParagraph(draft, 1).equals(AMENDED));
        until(desk, "Accepted proposed, linked to the amended paragraph", d -> text(d, "#disposition-kind")
                .contains("Accepted") && WorkbenchSteps.linkedParagraphs(d).equals("2"));
        assertSaveInView(desk);
        answer(desk, "Accepted", "Adopted as proposed by the section.", null);
        screenshot(desk, "versions-workbench-amendment-applied.png");

        until(desk, "the committee's comment is next, with the paragraph it is about", d ->
                text(d, "#disposition-editor .workbench-comment").contains("Name the city networks.")
                        && text(d, "#workbench-commented-paragraph").contains("City networks share what works"));
        answer(desk, "Noted", "The networks are listed in the annex.", null);

        until(desk, "the question is next", d -> text(d, "#disposition-editor .workbench-comment").contains(QUESTION));
        click(desk, "#draft-editor [id^='draft-delete-']");
        until(desk, "confirm deletion", ExpectedConditions.elementToBeClickable(By.id("draft-delete-confirm")))
                .click();
        until(desk, "paragraph 4 removed from the draft", d -> data.paragraphs(draft).size() == 3);
        answer(desk, "Partly accepted", "Financing moves to the implementation guide; the paragraph is removed.", null);
        until(desk, "every comment answered", d -> text(d, "#workbench-progress-text")
                .equals("3 of 3 comments answered"));

        publish(desk, () -> version(2).status(), BOGOTA, true);
        DocumentVersion bogota = version(2);
        assertThat(bogota.status()).isEqualTo(VersionStatus.OPEN_FOR_COMMENTS);
        assertThat(bogota.label()).isEqualTo(BOGOTA);
    }

    private void commentsFollowTheirParagraph(WebDriver city) throws IOException {
        city.get(url("/documents/" + SLUG + "/v/2"));
        until(city, "paragraph 2 marks comments from version 1", d -> !d.findElements(
                By.cssSelector("#margin-p-2 .carried-count")).isEmpty());
        city.findElement(By.id("margin-p-2")).click();
        until(city, "the amendment from version 1 with its answer", d -> text(d, "#thread-earlier")
                .contains("Say it for every resident.") && text(d, "#thread-earlier .carried-disposition")
                .contains("Adopted as proposed by the section."));
        screenshot(city, "versions-earlier-comments.png");
        click(city, "#thread-close");

        until(city, "removed text link", ExpectedConditions.elementToBeClickable(By.id("removed-text-open"))).click();
        until(city, "the question on the removed paragraph", d -> pageText(d).contains(QUESTION)
                && pageText(d).contains("States decide how reception centres are financed."));
        screenshot(city, "versions-removed-text.png");
        city.findElement(By.cssSelector("vaadin-dialog-overlay vaadin-button")).click();
    }

    private void commentInTheSecondRound(WebDriver city) {
        city.get(url("/documents/" + SLUG + "/v/2"));
        until(city, "margin of paragraph 1", ExpectedConditions.elementToBeClickable(By.id("margin-p-1"))).click();
        until(city, "comment form", ExpectedConditions.visibilityOfElementLocated(By.id("comment-on-behalf-of")))
                .click();
        pick(city, "vaadin-select-item", tunis.name());
        city.findElement(By.cssSelector("#comment-body textarea")).sendKeys(CITY_COMMENT);
        city.findElement(By.cssSelector(".new-comment .comment-send")).click();
        until(city, "comment published in round 2", d -> text(d, "#thread-list .comment-body").equals(CITY_COMMENT));
    }

    private void secondRound(WebDriver desk) throws IOException {
        desk.get(url("/documents/" + SLUG + "/workbench/2"));
        until(desk, "start the second draft", ExpectedConditions.elementToBeClickable(By.id("start-draft"))).click();
        until(desk, "draft 3 started", ExpectedConditions.presenceOfElementLocated(By.id("publish-draft")));
        until(desk, "Tunis's comment selected", d -> text(d, "#disposition-editor .workbench-comment")
                .contains(CITY_COMMENT));
        DocumentVersion draft = version(3);
        Paragraph first = data.paragraphs(draft).get(0);
        WebElement field = until(desk, "draft paragraph 1 editable", ExpectedConditions.elementToBeClickable(
                By.cssSelector("#draft-text-" + first.id() + " textarea")));
        field.sendKeys(" Reception plans are co-designed with migrants.");
        click(desk, "#draft-save-" + first.id());
        until(desk, "draft paragraph 1 saved", d -> textOfDraftParagraph(draft, 0)
                .endsWith("Reception plans are co-designed with migrants."));
        answer(desk, "Accepted", "Added to paragraph 1.", "1");
        screenshot(desk, "versions-second-round.png");

        publish(desk, () -> version(3).status(), QUITO, false);
        assertThat(version(3).status()).isEqualTo(VersionStatus.PUBLISHED);
        assertThat(version(3).label()).isEqualTo(QUITO);
    }

    private void comparison(WebDriver desk) throws IOException {
        desk.get(url("/documents/" + SLUG + "/compare/1/3"));
        until(desk, "it opens on the three changed paragraphs",
                d -> d.findElements(By.cssSelector(".comparison-row")).size() == 3);
        assertThat(desk.findElements(By.cssSelector(".comparison-row.marker-deleted"))).hasSize(1);
        assertThat(desk.findElements(By.cssSelector(".comparison-row.marker-edited"))).hasSize(2);
        assertThat(desk.findElements(By.cssSelector(".comparison-row ins")).stream().map(WebElement::getText)
                .anyMatch(inserted -> inserted.contains("co-designed"))).isTrue();
        screenshot(desk, "versions-comparison-1-3.png");
        click(desk, "#comparison-changed-only");
        until(desk, "every paragraph", d -> d.findElements(By.cssSelector(".comparison-row")).size() == 4);
    }

    private void resolutionMatrix(WebDriver desk) throws IOException {
        desk.get(url("/documents/" + SLUG + "/resolution/1"));
        until(desk, "the first round's three answers", d -> {
            return d.findElements(By.cssSelector("vaadin-grid")).size() == 1
                    && pageText(d).contains("Adopted as proposed by the section.")
                    && pageText(d).contains("The networks are listed in the annex.")
                    && pageText(d).contains("Financing moves to the implementation guide");
        });
        screenshot(desk, "versions-resolution-matrix.png");
    }

    private void earlierCommentsOnTheThirdVersion(WebDriver city) throws IOException {
        city.get(url("/documents/" + SLUG + "/v/3#p-2/comments"));
        until(city, "the amendment from version 1 still follows paragraph 2", d -> text(d, "#thread-earlier")
                .contains("Say it for every resident."));
        click(city, "#margin-p-1");
        until(city, "the second round's comment follows paragraph 1 with its answer", d ->
                text(d, "#thread-earlier").contains(CITY_COMMENT)
                        && text(d, "#thread-earlier .carried-disposition").contains("Added to paragraph 1."));
        screenshot(city, "versions-third-version-earlier-comments.png");
    }

    /** Scrolled to the end of the draft editor, the answer's Save button is still on screen. */
    private static void assertSaveInView(WebDriver desk) {
        JavascriptExecutor js = (JavascriptExecutor) desk;
        js.executeScript("window.scrollTo(0, document.documentElement.scrollHeight);"
                + "document.getElementById('draft-editor').scrollIntoView({block: 'end'});");
        assertThat((Boolean) js.executeScript("const r = document.getElementById('disposition-save')"
                + ".getBoundingClientRect(); return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight;"))
                .as("Save in view after scrolling to the draft").isTrue();
        js.executeScript("window.scrollTo(0, 0);");
    }

    private DocumentVersion version(int number) {
        return SystemActor.call(() -> documents.version(SLUG, number));
    }

    private String textOfDraftParagraph(DocumentVersion draft, int index) {
        List<Paragraph> paragraphs = data.paragraphs(draft);
        return paragraphs.size() > index ? paragraphs.get(index).text() : "";
    }

    private WebDriver browser(Person person) {
        WebDriver driver = HeadlessChromium.start(1400, 900, "--lang=en-GB");
        drivers.add(driver);
        BrowserSteps.signIn(driver, url(""), person);
        return driver;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static String paper() {
        return """
                # Cities and migration

                ## I. Reception

                1. Cities are where newcomers arrive first and where inclusion succeeds or fails.

                2. Cities guarantee access to basic services to every regular resident.

                3. City networks share what works between Tangier, Tunis, Beirut, Amman, Lisbon, Lyon and Turin.

                4. States decide how reception centres are financed.
                """;
    }
}
