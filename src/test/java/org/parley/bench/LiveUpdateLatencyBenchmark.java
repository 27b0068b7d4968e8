package org.parley.bench;

import org.parley.testsupport.HeadlessChromium;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.parley.comment.Comment;
import org.parley.comment.CommentKind;
import org.parley.comment.CommentService;
import org.parley.comment.NewComment;
import org.parley.document.DocumentService;
import org.parley.document.DocumentSummary;
import org.parley.document.Visibility;
import org.parley.organisation.Person;
import org.parley.security.GlobalRole;
import org.parley.security.SystemActor;
import org.parley.testsupport.TestData;
import org.parley.testsupport.TestDatabaseInitializer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Time from a post until another open UI shows it: a reader's headless Chromium has the paragraph's thread open;
 * the benchmark posts through the service (as another person) and the page records, with a MutationObserver,
 * when the new comment's card appears (Date.now() on the same machine). N posts after 3 warm-up ones.
 * Run: {@code ./mvnw -B test -Dtest=LiveUpdateLatencyBenchmark -Dbench.posts=30} (not part of the build).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "vaadin.devmode.devTools.enabled=false")
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class LiveUpdateLatencyBenchmark {

    @LocalServerPort
    int port;
    @Autowired
    TestData data;
    @Autowired
    CommentService comments;
    @Autowired
    DocumentService documents;

    @Test
    void post_to_screen() throws Exception {
        int posts = Integer.getInteger("bench.posts", 30);
        data.reset();
        DocumentSummary paper = data.openDocument("paper", Visibility.PUBLIC,
                "# Paper\n\n1. Cities receive newcomers.\n\n2. Regions coordinate services.\n");
        long paragraphId = SystemActor.call(() -> documents.paragraphs(paper.latest(), 1, 1).get(0).id());
        Person writer = data.person(GlobalRole.CONTRIBUTOR);
        WebDriver driver = HeadlessChromium.start(1280, 900);
        try {
            driver.get("http://localhost:" + port + "/documents/paper/v/1#p-2/comments");
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(
                    ExpectedConditions.visibilityOfElementLocated(By.id("thread-list")));
            ((JavascriptExecutor) driver).executeScript("window.seen = {};"
                    + "new MutationObserver(() => document.querySelectorAll('#thread-list .comment-card')"
                    + ".forEach(c => { if (!(c.id in window.seen)) window.seen[c.id] = Date.now(); }))"
                    + ".observe(document.body, {childList: true, subtree: true});");
            data.signIn(writer);
            List<Long> delays = new ArrayList<>();
            for (int i = 0; i < posts + 3; i++) {
                long start = System.currentTimeMillis();
                Comment posted = comments.post(paragraphId, NewComment.of(CommentKind.COMMENT, "Live " + i));
                String id = "comment-" + posted.id();
                Object seen = new WebDriverWait(driver, Duration.ofSeconds(10)).until(d ->
                        ((JavascriptExecutor) d).executeScript("return window.seen[arguments[0]];", id));
                if (i >= 3) {
                    delays.add(((Number) seen).longValue() - start);
                }
            }
            Collections.sort(delays);
            System.out.printf("BENCH post → shown in another browser: median %d ms, p90 %d ms, min %d ms, max %d ms"
                            + " (n=%d, %d cores)%n", delays.get(delays.size() / 2),
                    delays.get((int) Math.ceil(delays.size() * 0.9) - 1), delays.get(0),
                    delays.get(delays.size() - 1), delays.size(), Runtime.getRuntime().availableProcessors());
        } finally {
            driver.quit();
            data.signOut();
        }
    }
}
