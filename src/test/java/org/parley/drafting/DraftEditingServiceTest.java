package org.parley.drafting;

import org.parley.disposition.DispositionKind;
import org.parley.disposition.DispositionService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.journal.Journal;
import org.parley.base.UserFacingException;
import org.parley.comment.Comment;
import org.parley.comment.CommentKind;
import org.parley.comment.CommentService;
import org.parley.comment.ImportedComment;
import org.parley.comment.NewComment;
import org.parley.document.ChangeKind;
import org.parley.document.DocumentVersion;
import org.parley.document.Paragraph;
import org.parley.document.VersionStatus;
import org.parley.document.Visibility;
import org.parley.organisation.Organisation;
import org.parley.organisation.OrganisationKind;
import org.parley.organisation.Person;
import org.parley.security.GlobalRole;
import org.parley.base.PermissionDeniedException;
import org.parley.testsupport.ParleyTest;
import org.parley.testsupport.TestData;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ParleyTest
class DraftEditingServiceTest {

    private static final String PROPOSED = "Access to adequate and affordable housing is the foundation of inclusion.";

    @Autowired
    TestData data;
    @Autowired
    DraftEditingService editing;
    @Autowired
    RevisionService revisions;
    @Autowired
    DispositionService dispositions;
    @Autowired
    CommentService comments;
    @Autowired
    Journal journal;

    private Person editor;
    private List<Paragraph> old;
    private Comment amendment;
    private Comment support;
    private DocumentVersion draft;
    private Comment deletion;

    @BeforeEach
    void setUp() {
        data.reset();
        DocumentVersion round = data.openDocument("paper", Visibility.PUBLIC, """
                # Paper

                1. Access to adequate housing is the foundation of inclusion.

                2. Health is a fundamental right for every resident.

                3. Education opens the city to newcomers.

                4. Cities need resources to welcome migrants.
                """).latest();
        old = data.paragraphs(round);
        data.signIn(data.person(GlobalRole.CONTRIBUTOR));
        amendment = comments.post(old.get(0).id(), NewComment.of(CommentKind.AMENDMENT, "Say affordable.")
                .proposing(PROPOSED));
        support = comments.post(old.get(1).id(), NewComment.of(CommentKind.SUPPORT, "Yes."));
        editor = data.person(GlobalRole.EDITOR);
        data.signIn(editor);
        // a Word file's deleted paragraph, as Word feedback imports it: an amendment with an empty text
        Organisation section = data.organisation(OrganisationKind.REGIONAL_SECTION);
        deletion = comments.postImported(round.id(), section.id(), List.of(new ImportedComment(1, null,
                        old.get(3).id(), CommentKind.AMENDMENT, "Deletes this paragraph.", "", null, null,
                        "Deletes this paragraph.")), "test.word-feedback.imported", "document_version", round.id(),
                Map.of()).get(0);
        data.schedule(round, VersionStatus.CLOSED, null, null);
        draft = revisions.startNextDraft("paper").version();
    }

    @Test
    void an_edited_text_keeps_its_lineage_becomes_edited_and_is_audited() {
        DraftParagraph first = paragraphs().get(0);

        DraftParagraph saved = editing.editText(first.id(), "  Housing is the foundation of inclusion.\r\n", 0);

        assertThat(saved.text()).isEqualTo("Housing is the foundation of inclusion.");
        assertThat(saved.revision()).isEqualTo(1);
        assertThat(saved.lineageId()).isEqualTo(old.get(0).lineageId());
        assertThat(saved.predecessorIds()).containsExactly(old.get(0).id());
        assertThat(saved.change()).isEqualTo(ChangeKind.EDITED);
        assertThat(journal.auditCount("paragraph", first.id())).isEqualTo(1);

        DraftParagraph reverted = editing.editText(first.id(), old.get(0).text(), saved.revision());
        assertThat(reverted.change()).isEqualTo(ChangeKind.UNCHANGED);
    }

    @Test
    void a_stale_save_is_refused_with_both_texts_and_nothing_is_lost() {
        DraftParagraph first = paragraphs().get(0);
        editing.editText(first.id(), "Text of the first editor.", first.revision());

        assertThatThrownBy(() -> editing.editText(first.id(), "Text of the second editor.", first.revision()))
                .isInstanceOfSatisfying(DraftEditConflictException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("revision.error.edit-conflict");
                    assertThat(e.current().text()).isEqualTo("Text of the first editor.");
                    assertThat(e.attemptedText()).isEqualTo("Text of the second editor.");
                });
        assertThat(paragraphs().get(0).text()).isEqualTo("Text of the first editor.");

