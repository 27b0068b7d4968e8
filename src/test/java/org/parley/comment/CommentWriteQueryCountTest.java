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
import org.parley.search.CommentSource;
import org.parley.search.IndexedComment;
import org.parley.security.GlobalRole;
import org.parley.testsupport.ManyComments;
import org.parley.testsupport.ParleyTest;
import org.parley.testsupport.StatementCounter;
import org.parley.testsupport.TestData;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The write path of a consultation is a handful of round trips to PostgreSQL, whatever the load: posting a comment
 * reads its paragraph, version and document together and writes its audit line and change row together, and the
 * search index reads a batch of changed comments in as many statements as a single one (issue 14).
 */
@ParleyTest
class CommentWriteQueryCountTest {

    @Autowired
    CommentService comments;
    @Autowired
    CommentSource indexed;
    @Autowired
    StatementCounter counter;
    @Autowired
    TestData data;
    @Autowired
    DSLContext dsl;

    List<Paragraph> paragraphs;
    Person member;
    Organisation africa;

    @BeforeEach
    void setUp() {
        data.reset();
        DocumentSummary document = data.openDocument("paper", Visibility.PUBLIC, """
                # Paper

                ## 1. Context

                Cities receive most newcomers.

                Local governments need a say in reception policy.
                """);
        paragraphs = data.paragraphs(document.latest());
        africa = data.organisation(OrganisationKind.REGIONAL_SECTION);
        member = data.person(GlobalRole.CONTRIBUTOR);
        data.membership(member, africa, MembershipRole.MEMBER);
    }

    @Test
    void posting_a_comment_reads_its_paragraph_once_and_journals_in_one_round_trip() {
        data.signIn(member);
        try {
            List<String> statements = counter.statementsOf(() -> comments.post(paragraphs.get(0).id(),
                    NewComment.of(CommentKind.COMMENT, "Tangier asks for a line on housing.")));

            assertThat(statements.stream().filter(sql -> sql.contains("from \"public\".\"paragraph\"")
                    || sql.contains("from \"paragraph\""))).hasSize(1);
            assertThat(statements.stream().filter(sql -> sql.contains("\"audit_event\"")
                    || sql.contains("\"change_log\""))).hasSize(1);
            assertThat(statements).hasSizeLessThanOrEqualTo(8);
        } finally {
            data.signOut();
        }
    }

    @Test
    void the_index_reads_two_hundred_changed_comments_in_as_many_statements_as_one() {
        Person author = data.person(GlobalRole.CONTRIBUTOR);
        Person endorser = data.person(GlobalRole.CONTRIBUTOR);
        Organisation commission = data.organisation(OrganisationKind.COMMISSION);
        ManyComments.insert(dsl, paragraphs.get(0), author.id(), africa.id(), commission.id(), endorser.id(), 100);
        ManyComments.insert(dsl, paragraphs.get(1), author.id(), africa.id(), commission.id(), endorser.id(), 100);
        List<Long> all = dsl.fetch("select id from comment where parent_id is null order by id")
                .getValues(0, Long.class);

        List<String> one = counter.statementsOf(() -> indexed.visibleComments(all.subList(0, 1)));
        List<String> twoHundred = counter.statementsOf(() -> indexed.visibleComments(all));

        assertThat(all).hasSize(200);
        assertThat(indexed.visibleComments(all)).hasSize(200)
                .extracting(IndexedComment::paragraphId).containsOnly(paragraphs.get(0).id(), paragraphs.get(1).id());
        assertThat(twoHundred).hasSameSizeAs(one).hasSizeLessThanOrEqualTo(4);
    }
}
