package org.parley.drafting;

import java.util.Objects;
import org.parley.journal.Journal;
import org.parley.journal.JournalEntry;
import org.parley.base.UnicodeText;
import org.parley.base.UserFacingException;
import org.parley.journal.ChangedEntity;
import org.parley.comment.Comment;
import org.parley.comment.CommentKind;
import org.parley.comment.CommentQueryService;
import org.parley.document.ChangeKind;
import org.parley.document.DocumentService;
import org.parley.document.DocumentVersion;
import org.parley.document.VersionStatus;
import org.parley.security.CurrentUser;
import org.parley.security.GlobalRole;
import org.parley.security.ParleyUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Editing a draft in the workbench: text edits and amendments applied with optimistic locking (a stale save is
 * refused with both texts, never lost), and split, merge, move, insert and delete recorded in the lineage.
 *
 * <p>Only a DRAFT can change: each operation locks the draft's version row first, so edits of one draft are
 * serialised with each other and with publishing, and re-reads the paragraphs under that lock.
 *
 * <p>Numbering: when the draft's paragraphs are numbered 1..n in reading order, they are renumbered 1..n after
 * every change. Otherwise (numbers such as "III.4" or "Article 12") numbers stay with their paragraphs, a moved
 * paragraph keeps its number, and a new paragraph (insert, second half of a split) takes the number of the
 * paragraph before it with the first free letter: "12" then "12a", "12b"; "12a" then "12b".
 *
 * <p>Change kinds follow the lineage: several predecessors make MERGED, a predecessor continued by several
 * paragraphs makes SPLIT, a moved paragraph stays MOVED, otherwise UNCHANGED or EDITED by comparing the text with
 * its predecessor's.
 */
@Service
public class DraftEditingService {

    static final int MAX_TEXT = 100_000;

    private final DraftParagraphRepository drafts;
    private final DocumentService documents;
    private final CommentQueryService comments;
    private final CurrentUser currentUser;
    private final Journal journal;

    DraftEditingService(DraftParagraphRepository drafts, DocumentService documents, CommentQueryService comments,
                        CurrentUser currentUser, Journal journal) {
        this.drafts = drafts;
        this.documents = documents;
        this.comments = comments;
        this.currentUser = currentUser;
        this.journal = journal;
    }

    /** Every paragraph of a draft in reading order (editors only). */
    @Transactional(readOnly = true)
    public List<DraftParagraph> paragraphs(long versionId) {
        currentUser.requireRole(GlobalRole.ADMIN, GlobalRole.EDITOR);
        return drafts.paragraphs(versionId);
    }

    /** The paragraphs of a draft that continue {@code paragraphId} of the version the draft revises. */
    @Transactional(readOnly = true)
    public List<DraftParagraph> successors(long draftVersionId, long paragraphId) {
        return paragraphs(draftVersionId).stream().filter(p -> p.predecessorIds().contains(paragraphId)).toList();
    }

    /** Saves a new text; refused with both texts if someone saved the paragraph since {@code expectedRevision}. */
    @Transactional
    public DraftParagraph editText(long paragraphId, String text, int expectedRevision) {
        Draft draft = begin(paragraphId);
        DraftParagraph before = draft.find(paragraphId);
        String clean = validText(text);
        if (clean.equals(before.text())) {
            return before;
        }
        if (before.revision() != expectedRevision) {
            throw new DraftEditConflictException(before, clean);
        }
        drafts.updateText(paragraphId, clean, expectedRevision);
        updateKinds(draft.versionId(), Set.of(paragraphId), Set.of(), Set.of());
        DraftParagraph after = reload(draft.versionId(), paragraphId);
        journal.record(JournalEntry.of(draft.actor(), "draft.paragraph.edited", "paragraph", paragraphId)
                .before(before)
                .after(after)
                .changed(ChangedEntity.PARAGRAPH, paragraphId));
        return after;
    }