        DraftParagraph current = paragraphs().get(0);
        editing.editText(first.id(), "Text of both editors.", current.revision());
        assertThat(paragraphs().get(0).text()).isEqualTo("Text of both editors.");
    }

    @Test
    void an_amendment_is_applied_in_one_action() {
        DraftParagraph applied = editing.applyAmendment(amendment.id(), null).orElseThrow();

        assertThat(applied.id()).isEqualTo(paragraphs().get(0).id());
        assertThat(applied.text()).isEqualTo(PROPOSED);
        assertThat(applied.change()).isEqualTo(ChangeKind.EDITED);
        assertThat(journal.auditCount("paragraph", applied.id())).isEqualTo(1);
    }

    @Test
    void an_amendment_with_an_empty_text_deletes_its_paragraph_from_the_draft() {
        assertThat(editing.applyAmendment(deletion.id(), null)).isEmpty();

        assertThat(paragraphs()).extracting(DraftParagraph::text).containsExactly(
                "Access to adequate housing is the foundation of inclusion.",
                "Health is a fundamental right for every resident.",
                "Education opens the city to newcomers.");
        assertRefused(() -> editing.applyAmendment(deletion.id(), null), "revision.error.amendment-on-deleted");
    }

    @Test
    void a_deletion_of_a_paragraph_edited_since_is_a_conflict_and_deletes_nothing() {
        DraftParagraph fourth = paragraphs().get(3);
        editing.editText(fourth.id(), "Cities need resources and powers to welcome migrants.", fourth.revision());

        assertThatThrownBy(() -> editing.applyAmendment(deletion.id(), null))
                .isInstanceOf(AmendmentConflictException.class);
        assertThat(paragraphs()).hasSize(4);
    }

    @Test
    void an_amendment_to_a_paragraph_changed_since_shows_the_three_texts_and_overwrites_nothing() {
        DraftParagraph first = paragraphs().get(0);
        editing.editText(first.id(), "Access to adequate housing is the first step of inclusion.", 0);

        assertThatThrownBy(() -> editing.applyAmendment(amendment.id(), null))
                .isInstanceOfSatisfying(AmendmentConflictException.class, e -> {
                    assertThat(e.originalText()).isEqualTo(old.get(0).text());
                    assertThat(e.current().text()).isEqualTo("Access to adequate housing is the first step of inclusion.");
                    assertThat(e.current().revision()).isEqualTo(1);
                    assertThat(e.proposedText()).isEqualTo(PROPOSED);
                });
        assertThat(paragraphs().get(0).text()).isEqualTo("Access to adequate housing is the first step of inclusion.");
    }

    @Test
    void an_amendment_to_a_deleted_paragraph_is_refused() {
        DraftParagraph first = paragraphs().get(0);
        editing.delete(first.id(), first.revision());

        assertRefused(() -> editing.applyAmendment(amendment.id(), null), "revision.error.amendment-on-deleted");
    }

    @Test
    void a_split_gives_two_paragraphs_continuing_the_same_predecessor() {
        DraftParagraph second = paragraphs().get(1);

        List<DraftParagraph> halves = editing.split(second.id(), 0, "Health is a fundamental right.",
                "It belongs to every resident.");

        List<DraftParagraph> all = paragraphs();
        assertThat(all).extracting(DraftParagraph::number).containsExactly("1", "2", "3", "4", "5");
        assertThat(all).extracting(DraftParagraph::ordinal).containsExactly(1, 2, 3, 4, 5);
        assertThat(all.get(1).id()).isEqualTo(second.id());
        assertThat(all.get(2).id()).isEqualTo(halves.get(1).id());
        assertThat(all.get(1).lineageId()).isEqualTo(old.get(1).lineageId());
        assertThat(all.get(2).lineageId()).isNotEqualTo(old.get(1).lineageId());
        assertThat(all.subList(1, 3)).allSatisfy(p -> {
            assertThat(p.predecessorIds()).containsExactly(old.get(1).id());
            assertThat(p.change()).isEqualTo(ChangeKind.SPLIT);
        });
        assertThat(all.get(2).text()).isEqualTo("It belongs to every resident.");
        assertThat(all.get(3).number()).isEqualTo("4");
        assertThat(all.get(3).text()).isEqualTo(old.get(2).text());

        editing.delete(halves.get(1).id(), 0);
        assertThat(paragraphs().get(1).change()).isEqualTo(ChangeKind.EDITED);
    }

    @Test
    void a_merge_unites_the_predecessors_and_keeps_the_answers_linked() {
        List<DraftParagraph> before = paragraphs();
        dispositions.dispose(support.id(), DispositionKind.ACCEPTED, null, List.of(before.get(1).id()), null);

        DraftParagraph merged = editing.mergeWithNext(before.get(0).id(), 0, before.get(1).id());

        assertThat(merged.text()).isEqualTo(old.get(0).text() + " " + old.get(1).text());
        assertThat(merged.predecessorIds()).containsExactly(old.get(0).id(), old.get(1).id());
        assertThat(merged.change()).isEqualTo(ChangeKind.MERGED);
        assertThat(merged.lineageId()).isEqualTo(old.get(0).lineageId());
        assertThat(paragraphs()).extracting(DraftParagraph::number).containsExactly("1", "2", "3");
        assertThat(dispositions.round(old.get(0).versionId()).stream()
                .filter(i -> i.comment().id() == support.id()).findFirst().orElseThrow()
                .disposition().paragraphIds()).containsExactly(merged.id());
        assertRefused(() -> editing.mergeWithNext(merged.id(), merged.revision(), before.get(3).id()),
                "error.concurrent-change");
        assertRefused(() -> editing.mergeWithNext(before.get(3).id(), 0, before.get(3).id()),
                "revision.error.merge-last");
    }

    @Test
    void a_moved_paragraph_is_marked_moved_and_the_numbers_follow_the_reading_order() {
        List<DraftParagraph> before = paragraphs();
        assertThat(editing.move(before.get(0).id(), before.get(1).id(), false).change())
                .isEqualTo(ChangeKind.UNCHANGED);

        DraftParagraph moved = editing.moveDown(before.get(0).id());
        assertThat(moved.change()).isEqualTo(ChangeKind.MOVED);
        assertThat(moved.number()).isEqualTo("2");
        editing.move(before.get(3).id(), before.get(1).id(), false);

        List<DraftParagraph> after = paragraphs();
        assertThat(after).extracting(DraftParagraph::id).containsExactly(before.get(3).id(), before.get(1).id(),
                before.get(0).id(), before.get(2).id());
        assertThat(after).extracting(DraftParagraph::number).containsExactly("1", "2", "3", "4");
        assertThat(after).extracting(DraftParagraph::change).containsExactly(ChangeKind.MOVED,
                ChangeKind.UNCHANGED, ChangeKind.MOVED, ChangeKind.UNCHANGED);
        assertThat(journal.auditCount("paragraph", before.get(0).id())).isEqualTo(1);
        assertRefused(() -> editing.moveUp(before.get(3).id()), "revision.error.move-first");
    }

    @Test
    void an_inserted_paragraph_starts_a_new_lineage_without_predecessors() {
        List<DraftParagraph> before = paragraphs();

        DraftParagraph inserted = editing.insertAfter(before.get(1).id(), "Culture belongs to everyone.");

        assertThat(inserted.ordinal()).isEqualTo(3);
        assertThat(inserted.number()).isEqualTo("3");
        assertThat(inserted.isNew()).isTrue();
        assertThat(inserted.change()).isNull();
        assertThat(before).extracting(DraftParagraph::lineageId).doesNotContain(inserted.lineageId());
        assertThat(paragraphs()).extracting(DraftParagraph::number).containsExactly("1", "2", "3", "4", "5");
        assertThat(journal.auditCount("paragraph", inserted.id())).isEqualTo(1);
    }

    @Test
    void a_deleted_paragraph_leaves_its_predecessor_without_successor() {
        List<DraftParagraph> before = paragraphs();

        editing.delete(before.get(2).id(), 0);

        List<DraftParagraph> after = paragraphs();
        assertThat(after).extracting(DraftParagraph::number).containsExactly("1", "2", "3");
        assertThat(after).flatExtracting(DraftParagraph::predecessorIds).doesNotContain(old.get(2).id());
        assertThat(editing.successors(draft.id(), old.get(2).id())).isEmpty();
        assertThat(journal.auditCount("paragraph", before.get(2).id())).isEqualTo(1);
        assertRefused(() -> editing.delete(before.get(1).id(), 7), "error.concurrent-change");
    }

    @Test
    void published_and_consulted_versions_cannot_be_edited() {
        assertRefused(() -> editing.editText(old.get(0).id(), "New text.", 0), "revision.error.version-frozen");

        data.signIn(data.person(GlobalRole.ADMIN));
        dispositions.publish(draft.id(), "Bogotá", "Test", null, null);
        DraftParagraph first = paragraphs().get(0);
        assertRefused(() -> editing.editText(first.id(), "New text.", 0), "revision.error.version-frozen");
        assertRefused(() -> editing.insertAfter(first.id(), "New text."), "revision.error.version-frozen");
        assertRefused(() -> editing.applyAmendment(amendment.id(), null), "revision.error.version-frozen");
    }

    @Test
    void only_editors_edit_and_blank_text_is_refused() {
        DraftParagraph first = paragraphs().get(0);
        assertRefused(() -> editing.editText(first.id(), "  \n ", 0), "revision.error.text-blank");
        assertRefused(() -> editing.split(first.id(), 0, "Half.", ""), "revision.error.text-blank");
        assertRefused(() -> editing.editText(first.id(), "x".repeat(100_001), 0), "revision.error.text-too-long");

        data.signIn(data.person(GlobalRole.CONTRIBUTOR));
        assertThatThrownBy(() -> editing.editText(first.id(), "Mine now.", 0))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> editing.delete(first.id(), 0)).isInstanceOf(PermissionDeniedException.class);
        data.signIn(editor);
        assertThat(paragraphs()).hasSize(4).first().extracting(DraftParagraph::text).isEqualTo(old.get(0).text());
    }

    @Test
    void two_editors_inserting_at_once_both_get_a_place() throws Exception {
        long anchor = paragraphs().get(0).id();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<DraftParagraph>> inserts = new ArrayList<>();
            for (String text : List.of("Inserted by one.", "Inserted by another.")) {
                Callable<DraftParagraph> insert = () -> {
                    data.signIn(editor);
                    return editing.insertAfter(anchor, text);
                };
                inserts.add(pool.submit(insert));
            }
            for (Future<DraftParagraph> insert : inserts) {
                insert.get();
            }
        } finally {
            pool.shutdown();
        }
        List<DraftParagraph> after = paragraphs();
        assertThat(after).extracting(DraftParagraph::number).containsExactly("1", "2", "3", "4", "5", "6");
        assertThat(after.subList(1, 3)).extracting(DraftParagraph::text)
                .containsExactlyInAnyOrder("Inserted by one.", "Inserted by another.");
    }

    @Test
    void typed_numbers_stay_with_their_paragraphs_and_a_moved_paragraph_joins_its_new_section() {
        DocumentVersion round = data.openDocument("charter", Visibility.PUBLIC, """
                # Charter

                ## Housing

                III.1 Housing is the foundation of inclusion.

                III.2 Cities guarantee shelter to newcomers.

                ## Health

                IV.1 Health is a right for every resident.
                """).latest();
        data.schedule(round, VersionStatus.CLOSED, null, null);
        long charter = revisions.startNextDraft("charter").version().id();
        List<DraftParagraph> before = editing.paragraphs(charter);
        assertThat(before).extracting(DraftParagraph::number).containsExactly("III.1", "III.2", "IV.1");

        DraftParagraph inserted = editing.insertAfter(before.get(0).id(), "Rents are regulated.");
        DraftParagraph moved = editing.move(before.get(1).id(), before.get(2).id(), true);
        editing.split(before.get(2).id(), 0, "Health is a right.", "It covers every resident.");

        List<DraftParagraph> after = editing.paragraphs(charter);
        assertThat(after).extracting(DraftParagraph::number)
                .containsExactly("III.1", "III.1a", "IV.1", "IV.1a", "III.2");
        assertThat(after).extracting(DraftParagraph::ordinal).containsExactly(1, 2, 3, 4, 5);
        assertThat(inserted.sectionId()).isEqualTo(before.get(0).sectionId());
        assertThat(moved.sectionId()).isEqualTo(before.get(2).sectionId()).isNotEqualTo(before.get(1).sectionId());
        assertThat(moved.change()).isEqualTo(ChangeKind.MOVED);

        editing.delete(inserted.id(), 0);
        assertThat(editing.paragraphs(charter)).extracting(DraftParagraph::number)
                .containsExactly("III.1", "IV.1", "IV.1a", "III.2");
    }

    private List<DraftParagraph> paragraphs() {
        return editing.paragraphs(draft.id());
    }

    private static void assertRefused(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
