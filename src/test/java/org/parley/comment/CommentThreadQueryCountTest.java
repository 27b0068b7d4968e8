package org.parley.comment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.document.DocumentSummary;
import org.parley.document.Paragraph;
import org.parley.document.Visibility;
import org.parley.organisation.MembershipRole;
import org.parley.organisation.Organisation;
import org.parley.organisation.OrganisationKind;
import org.parley.organisation.Person;
import org.parley.security.GlobalRole;
import org.parley.testsupport.ManyComments;
import org.parley.testsupport.ParleyTest;
import org.parley.testsupport.StatementCounter;
import org.parley.testsupport.TestData;
import org.springframework.beans.factory.annotation.Autowired;

/** Opening a thread takes the same few SQL statements whether it holds ten comments or a thousand. */
@ParleyTest
class CommentThreadQueryCountTest {

    @Autowired
    CommentQueryService queries;
    @Autowired
    StatementCounter counter;
    @Autowired
    TestData data;
    @Autowired
    DSLContext dsl;

    Paragraph small;
    Paragraph large;
    Person reader;

    @BeforeEach
    void setUp() {
        data.reset();
        DocumentSummary document = data.openDocument("paper", Visibility.MEMBERS, """
                # Paper

                ## 1. Context

                Ten comments here.

                A thousand comments here.
                """);
        List<Paragraph> paragraphs = data.paragraphs(document.latest());
        small = paragraphs.get(0);
        large = paragraphs.get(1);
        Organisation africa = data.organisation(OrganisationKind.REGIONAL_SECTION);
        Organisation commission = data.organisation(OrganisationKind.COMMISSION);
        Person author = data.person(GlobalRole.CONTRIBUTOR);
        Person endorser = data.person(GlobalRole.CONTRIBUTOR);
        reader = data.person(GlobalRole.CONTRIBUTOR);
        data.membership(reader, africa, MembershipRole.MEMBER);
        ManyComments.insert(dsl, small, author.id(), africa.id(), commission.id(), endorser.id(), 10);
        ManyComments.insert(dsl, large, author.id(), africa.id(), commission.id(), endorser.id(), 1_000);
    }

    private List<String> statementsOfThread(Paragraph paragraph, int expectedComments) {
        data.signIn(reader);
        try {
            return counter.statementsOf(() -> {
                List<Comment> thread = queries.thread(paragraph.id(), CommentFilter.ALL);
                assertThat(thread).hasSize(expectedComments);
                return thread;
            });
        } finally {
            data.signOut();
        }
    }

    @Test
    void thread_of_a_thousand_comments_takes_as_many_statements_as_one_of_ten() {
        List<String> ten = statementsOfThread(small, 10 + 2);
        List<String> thousand = statementsOfThread(large, 1_000 + 200);

        assertThat(ten).isNotEmpty().hasSizeLessThanOrEqualTo(10);
        assertThat(thousand).hasSameSizeAs(ten);
    }

    @Test
    void endorsements_of_the_whole_thread_come_in_one_statement() {
        List<String> statements = statementsOfThread(large, 1_200);

        assertThat(statements.stream().filter(sql -> sql.contains("\"endorsement\""))).hasSize(1);
        data.signIn(reader);
        try {
            long endorsed = queries.thread(large.id(), CommentFilter.ALL).stream()
                    .filter(c -> !c.endorsements().isEmpty()).count();
            assertThat(endorsed).isEqualTo(dsl.fetchCount(dsl.selectFrom("endorsement")
                    .where("comment_id in (select id from comment where paragraph_id = ?)", large.id())));
        } finally {
            data.signOut();
        }
    }

    @Test
    void margin_counts_of_the_version_are_one_grouped_statement() {
        data.signIn(reader);
        try {
            List<String> statements = counter.statementsOf(() -> queries.counts(large.versionId()));
            assertThat(statements.stream().filter(sql -> sql.contains("\"comment\".\"kind\", count(*)"))).hasSize(1);
            assertThat(queries.counts(large.versionId()).get(large.id()).total()).isEqualTo(1_000);
        } finally {
            data.signOut();
        }
    }
}