    /**
     * Replaces the draft paragraph continuing the amended one with the amendment's text, if it still has the
     * text the amendment was written on; otherwise refuses with the three texts for the editor to combine. An
     * amendment with an empty text (a deletion, as a Word file's deleted paragraph imports) deletes the paragraph:
     * the result is then empty. {@code targetId} chooses among several successors (after a split); null takes the
     * first.
     */
    @Transactional
    public Optional<DraftParagraph> applyAmendment(long commentId, Long targetId) {
        currentUser.requireRole(GlobalRole.ADMIN, GlobalRole.EDITOR);
        Comment amendment = comments.comment(commentId)
                .filter(c -> c.kind() == CommentKind.AMENDMENT && c.proposedText() != null && c.parentId() == null)
                .orElseThrow(() -> new UserFacingException("revision.error.not-an-amendment"));
        Draft draft = lock(draftAnswering(amendment.versionId()).id());
        List<DraftParagraph> successors = draft.paragraphs().stream()
                .filter(p -> p.predecessorIds().contains(amendment.paragraphId())).toList();
        if (successors.isEmpty()) {
            throw new UserFacingException("revision.error.amendment-on-deleted");
        }
        DraftParagraph target = targetId == null ? successors.get(0) : successors.stream()
                .filter(p -> p.id() == targetId).findFirst()
                .orElseThrow(() -> new UserFacingException("revision.error.amendment-target"));
        String original = drafts.texts(List.of(amendment.paragraphId())).get(amendment.paragraphId());
        if (amendment.proposedText().isBlank()) {
            if (!target.text().equals(original)) {
                throw new AmendmentConflictException(original, target, "");
            }
            if (draft.paragraphs().size() == 1) {
                throw new UserFacingException("revision.error.delete-last");
            }
            remove(draft, target);
            journal.record(JournalEntry.of(draft.actor(), "draft.amendment.applied", "paragraph", target.id())
                    .before(target)
                    .after(Map.of("comment", commentId, "deleted", true))
                    .changed(ChangedEntity.VERSION, draft.versionId()));
            return Optional.empty();
        }
        String proposed = validText(amendment.proposedText());
        if (proposed.equals(target.text())) {
            return Optional.of(target);
        }
        if (!target.text().equals(original)) {
            throw new AmendmentConflictException(original, target, proposed);
        }
        drafts.updateText(target.id(), proposed, target.revision());
        updateKinds(draft.versionId(), Set.of(target.id()), Set.of(), Set.of());
        DraftParagraph after = reload(draft.versionId(), target.id());
        journal.record(JournalEntry.of(draft.actor(), "draft.amendment.applied", "paragraph", target.id())
                .before(target)
                .after(Map.of("comment", commentId, "paragraph", after))
                .changed(ChangedEntity.PARAGRAPH, target.id()));
        return Optional.of(after);
    }

    /**
     * Splits a paragraph in two: the first keeps its id and lineage, the second starts a new lineage; both
     * continue the same predecessors (SPLIT).
     */
    @Transactional
    public List<DraftParagraph> split(long paragraphId, int expectedRevision, String firstText, String secondText) {
        Draft draft = begin(paragraphId);
        DraftParagraph before = draft.find(paragraphId);
        String first = validText(firstText);
        String second = validText(secondText);
        if (before.revision() != expectedRevision) {
            throw new DraftEditConflictException(before, first + "\n\n" + second);
        }
        if (!first.equals(before.text())) {
            drafts.updateText(paragraphId, first, expectedRevision);
        }
        long secondId = drafts.insert(draft.versionId(), before.sectionId(), second, UUID.randomUUID());
        if (!before.isNew()) {
            drafts.replacePredecessors(secondId, before.predecessorIds(), ChangeKind.SPLIT);
        }
        List<Long> order = draft.order();
        order.add(order.indexOf(paragraphId) + 1, secondId);
        arrange(draft, order, Set.of(secondId));
        updateKinds(draft.versionId(), Set.of(paragraphId, secondId), Set.of(), Set.of());
        List<DraftParagraph> after = List.of(reload(draft.versionId(), paragraphId),
                reload(draft.versionId(), secondId));
        journal.record(JournalEntry.of(draft.actor(), "draft.paragraph.split", "paragraph", paragraphId)
                .before(before)
                .after(after)
                .changed(ChangedEntity.VERSION, draft.versionId()));
        return after;
    }

