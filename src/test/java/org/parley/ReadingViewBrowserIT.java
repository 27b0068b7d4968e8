package org.parley;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.parley.comment.Comment;
import org.parley.comment.CommentKind;
import org.parley.comment.CommentService;
import org.parley.comment.NewComment;
import org.parley.document.DocumentService;
import org.parley.document.Paragraph;
import org.parley.document.Visibility;
import org.parley.organisation.Person;
import org.parley.security.GlobalRole;
import org.parley.testsupport.BrowserSteps;
import org.parley.testsupport.HeadlessChromium;
import org.parley.testsupport.TestData;
import org.parley.testsupport.TestDatabaseInitializer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.testsupport.BrowserSteps.screenshot;
import static org.parley.testsupport.BrowserSteps.text;
import static org.parley.testsupport.BrowserSteps.until;

/**
 * Reading and commenting as people do it: the page scrolls the text under a compact header, deep links and in-page
 * links go to their paragraph, a selected passage gets a "Comment on this passage" button, the thread takes the
 * keyboard and gives it back, and a document filter lists its comments with previous/next.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "vaadin.devmode.devTools.enabled=false")
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class ReadingViewBrowserIT {

    private static final String SLUG = "long-paper";
    private static final String ARABIC = "مرحبا بكم في المدينة";

    @LocalServerPort
    int port;
    @Autowired
    TestData data;
    @Autowired
    CommentService comments;
    @Autowired
    DocumentService documents;

    private final List<WebDriver> drivers = new ArrayList<>();
    private List<Paragraph> paragraphs;

    @BeforeEach
    void longPaper() {
        data.reset();
        data.openDocument(SLUG, Visibility.PUBLIC, paper());
        paragraphs = data.paragraphs(documents.version(SLUG, 1));
    }

    @AfterEach
    void stopBrowsers() {
        drivers.forEach(WebDriver::quit);
    }

    @Test
    void the_page_scrolls_the_text_and_deep_links_and_hash_changes_go_to_their_paragraph() throws IOException {
        WebDriver browser = browser(1400, 900, "en-GB");
        browser.get(url("/documents/" + SLUG + "/v/1#p-20/comments"));

        until(browser, "thread of paragraph 20", d -> text(d, "#thread-panel h2").equals("Paragraph 20"));
        until(browser, "paragraph 20 at the top of the text, under the header", d -> nearTopOfText(d, "p-20"));
        assertThat(focused(browser)).as("focus moved into the thread").isEqualTo("thread-title");
        assertThat(titleInView(browser)).as("the title stays on screen").isTrue();
        assertThat((Boolean) js(browser, "const s = document.querySelector('vaadin-app-layout').shadowRoot"
                + ".querySelector('[content]'); return s.scrollHeight > 3 * s.clientHeight && s.scrollTop > 0;"))
                .as("the page's own scroll moves the text").isTrue();
        assertThat(((Number) js(browser, "return [...document.querySelectorAll('.paragraph')].filter(p => {"
                + " const r = p.getBoundingClientRect(); return r.bottom > 0 && r.top < innerHeight; }).length;"))
                .intValue()).as("paragraphs on screen at 1400×900").isGreaterThanOrEqualTo(6);
        assertThat(BrowserSteps.pageText(browser).split("Open for comments", -1)).as("status shown once").hasSize(2);
        screenshot(browser, "reading-deep-link-desktop-en.png");

        js(browser, "location.hash = '#p-5/comments';");
        until(browser, "thread of paragraph 5 after the hash changed", d -> text(d, "#thread-panel h2")
                .equals("Paragraph 5"));
        until(browser, "paragraph 5 at the top", d -> nearTopOfText(d, "p-5"));

        browser.findElement(By.cssSelector("#thread-title")).sendKeys(Keys.ESCAPE);
        until(browser, "Esc closed the thread", ExpectedConditions.invisibilityOfElementLocated(By.id("thread-panel")));
        BrowserSteps.idle(browser);
        assertThat(focused(browser)).as("focus back on the paragraph").isEqualTo("margin-p-5");

        js(browser, "document.querySelector('#p-7 .paragraph-number').click();");
        until(browser, "an in-page link stays on the page and goes to its paragraph", d -> nearTopOfText(d, "p-7")
                && d.getCurrentUrl().endsWith("/documents/" + SLUG + "/v/1#p-7"));
        assertThat(titleInView(browser)).isTrue();

        // the reader scrolls on until §30 comes (one jump can be cut short while the track is still measured)
        until(browser, "scrolled far with the page", d -> {
            js(d, "document.querySelector('vaadin-app-layout').shadowRoot.querySelector('[content]').scrollTop += 1000;");
            return !d.findElements(By.id("p-30")).isEmpty();
        });
        assertThat(titleInView(browser)).as("the header stays while the page scrolls").isTrue();
        screenshot(browser, "reading-scrolled-desktop-en.png");
    }

    @Test
    void on_a_phone_in_french_the_header_stays_and_the_thread_covers_the_text() throws IOException {
        WebDriver phone = browser(1400, 900, "fr-FR");
        phone.get(url("/documents/" + SLUG + "/v/1"));
        until(phone, "language switcher", ExpectedConditions.elementToBeClickable(By.id("language-switcher"))).click();
        BrowserSteps.pick(phone, "vaadin-select-item", "français");
        until(phone, "French", d -> text(d, "#version-banner .status-badge").equals("Ouvert aux commentaires"));
        phone.manage().window().setSize(new Dimension(390, 844));
        phone.get(url("/documents/" + SLUG + "/v/1#p-12/comments"));
        until(phone, "thread of paragraph 12", d -> text(d, "#thread-panel h2").equals("Paragraphe 12"));
        screenshot(phone, "reading-thread-phone-fr.png");
        phone.findElement(By.id("thread-close")).click();
        until(phone, "closed", ExpectedConditions.invisibilityOfElementLocated(By.id("thread-panel")));
        until(phone, "paragraph 12 on screen", d -> Boolean.TRUE.equals(js(d, "const p = document.getElementById('p-12');"
                + " if (!p) return false; const r = p.getBoundingClientRect(); return r.bottom > 0 && r.top < innerHeight;")));
        assertThat(titleInView(phone)).isTrue();
        assertThat((Boolean) js(phone, "return document.documentElement.scrollWidth <= innerWidth + 1;"))
                .as("no horizontal scrollbar").isTrue();
        screenshot(phone, "reading-phone-fr.png");
    }

    @Test
    void selecting_a_passage_on_a_fresh_page_offers_to_comment_on_it() throws IOException {
        Person reader = data.person(GlobalRole.CONTRIBUTOR);
        WebDriver browser = browser(1400, 900, "en-GB");
        BrowserSteps.signIn(browser, url(""), reader);
        browser.get(url("/documents/" + SLUG + "/v/1"));
        until(browser, "paragraph 3 shown", ExpectedConditions.presenceOfElementLocated(By.cssSelector("#p-3 .paragraph-text")));
        BrowserSteps.idle(browser);

        js(browser, "const t = document.querySelector('#p-3 .paragraph-text'); const w = document.createTreeWalker(t, NodeFilter.SHOW_TEXT);"
                + "const node = w.nextNode(); const at = node.data.indexOf('coordinate services');"
                + "const r = document.createRange(); r.setStart(node, at); r.setEnd(node, at + 'coordinate services'.length);"
                + "getSelection().removeAllRanges(); getSelection().addRange(r);");
        until(browser, "the button beside the selection",
                ExpectedConditions.visibilityOfElementLocated(By.id("quote-passage")));
        screenshot(browser, "reading-quote-button-desktop-en.png");
        browser.findElement(By.id("quote-passage")).click();

        until(browser, "thread of paragraph 3 with the passage", d -> text(d, "#thread-panel h2").equals("Paragraph 3")
                && text(d, ".new-comment .form-passage .quote").equals("coordinate services"));
        until(browser, "focus in the form", d -> (Boolean) js(d,
                "return !!document.activeElement.closest('#comment-body');"));
        String body = "The mayor said « " + ARABIC + " » at the assembly.";
        browser.findElement(By.cssSelector("#comment-body textarea")).sendKeys(body);
        browser.findElement(By.cssSelector(".new-comment .comment-send")).click();
        until(browser, "posted", d -> text(d, "#thread-list .comment-body").equals(body));
        WebElement card = browser.findElement(By.cssSelector("#thread-list .comment-card"));
        assertThat(text(browser, "#thread-list .comment-quote")).isEqualTo("coordinate services");
        assertThat(text(browser, "#thread-list .comment-body bdi")).as("the Arabic run isolated").isEqualTo(ARABIC);
        assertThat((Boolean) js(browser, "const r = arguments[0].getBoundingClientRect();"
                + "return r.top >= 0 && r.top < innerHeight;", card)).as("the new comment in view").isTrue();
        assertThat(browser.findElement(By.cssSelector(".new-comment .comment-send")).isEnabled()).isTrue();
        screenshot(browser, "reading-quoted-comment-desktop-en.png");
    }

    @Test
    void flagging_is_confirmed_and_done_once() {
        Person author = data.person(GlobalRole.CONTRIBUTOR);
        Person reader = data.person(GlobalRole.CONTRIBUTOR);
        data.signIn(author);
        Comment comment = comments.post(paragraphs.get(1).id(), NewComment.of(CommentKind.COMMENT, "Buy cheap watches."));
        data.signOut();
        WebDriver browser = browser(1400, 900, "en-GB");
        BrowserSteps.signIn(browser, url(""), reader);
        browser.get(url("/documents/" + SLUG + "/v/1#p-2/comments"));
        BrowserSteps.click(browser, "#comment-" + comment.id() + " .action-flag");
        BrowserSteps.click(browser, "vaadin-dialog-overlay vaadin-button[theme~='primary']");
        until(browser, "thanked", d -> BrowserSteps.pageText(d).contains("the moderators will look at this comment"));
        until(browser, "flagged, not again", d -> !d.findElements(By.cssSelector(
                "#comment-" + comment.id() + " .action-flagged[disabled]")).isEmpty()
                && d.findElements(By.cssSelector("#comment-" + comment.id() + " .action-flag")).isEmpty());
    }

    @Test
    void my_comments_are_listed_beside_the_text_with_previous_and_next() throws IOException {
        Person reader = data.person(GlobalRole.CONTRIBUTOR);
        Person other = data.person(GlobalRole.CONTRIBUTOR);
        data.signIn(reader);
        comments.post(paragraphs.get(3).id(), NewComment.of(CommentKind.QUESTION, "Which regions?"));
        comments.post(paragraphs.get(25).id(), NewComment.of(CommentKind.COMMENT, "Too long a list."));
        data.signOut();
        data.signIn(other);
        comments.post(paragraphs.get(10).id(), NewComment.of(CommentKind.SUPPORT, "Yes."));
        data.signOut();
        WebDriver browser = browser(1400, 900, "en-GB");
        BrowserSteps.signIn(browser, url(""), reader);
        browser.get(url("/documents/" + SLUG + "/v/1"));

        BrowserSteps.click(browser, "#document-comment-filter vaadin-details-summary");
        BrowserSteps.click(browser, "#document-comment-filter vaadin-checkbox:not([hidden])");
        until(browser, "my two comments listed", d -> d.findElements(By.cssSelector("#matching-comments .matching-entry"))
                .size() == 2);
        assertThat(text(browser, "#matching-title")).isEqualTo("2 matching comments (2 paragraphs)");
        screenshot(browser, "reading-my-comments-desktop-en.png");

        BrowserSteps.click(browser, "#matching-next");
        until(browser, "first of mine", d -> text(d, "#thread-panel h2").equals("Paragraph 4"));
        BrowserSteps.click(browser, "#matching-next");
        until(browser, "next of mine", d -> text(d, "#thread-panel h2").equals("Paragraph 26"));
        until(browser, "its paragraph at the top", d -> nearTopOfText(d, "p-26"));
        BrowserSteps.click(browser, "#matching-previous");
        until(browser, "back to the first", d -> text(d, "#thread-panel h2").equals("Paragraph 4"));
        screenshot(browser, "reading-my-comments-thread-desktop-en.png");

        browser.manage().window().setSize(new Dimension(390, 844));
        BrowserSteps.click(browser, "#thread-close");
        until(browser, "the navigator as a bar on the phone", d -> (Boolean) js(d, "const r = document"
                + ".getElementById('matching-comments').getBoundingClientRect(); return r.bottom >= innerHeight - 1"
                + " && r.height < 100;"));
        BrowserSteps.click(browser, "#matching-next");
        until(browser, "next of mine on the phone", d -> text(d, "#thread-panel h2").equals("Paragraph 26"));
        screenshot(browser, "reading-my-comments-thread-phone-en.png");
    }

    /** The paragraph's top is just under the sticky header: not under it, and not further down the screen. */
    private static boolean nearTopOfText(WebDriver driver, String anchor) {
        Object near = js(driver, "const p = document.getElementById(arguments[0]); if (!p) return false;"
                + "const header = document.querySelector('.reading-header').getBoundingClientRect().bottom;"
                + "const top = p.getBoundingClientRect().top; return top >= header - 2 && top < header + 160;", anchor);
        return Boolean.TRUE.equals(near);
    }

    private static boolean titleInView(WebDriver driver) {
        return (Boolean) js(driver, "const r = document.querySelector('.document-heading').getBoundingClientRect();"
                + "const bar = document.querySelector('vaadin-app-layout').shadowRoot.querySelector('[part=navbar]')"
                + ".getBoundingClientRect().bottom; return r.top >= bar - 1 && r.bottom <= innerHeight;");
    }

    private static String focused(WebDriver driver) {
        return (String) js(driver, "let a = document.activeElement; return a ? a.id : '';");
    }

    private static Object js(WebDriver driver, String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    private WebDriver browser(int width, int height, String language) {
        WebDriver driver = HeadlessChromium.start(width, height, "--lang=" + language);
        drivers.add(driver);
        driver.manage().window().setSize(new Dimension(width, height));
        return driver;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static String paper() {
        StringBuilder markdown = new StringBuilder("# A long paper on migrants in cities\n\n## I. Context\n\n");
        for (int n = 1; n <= 40; n++) {
            if (n == 21) {
                markdown.append("## II. Proposals\n\n");
            }
            markdown.append(n).append(". Paragraph ").append(n)
                    .append(": local governments receive newcomers and coordinate services with the regions")
                    .append(n % 3 == 0 ? ", and they ask the state for the means to do so over several years" : "")
                    .append(".\n\n");
        }
        return markdown.toString();
    }
}
