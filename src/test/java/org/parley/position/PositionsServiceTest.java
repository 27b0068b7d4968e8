package org.parley.position;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.parley.disposition.DispositionKind;
import org.parley.disposition.DispositionService;
import org.parley.drafting.RevisionService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.comment.Comment;
import org.parley.comment.CommentKind;
import org.parley.comment.CommentService;
import org.parley.comment.NewComment;
import org.parley.document.DocumentVersion;
import org.parley.document.VersionStatus;
import org.parley.document.Visibility;
import org.parley.organisation.MembershipRole;
import org.parley.organisation.Organisation;
import org.parley.organisation.OrganisationKind;
import org.parley.organisation.Person;
import org.parley.security.GlobalRole;
import org.parley.testsupport.ParleyTest;
import org.parley.testsupport.TestData;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

@ParleyTest
class PositionsServiceTest {

    @Autowired
    TestData data;
    @Autowired
    PositionsService positions;
    @Autowired
    CommentService comments;
    @Autowired
    DispositionService dispositions;
    @Autowired
    RevisionService revisions;

    private Organisation africa;
    private Comment support;
    private DocumentVersion round;

    @BeforeEach
    void setUp() {
        data.reset();
        round = data.openDocument("paper", Visibility.PUBLIC, """
                # Paper

                1. Access to adequate housing is the foundation of inclusion.

                2. Health is a fundamental right for every resident.
                """).latest();
        var paragraphs = data.paragraphs(round);
        africa = data.organisation(OrganisationKind.REGIONAL_SECTION);
        Person focal = data.person(GlobalRole.CONTRIBUTOR);
        data.membership(focal, africa, MembershipRole.FOCAL_POINT);
        Person member = data.person(GlobalRole.CONTRIBUTOR);
        data.membership(member, africa, MembershipRole.MEMBER);
        data.signIn(focal);
        support = comments.post(paragraphs.get(0).id(), NewComment.of(CommentKind.SUPPORT,
                "Tangier's housing office, ouvert à tous.").onBehalfOf(africa.id()));
        comments.post(paragraphs.get(1).id(), NewComment.of(CommentKind.COMMENT, "A personal view."));
        data.signIn(member);
        comments.post(paragraphs.get(1).id(), NewComment.of(CommentKind.OBJECTION, "Draft, not approved.")
                .onBehalfOf(africa.id()));
        data.signOut();
    }

    @Test
    void an_organisations_published_comments_are_listed_and_the_answer_shows_once_public() {
        assertThat(positions.positions(africa.id())).singleElement().satisfies(p -> {
            assertThat(p.commentId()).isEqualTo(support.id());
            assertThat(p.paragraphNumber()).isEqualTo("1");
            assertThat(p.anchor()).isEqualTo("p-1");
            assertThat(p.disposition()).isNull();
        });

        data.signIn(data.person(GlobalRole.EDITOR));
        data.schedule(round, VersionStatus.CLOSED, null, null);
        DocumentVersion draft = revisions.startNextDraft("paper").version();
        dispositions.dispose(support.id(), DispositionKind.PARTLY_ACCEPTED, "Kept the idea, not the example.",
                List.of(), null);
        data.signOut();
        assertThat(positions.positions(africa.id()).get(0).disposition()).as("the draft is not out").isNull();

        data.signIn(data.person(GlobalRole.ADMIN));
        dispositions.publish(draft.id(), "Bogotá", "Deadline", null, null);
        data.signOut();

        Position answered = positions.positions(africa.id()).get(0);
        assertThat(answered.disposition()).isEqualTo(DispositionKind.PARTLY_ACCEPTED);
        assertThat(answered.reason()).isEqualTo("Kept the idea, not the example.");
    }

    @Test
    void an_organisations_endorsements_of_others_comments_are_positions_too() {
        Organisation tunis = data.organisation(OrganisationKind.LOCAL_GOVERNMENT);
        Person tunisFocal = data.person(GlobalRole.CONTRIBUTOR);
        data.membership(tunisFocal, tunis, MembershipRole.FOCAL_POINT);
        data.signIn(tunisFocal);
        comments.endorse(support.id(), tunis.id());
        data.signOut();

        assertThat(positions.positions(tunis.id())).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Position.ENDORSEMENT);
            assertThat(p.commentId()).isEqualTo(support.id());
            assertThat(p.text()).isEqualTo("Tangier's housing office, ouvert à tous.");
            assertThat(p.endorsed()).isEqualTo(africa.name());
            assertThat(p.paragraphNumber()).isEqualTo("1");
            assertThat(positions.kindLabel(p, Locale.FRENCH)).isEqualTo("Appuie le commentaire de " + africa.name());
        });
        assertThat(positions.positions(africa.id())).as("the endorsed organisation's own list is unchanged")
                .singleElement().satisfies(p -> assertThat(p.kind()).isEqualTo("SUPPORT"));
        assertThat(new String(positions.csv(tunis.id(), Locale.ENGLISH), StandardCharsets.UTF_8))
                .contains("Supports the comment of " + africa.name());
    }

    @Test
    void the_csv_has_a_header_in_the_readers_language_and_one_row_per_position() {
        String csv = new String(positions.csv(africa.id(), Locale.FRENCH), StandardCharsets.UTF_8);

        String[] lines = csv.split("\r\n");
        assertThat(lines[0]).startsWith("\uFEFFDocument,Version,Paragraphe,Type,Ce qu'elle a dit");
        assertThat(lines).hasSize(2);
        assertThat(lines[1]).contains("Soutien").contains("\"Tangier's housing office, ouvert à tous.\"");
    }

    @Test
    void the_xlsx_has_the_same_table_as_the_csv() throws IOException {
        byte[] xlsx = positions.xlsx(africa.id(), Locale.FRENCH);

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Document");
            assertThat(sheet.getRow(0).getCell(4).getStringCellValue()).startsWith("Ce qu'elle a dit");
            assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("Soutien");
            assertThat(sheet.getRow(1).getCell(4).getStringCellValue())
                    .isEqualTo("Tangier's housing office, ouvert à tous.");
        }
    }
}
