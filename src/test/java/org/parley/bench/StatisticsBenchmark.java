package org.parley.bench;

import org.jooq.DSLContext;
import org.parley.Application;
import org.parley.document.DocumentSummary;
import org.parley.document.Paragraph;
import org.parley.document.Visibility;
import org.parley.organisation.Organisation;
import org.parley.organisation.OrganisationKind;
import org.parley.organisation.Person;
import org.parley.security.GlobalRole;
import org.parley.statistics.DocumentStatistics;
import org.parley.statistics.StatisticsService;
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
 * Time to compute a document's statistics (every breakdown and the outcomes) through StatisticsService, as an
 * anonymous reader, over {@code count} published comments plus a reply to one in five, on the test PostgreSQL.
 * Not run by the build; see bench/README.md. Arguments: comments (default 100000), iterations (default 30).
 */
public final class StatisticsBenchmark {

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int iterations = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                .initializers(new TestDatabaseInitializer())
                .run("--server.port=0", "--logging.level.root=WARN")) {
            TestData data = context.getBean(TestData.class);
            DSLContext dsl = context.getBean(DSLContext.class);
            StatisticsService statistics = context.getBean(StatisticsService.class);
            data.reset();
            DocumentSummary document = data.openDocument("bench", Visibility.PUBLIC,
                    "## 1. Housing\n\nThe paragraph.\n");
            Paragraph paragraph = data.paragraphs(document.latest()).get(0);
            Organisation africa = data.organisation(OrganisationKind.REGIONAL_SECTION);
            Organisation commission = data.organisation(OrganisationKind.COMMISSION);
            Person author = data.person(GlobalRole.CONTRIBUTOR);
            ManyComments.insert(dsl, paragraph, author.id(), africa.id(), commission.id(), author.id(), count);
            dsl.execute("analyze comment");

            int statements = context.getBean(StatementCounter.class)
                    .statementsOf(() -> statistics.statistics("bench", null)).size();
            for (int i = 0; i < 5; i++) {
                statistics.statistics("bench", null);
            }
            List<Double> millis = new ArrayList<>();
            int contributions = 0;
            for (int i = 0; i < iterations; i++) {
                long start = System.nanoTime();
                DocumentStatistics result = statistics.statistics("bench", null);
                millis.add((System.nanoTime() - start) / 1e6);
                contributions = result.contributions();
            }
            Collections.sort(millis);
            System.out.printf("statistics over %d comments and replies: %d SQL statements; median %.1f ms, "
                            + "p90 %.1f ms, min %.1f ms, max %.1f ms (n=%d)%n", contributions, statements,
                    millis.get(millis.size() / 2), millis.get((int) Math.ceil(millis.size() * 0.9) - 1),
                    millis.get(0), millis.get(millis.size() - 1), millis.size());
            data.reset();
        }
    }
}
