package org.parley.bench;

import org.jooq.DSLContext;
import org.parley.Application;
import org.parley.comment.CarriedCommentsService;
import org.parley.document.ChangeKind;
import org.parley.document.DocumentService;
import org.parley.document.DocumentVersion;
import org.parley.document.Paragraph;
import org.parley.document.ParagraphOrigin;
import org.parley.document.Visibility;
import org.parley.document.importing.ParsedDocument;
import org.parley.document.importing.ParsedParagraph;
import org.parley.organisation.Person;
import org.parley.security.GlobalRole;
import org.parley.security.SystemActor;
import org.parley.testsupport.StatementCounter;
import org.parley.testsupport.TestData;
import org.parley.testsupport.TestDatabaseInitializer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/**
 * Comments that follow their paragraph on a long document: 1,700 paragraphs, three versions (version 2 copies
 * version 1; version 3 edits every fifth paragraph and deletes every tenth), three published comments per
 * paragraph on versions 1 and 2 (10,200 in all). Times, as a signed-in reader of version 3, the margin counts
 * of the version, the comments on removed text, and one paragraph's earlier comments. Not run by the build; see
 * bench/README.md. Argument: iterations (default 50).
 */
public final class CarriedCommentsBenchmark {

    private static final int PARAGRAPHS = 1_700;

    public static void main(String[] args) {
        int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                .initializers(new TestDatabaseInitializer())
                .run("--server.port=0", "--logging.level.root=WARN")) {
            TestData data = context.getBean(TestData.class);
            DSLContext dsl = context.getBean(DSLContext.class);
            DocumentService documents = context.getBean(DocumentService.class);
            CarriedCommentsService carried = context.getBean(CarriedCommentsService.class);
            StatementCounter counter = context.getBean(StatementCounter.class);
            data.reset();
            StringBuilder markdown = new StringBuilder("# Bench\n\n");
            for (int i = 1; i <= PARAGRAPHS; i++) {
                markdown.append("Paragraph ").append(i).append(" says something about cities and regions.\n\n");
            }
            DocumentVersion v1 = data.openDocument("bench", Visibility.MEMBERS, markdown.toString()).latest();
            Person author = data.person(GlobalRole.CONTRIBUTOR);
            comment(dsl, v1, author);
            DocumentVersion v2 = SystemActor.call(() -> next(documents, v1, false));
            SystemActor.run(() -> documents.publish(v2.id(), "Two", null, null, null));
            comment(dsl, v2, author);
            DocumentVersion v3 = SystemActor.call(() -> next(documents, v2, true));
            SystemActor.run(() -> documents.publish(v3.id(), "Three", null, null, null));
            dsl.execute("analyze");
            Paragraph middle = data.paragraphs(v3).get(PARAGRAPHS / 2);

            data.signIn(data.person(GlobalRole.CONTRIBUTOR));
            measure("margin counts of version 3", iterations, counter, () -> carried.counts(v3.id()).size());
            measure("comments on removed text", iterations, counter,
                    () -> carried.removedTextComments(v3.id()).size());
            measure("earlier comments of one paragraph", iterations, counter,
                    () -> carried.earlierComments(middle.id()).size());
            data.signOut();
            data.reset();
        }
    }

    private static void comment(DSLContext dsl, DocumentVersion version, Person author) {
        dsl.execute("""
                insert into comment (version_id, paragraph_id, lineage_id, kind, body, language, author_id, status,
                                     published_at)
                select p.version_id, p.id, p.lineage_id, 'COMMENT', 'Comment ' || n || ' on ' || p.number, 'en', ?,
                       'PUBLISHED', now()
                from paragraph p cross join generate_series(1, 3) n where p.version_id = ?""",
                author.id(), version.id());
    }

    private static DocumentVersion next(DocumentService documents, DocumentVersion previous, boolean change) {
        List<ParsedParagraph> texts = new ArrayList<>();
        List<ParagraphOrigin> origins = new ArrayList<>();
        for (Paragraph p : documents.allParagraphs(previous)) {
            if (change && p.ordinal() % 10 == 0) {
                continue;
            }
            boolean edited = change && p.ordinal() % 5 == 0;
            texts.add(new ParsedParagraph(null, String.valueOf(texts.size() + 1),
                    edited ? p.text() + " And towns." : p.text()));
            origins.add(new ParagraphOrigin(List.of(p.id()), edited ? ChangeKind.EDITED : ChangeKind.UNCHANGED,
                    p.lineageId()));
        }
        return documents.addVersion(previous.documentId(), new ParsedDocument("Bench", List.of(), texts), origins);
    }

    private static void measure(String what, int iterations, StatementCounter counter, Supplier<Integer> action) {
        int size = action.get();
        int statements = counter.statementsOf(action).size();
        for (int i = 0; i < 10; i++) {
            action.get();
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < iterations; i++) {
            long start = System.nanoTime();
            action.get();
            millis.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(millis);
        System.out.printf("%s (%d results): %d SQL statements; median %.1f ms, p90 %.1f ms, max %.1f ms (n=%d)%n",
                what, size, statements, millis.get(millis.size() / 2),
                millis.get((int) Math.ceil(millis.size() * 0.9) - 1), millis.get(millis.size() - 1), millis.size());
    }
}
