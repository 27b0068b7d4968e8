package org.parley.bench;

import org.jooq.DSLContext;
import org.parley.Application;
import org.parley.comment.Comment;
import org.parley.comment.CommentFilter;
import org.parley.comment.CommentQueryService;
import org.parley.document.DocumentSummary;
import org.parley.document.Paragraph;
import org.parley.document.Visibility;
import org.parley.organisation.MembershipRole;
import org.parley.organisation.Organisation;
import org.parley.organisation.OrganisationKind;
import org.parley.organisation.Person;
import org.parley.security.GlobalRole;
import org.parley.testsupport.ManyComments;
import org.parley.testsupport.StatementCounter;
import org.parley.testsupport.TestData;
import org.parley.testsupport.TestDatabaseInitializer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Time to open a paragraph's thread of 1,000 comments (plus 200 replies and endorsements) through
 * CommentQueryService, as a signed-in member, on the test PostgreSQL (embedded or Testcontainers); the statements
 * it takes. Not run by the build; see bench/README.md. Argument: iterations (default 200).
 */
public final class ThreadBenchmark {

    public static void main(String[] args) {
        int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                .initializers(new TestDatabaseInitializer())
                .run("--server.port=0", "--logging.level.root=WARN")) {
            TestData data = context.getBean(TestData.class);
            DSLContext dsl = context.getBean(DSLContext.class);
            CommentQueryService queries = context.getBean(CommentQueryService.class);
            data.reset();
            DocumentSummary document = data.openDocument("bench", Visibility.MEMBERS, "# Bench\n\nThe paragraph.\n");
            Paragraph paragraph = data.paragraphs(document.latest()).get(0);
            Organisation africa = data.organisation(OrganisationKind.REGIONAL_SECTION);
            Organisation commission = data.organisation(OrganisationKind.COMMISSION);
            Person author = data.person(GlobalRole.CONTRIBUTOR);
            Person reader = data.person(GlobalRole.CONTRIBUTOR);
            data.membership(reader, africa, MembershipRole.MEMBER);
            ManyComments.insert(dsl, paragraph, author.id(), africa.id(), commission.id(), author.id(), 1_000);
            dsl.execute("analyze comment");

            data.signIn(reader);
            int size = queries.thread(paragraph.id(), CommentFilter.ALL).size();
            int statements = context.getBean(StatementCounter.class)
                    .statementsOf(() -> queries.thread(paragraph.id(), CommentFilter.ALL)).size();
            for (int i = 0; i < 50; i++) { // warm-up: JIT, connection pool, PostgreSQL caches
                queries.thread(paragraph.id(), CommentFilter.ALL);
            }
            List<Double> millis = new ArrayList<>();
            for (int i = 0; i < iterations; i++) {
                long start = System.nanoTime();
                List<Comment> thread = queries.thread(paragraph.id(), CommentFilter.ALL);
                millis.add((System.nanoTime() - start) / 1e6);
                if (thread.size() != size) {
                    throw new IllegalStateException("thread changed size");
                }
            }
            data.signOut();
            Collections.sort(millis);
            System.out.printf("thread of %d comments: %d SQL statements; median %.1f ms, p90 %.1f ms, min %.1f ms, "
                            + "max %.1f ms (n=%d)%n", size, statements, millis.get(millis.size() / 2),
                    millis.get((int) Math.ceil(millis.size() * 0.9) - 1), millis.get(0), millis.get(millis.size() - 1),
                    millis.size());
            data.reset();
        }
    }
}
