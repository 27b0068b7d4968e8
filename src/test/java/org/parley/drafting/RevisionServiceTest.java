package org.parley.drafting;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.base.UserFacingException;
import org.parley.document.ChangeKind;
import org.parley.document.DocumentService;
import org.parley.document.Paragraph;
import org.parley.document.VersionStatus;
import org.parley.document.Visibility;
import org.parley.security.GlobalRole;
import org.parley.base.PermissionDeniedException;
import org.parley.testsupport.ParleyTest;
import org.parley.testsupport.TestData;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ParleyTest
class RevisionServiceTest {

    private static final String DRAFT = """
            # Paper

            ## I. Housing

            1. Access to adequate housing is the foundation of every other dimension of inclusion.

            2. Municipal housing policies rarely target migrants explicitly, and they need not do so.

            ## II. Health

            3. Health is both a fundamental right and a matter of public interest for the whole city.

            4. Mental health deserves particular attention after long and dangerous journeys.
            """;

    @Autowired
    TestData data;
    @Autowired
    RevisionService revisions;
    @Autowired
    DocumentService documents;

    @BeforeEach
    void setUp() {
        data.reset();
        data.openDocument("paper", Visibility.PUBLIC, DRAFT);
        data.signIn(data.person(GlobalRole.EDITOR));
    }

    @Test
    void the_next_draft_copies_every_paragraph_with_its_lineage() {
        List<Paragraph> before = documents.allParagraphs(documents.version("paper", 1));

        RevisionResult result = revisions.startNextDraft("paper");

        assertThat(result.version().number()).isEqualTo(2);
        assertThat(result.version().status()).isEqualTo(VersionStatus.DRAFT);
        assertThat(result.paragraphs()).extracting(RevisedParagraph::lineageId)
                .containsExactlyElementsOf(before.stream().map(Paragraph::lineageId).toList());
        assertThat(result.paragraphs()).allSatisfy(p -> assertThat(p.change()).isEqualTo(ChangeKind.UNCHANGED));
        assertThat(result.deletedPredecessorIds()).isEmpty();
        assertThat(documents.sections(result.version())).extracting(s -> s.title())
                .containsExactly("I. Housing", "II. Health");
    }

    @Test
    void a_second_draft_is_refused_while_one_is_still_a_draft() {
        revisions.startNextDraft("paper");

        assertThatThrownBy(() -> revisions.startNextDraft("paper"))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("revision.error.draft-exists"));
    }

    @Test
    void a_revised_draft_is_aligned_and_keeps_lineages_where_paragraphs_continue() {
        Map<String, Paragraph> old = byNumber(documents.allParagraphs(documents.version("paper", 1)));
        String revised = """
                # Paper

                ## I. Housing

                1. Access to adequate and affordable housing is the foundation of every other dimension of inclusion.

                2. Local governments should register every resident, whatever their status, for municipal services.

                ## II. Health

                3. Health is both a fundamental right and a matter of public interest for the whole city.

                4. Mental health deserves particular attention after long and dangerous journeys.
                """.replace("2. Local governments", "2. Local governments");

        RevisionProposal proposal = revisions.proposeRevision("paper", "revised.md",
                revised.getBytes(StandardCharsets.UTF_8));
        RevisionResult result = revisions.acceptProposal(proposal.importId(), List.of());

        Map<String, RevisedParagraph> created = result.paragraphs().stream()
                .collect(Collectors.toMap(RevisedParagraph::number, Function.identity()));
        assertThat(created.get("1").change()).isEqualTo(ChangeKind.EDITED);
        assertThat(created.get("1").lineageId()).isEqualTo(old.get("1").lineageId());
        assertThat(created.get("2").change()).as("a paragraph with new content").isNull();
        assertThat(created.get("2").lineageId()).isNotEqualTo(old.get("2").lineageId());
        assertThat(created.get("3").change()).isEqualTo(ChangeKind.UNCHANGED);
        assertThat(created.get("4").predecessorIds()).containsExactly(old.get("4").id());
        assertThat(result.deletedPredecessorIds()).containsExactly(old.get("2").id());
    }

    @Test
    void an_editor_can_correct_the_proposed_mapping_before_saving() {
        Map<String, Paragraph> old = byNumber(documents.allParagraphs(documents.version("paper", 1)));
        String revised = DRAFT.replace("Municipal housing policies rarely target migrants explicitly, and they "
                + "need not do so.", "Cities should open their housing offices to every resident.");
        RevisionProposal proposal = revisions.proposeRevision("paper", "revised.md",
                revised.getBytes(StandardCharsets.UTF_8));
        assertThat(proposal.paragraphs().get(1).predecessorIds()).isEmpty();

        RevisionResult result = revisions.acceptProposal(proposal.importId(),
                List.of(new MappingCorrection(1, List.of(old.get("2").id()))));

        RevisedParagraph second = result.paragraphs().get(1);
        assertThat(second.predecessorIds()).containsExactly(old.get("2").id());
        assertThat(second.change()).isEqualTo(ChangeKind.EDITED);
        assertThat(second.lineageId()).isEqualTo(old.get("2").lineageId());
        assertThat(result.deletedPredecessorIds()).isEmpty();
    }

    @Test
    void an_identical_revision_is_refused() {
        assertThatThrownBy(() -> revisions.proposeRevision("paper", "same.md", DRAFT.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("revision.error.identical"));
    }

    @Test
    void contributors_cannot_create_versions() {
        data.signIn(data.person(GlobalRole.CONTRIBUTOR));

        assertThatThrownBy(() -> revisions.startNextDraft("paper")).isInstanceOf(PermissionDeniedException.class);
        assertThat(documents.document("paper").versions()).hasSize(1);
    }

    @Test
    void a_confirmed_import_cannot_be_confirmed_twice() {
        RevisionProposal proposal = revisions.proposeRevision("paper", "revised.md",
                DRAFT.replace("whole city", "whole metropolitan area").getBytes(StandardCharsets.UTF_8));
        revisions.acceptProposal(proposal.importId(), List.of());

        assertThatThrownBy(() -> revisions.acceptProposal(proposal.importId(), List.of()))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("revision.error.import-not-found"));
    }

    private static Map<String, Paragraph> byNumber(List<Paragraph> paragraphs) {
        return paragraphs.stream().collect(Collectors.toMap(Paragraph::number, Function.identity()));
    }
}