    /**
     * Merges a paragraph with the one after it ({@code expectedNextId}, as the editor saw it): the texts are
     * joined, the predecessors united (MERGED), and the answers linked to the second now link to the merged one.
     */
    @Transactional
    public DraftParagraph mergeWithNext(long paragraphId, int expectedRevision, long expectedNextId) {
        Draft draft = begin(paragraphId);
        DraftParagraph first = draft.find(paragraphId);
        List<Long> order = draft.order();
        int index = order.indexOf(paragraphId);
        if (index == order.size() - 1) {
            throw new UserFacingException("revision.error.merge-last");
        }
        DraftParagraph second = draft.find(order.get(index + 1));
        if (first.revision() != expectedRevision || second.id() != expectedNextId) {
            throw new UserFacingException("error.concurrent-change");
        }
        String merged = validText(first.text() + " " + second.text());
        Set<Long> predecessors = new LinkedHashSet<>(first.predecessorIds());
        predecessors.addAll(second.predecessorIds());
        drafts.updateText(paragraphId, merged, expectedRevision);
        drafts.relinkDispositions(second.id(), paragraphId);
        drafts.delete(second.id());
        if (first.isNew() && !second.isNew()) {
            drafts.updateLineage(paragraphId, second.lineageId());
        }
        if (!predecessors.isEmpty()) {
            drafts.replacePredecessors(paragraphId, predecessors, ChangeKind.MERGED);
        }
        order.remove(Long.valueOf(second.id()));
        arrange(draft, order, Set.of());
        updateKinds(draft.versionId(), Set.of(paragraphId), Set.copyOf(predecessors), Set.of());
        DraftParagraph after = reload(draft.versionId(), paragraphId);
        journal.record(JournalEntry.of(draft.actor(), "draft.paragraph.merged", "paragraph", paragraphId)
                .before(List.of(first, second))
                .after(after)
                .changed(ChangedEntity.VERSION, draft.versionId()));
        return after;
    }

    /** Moves a paragraph just before or after another one of the same draft, into that one's section (MOVED). */
    @Transactional
    public DraftParagraph move(long paragraphId, long targetId, boolean after) {
        Draft draft = begin(paragraphId);
        DraftParagraph before = draft.find(paragraphId);
        DraftParagraph target = draft.find(targetId);
        if (targetId == paragraphId) {
            return before;
        }
        List<Long> order = draft.order();
        order.remove(Long.valueOf(paragraphId));
        order.add(order.indexOf(targetId) + (after ? 1 : 0), paragraphId);
        if (order.equals(draft.order()) && Objects.equals(before.sectionId(), target.sectionId())) {
            return before; // already there: not a move
        }
        if (!Objects.equals(before.sectionId(), target.sectionId())) {
            drafts.updateSection(paragraphId, target.sectionId());
        }
        arrange(draft, order, Set.of());
        updateKinds(draft.versionId(), Set.of(paragraphId), Set.of(), Set.of(paragraphId));
        DraftParagraph moved = reload(draft.versionId(), paragraphId);
        journal.record(JournalEntry.of(draft.actor(), "draft.paragraph.moved", "paragraph", paragraphId)
                .before(before)
                .after(moved)
                .changed(ChangedEntity.VERSION, draft.versionId()));
        return moved;
    }

    /** Moves a paragraph one place up (before the previous paragraph). */
    @Transactional
    public DraftParagraph moveUp(long paragraphId) {
        return moveBy(paragraphId, -1);
    }

