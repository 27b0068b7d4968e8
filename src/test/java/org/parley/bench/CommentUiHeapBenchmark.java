package org.parley.bench;

import com.vaadin.flow.component.internal.ComponentTracker;
import java.io.File;
import java.lang.reflect.Field;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.virtuallist.VirtualList;
import org.junit.jupiter.api.Test;
import org.parley.comment.CommentKind;
import org.parley.comment.CommentService;
import org.parley.comment.NewComment;
import org.parley.document.DocumentService;
import org.parley.document.DocumentSummary;
import org.parley.document.Paragraph;
import org.parley.document.Visibility;
import org.parley.organisation.Person;
import org.parley.security.GlobalRole;
import org.parley.security.SystemActor;
import org.parley.testsupport.MarginClick;
import org.parley.testsupport.MockUi;
import org.parley.testsupport.ParleyTest;
import org.parley.testsupport.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

/**
 * Live heap per open reading UI with its comment panel open, with N UIs (Karibu, no browser) in one JVM on the
 * test database. Each UI: the reading view of a 40-paragraph paper, the first 20 rows rendered (as the browser
 * would ask), the thread of a paragraph with 20 comments open. Compared with N bare UIs (Karibu creates a
 * servlet and service per UI, which a real server shares): the difference is what the view itself costs.
 * Run: {@code ./mvnw -B test -Dtest=CommentUiHeapBenchmark -Dbench.uis=200} (not part of the build).
 */
@ParleyTest
class CommentUiHeapBenchmark {

    @Autowired
    ApplicationContext context;
    @Autowired
    TestData data;
    @Autowired
    CommentService comments;
    @Autowired
    DocumentService documents;

    @Test
    void heap_per_reading_ui_with_thread_open() throws Exception {
        int uis = Integer.getInteger("bench.uis", 200);
        if (!Boolean.getBoolean("bench.devmode")) {
            // as in production mode: in dev mode Vaadin records where each component was created (two stack
            // traces per component, ComponentTracker), about 5 MB per UI here; Karibu runs in dev mode
            Field disabled = ComponentTracker.class
                    .getDeclaredField("disabled");
            disabled.setAccessible(true);
            disabled.set(null, Boolean.TRUE);
        }
        data.reset();
        DocumentSummary paper = data.openDocument("paper", Visibility.PUBLIC, paper());
        Person reader = data.person(GlobalRole.CONTRIBUTOR);
        data.signIn(reader);
        Paragraph third = SystemActor.call(() -> documents.paragraphs(paper.latest(), 2, 1).get(0));
        for (int i = 0; i < 20; i++) {
            comments.post(third.id(), NewComment.of(CommentKind.values()[i % 4],
                    "Comment " + i + ": local governments should be consulted on the funding of services."));
        }
        open(3, true).clear(); // warm up classes and caches
        MockVaadin.tearDown();

        long baseline = usedAfterGc();
        List<UI> bare = open(uis, false);
        long bareUsed = usedAfterGc() - baseline;
        bare.clear();
        MockVaadin.tearDown();

        baseline = usedAfterGc();
        List<UI> reading = open(uis, true);
        long readingUsed = usedAfterGc() - baseline;
        System.out.printf("BENCH %d UIs: reading view + open thread %,d KB per UI; bare Karibu UI %,d KB per UI;"
                        + " view alone %,d KB per UI (heap %d MB max, %d cores)%n", uis, readingUsed / uis / 1024,
                bareUsed / uis / 1024, (readingUsed - bareUsed) / uis / 1024,
                Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());
        if (Boolean.getBoolean("bench.histogram")) {
            new ProcessBuilder("jcmd", String.valueOf(ProcessHandle.current().pid()), "GC.class_histogram")
                    .redirectOutput(new File("target/comment-ui-heap-histogram.txt")).start().waitFor();
        }
        reading.clear();
        MockVaadin.tearDown();
    }

    private List<UI> open(int count, boolean readAndOpenThread) throws Exception {
        List<UI> opened = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            UI ui = MockUi.open(context);
            if (readAndOpenThread) {
                MockUi.navigate("documents/paper/v/1");
                renderRows(_get(VirtualList.class, spec -> spec.withId("paragraphs")), 20);
                MockVaadin.clientRoundtrip();
                MarginClick.on("p-3");
                MockVaadin.clientRoundtrip();
            }
            // what sending the response does on a server: the changes for the browser are let go
            ui.getInternals().getStateTree().collectChanges(change -> { });
            ui.getInternals().dumpPendingJavaScriptInvocations();
            opened.add(ui);
        }
        return opened;
    }

    /** What the browser asks when the list comes into view: the first rows, rendered as components. */
    private static void renderRows(VirtualList<?> list, int rows) throws Exception {
        Method range = VirtualList.class.getDeclaredMethod("setViewportRange", int.class, int.class);
        range.setAccessible(true);
        range.invoke(list, 0, rows);
    }

    private static long usedAfterGc() throws InterruptedException {
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static String paper() {
        StringBuilder markdown = new StringBuilder("# Paper\n\n## I. Context\n\n");
        for (int n = 1; n <= 40; n++) {
            markdown.append(n).append(". Paragraph ").append(n)
                    .append(": local governments receive newcomers and coordinate services with the regions, "
                            + "and they ask for the means to do so.\n\n");
        }
        return markdown.toString();
    }
}