    /** Moves a paragraph one place down (after the next paragraph). */
    @Transactional
    public DraftParagraph moveDown(long paragraphId) {
        return moveBy(paragraphId, 1);
    }

    /** Inserts a new paragraph (new lineage, no predecessor) after another, in its section. */
    @Transactional
    public DraftParagraph insertAfter(long paragraphId, String text) {
        Draft draft = begin(paragraphId);
        DraftParagraph anchor = draft.find(paragraphId);
        String clean = validText(text);
        long id = drafts.insert(draft.versionId(), anchor.sectionId(), clean, UUID.randomUUID());
        List<Long> order = draft.order();
        order.add(order.indexOf(paragraphId) + 1, id);
        arrange(draft, order, Set.of(id));
        DraftParagraph inserted = reload(draft.versionId(), id);
        journal.record(JournalEntry.of(draft.actor(), "draft.paragraph.inserted", "paragraph", id)
                .after(inserted)
                .changed(ChangedEntity.VERSION, draft.versionId()));
        return inserted;
    }

    /**
     * Deletes a paragraph of the draft. Its predecessors, unless another paragraph continues them, then count as
     * deleted text (their comments show "on removed text"). Refused if someone saved it since
     * {@code expectedRevision}, and for the last paragraph of a draft.
     */
    @Transactional
    public void delete(long paragraphId, int expectedRevision) {
        Draft draft = begin(paragraphId);
        DraftParagraph before = draft.find(paragraphId);
        if (before.revision() != expectedRevision) {
            throw new UserFacingException("error.concurrent-change");
        }
        if (draft.paragraphs().size() == 1) {
            throw new UserFacingException("revision.error.delete-last");
        }
        remove(draft, before);
        journal.record(JournalEntry.of(draft.actor(), "draft.paragraph.deleted", "paragraph", paragraphId)
                .before(before)
                .changed(ChangedEntity.VERSION, draft.versionId()));
    }

    /** Takes a paragraph out of the draft; the paragraphs it continued are marked as deleted in this version. */
    private void remove(Draft draft, DraftParagraph paragraph) {
        drafts.delete(paragraph.id());
        List<Long> order = draft.order();
        order.remove(Long.valueOf(paragraph.id()));
        arrange(draft, order, Set.of());
        updateKinds(draft.versionId(), Set.of(), Set.copyOf(paragraph.predecessorIds()), Set.of());
    }

    private DraftParagraph moveBy(long paragraphId, int step) {
        Draft draft = begin(paragraphId);
        List<Long> order = draft.order();
        int target = order.indexOf(paragraphId) + step;
        if (target < 0 || target >= order.size()) {
            throw new UserFacingException(step < 0 ? "revision.error.move-first" : "revision.error.move-last");
        }
        return move(paragraphId, order.get(target), step > 0);
    }

    /** The locked draft a paragraph belongs to, for an editor. */
    private Draft begin(long paragraphId) {
        currentUser.requireRole(GlobalRole.ADMIN, GlobalRole.EDITOR);
        long versionId = drafts.versionOf(paragraphId)
                .orElseThrow(() -> new UserFacingException("revision.error.draft-paragraph-gone"));
        return lock(versionId);
    }

    private Draft lock(long versionId) {
        ParleyUser user = currentUser.requireRole(GlobalRole.ADMIN, GlobalRole.EDITOR);
        DraftParagraphRepository.LockedVersion version = drafts.lockVersion(versionId)
                .orElseThrow(() -> new UserFacingException("revision.error.draft-paragraph-gone"));
        if (version.status() != VersionStatus.DRAFT) {
            throw new UserFacingException("revision.error.version-frozen");
        }
        return new Draft(versionId, drafts.paragraphs(versionId), user == null ? null : user.personId());
    }

    /** The draft that answers a round (the version based on it); only a DRAFT may be edited. */
    private DocumentVersion draftAnswering(long roundVersionId) {
        DocumentVersion round = documents.version(roundVersionId);
        return documents.documentById(round.documentId()).versions().stream()
                .filter(v -> v.basedOnVersionId() != null && v.basedOnVersionId() == roundVersionId)
                .findFirst().orElseThrow(() -> new UserFacingException("revision.error.no-draft"));
    }

    private void arrange(Draft draft, List<Long> order, Set<Long> created) {
        Map<Long, DraftParagraph> byId = new HashMap<>();
        drafts.paragraphs(draft.versionId()).forEach(p -> byId.put(p.id(), p));
        List<String> numbers = DraftNumbering.number(order.stream().map(id -> byId.get(id).number()).toList(),
                order.stream().map(created::contains).toList(), draft.sequential());
        List<DraftParagraphRepository.Place> places = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            DraftParagraph p = byId.get(order.get(i));
            if (p.ordinal() != i + 1 || !p.number().equals(numbers.get(i))) {
                places.add(new DraftParagraphRepository.Place(p.id(), i + 1, numbers.get(i)));
            }
        }
        drafts.arrange(places);
    }

    /**
     * Brings the change kinds of the touched paragraphs, and of every paragraph continuing one of
     * {@code predecessors} (or of the touched paragraphs' predecessors), in line with the lineage.
     */
    private void updateKinds(long versionId, Set<Long> touched, Set<Long> predecessors, Set<Long> moved) {
        List<DraftParagraph> all = drafts.paragraphs(versionId);
        Map<Long, Integer> sharers = new HashMap<>();
        Set<Long> affected = new HashSet<>(predecessors);
        for (DraftParagraph p : all) {
            p.predecessorIds().forEach(id -> sharers.merge(id, 1, Integer::sum));
            if (touched.contains(p.id())) {
                affected.addAll(p.predecessorIds());
            }
        }
        List<DraftParagraph> candidates = all.stream().filter(p -> !p.isNew() && (touched.contains(p.id())
                || p.predecessorIds().stream().anyMatch(affected::contains))).toList();
        Map<Long, String> texts = drafts.texts(candidates.stream().map(p -> p.predecessorIds().get(0)).toList());
        for (DraftParagraph p : candidates) {
            List<Long> ids = p.predecessorIds();
            ChangeKind kind = LineagePlan.kindOf(ids, sharers.get(ids.get(0)),
                    ids.size() == 1 && p.text().equals(texts.get(ids.get(0))),
                    moved.contains(p.id()) || p.change() == ChangeKind.MOVED);
            if (kind != p.change()) {
                drafts.updateChangeKind(p.id(), kind);
            }
        }
    }

    private DraftParagraph reload(long versionId, long paragraphId) {
        return drafts.paragraphs(versionId).stream().filter(p -> p.id() == paragraphId).findFirst().orElseThrow();
    }

    private static String validText(String text) {
        String clean = text == null ? "" : UnicodeText.nfc(text.replace("\r\n", "\n").strip());
        if (clean.isEmpty()) {
            throw new UserFacingException("revision.error.text-blank");
        }
        if (clean.length() > MAX_TEXT) {
            throw new UserFacingException("revision.error.text-too-long", MAX_TEXT);
        }
        return clean;
    }

    /** A draft locked for one operation, with its paragraphs as read under the lock. */
    private record Draft(long versionId, List<DraftParagraph> paragraphs, Long actor) {

        DraftParagraph find(long paragraphId) {
            return paragraphs.stream().filter(p -> p.id() == paragraphId).findFirst()
                    .orElseThrow(() -> new UserFacingException("revision.error.draft-paragraph-gone"));
        }

        List<Long> order() {
            return new ArrayList<>(paragraphs.stream().map(DraftParagraph::id).toList());
        }

        boolean sequential() {
            return DraftNumbering.sequential(paragraphs.stream().map(DraftParagraph::number).toList());
        }
    }
}
