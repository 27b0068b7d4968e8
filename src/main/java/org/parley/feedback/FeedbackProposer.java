package org.parley.feedback;

import org.parley.alignment.ParagraphAligner;
import org.parley.base.UserFacingException;
import org.parley.comment.CommentKind;
import org.parley.comment.PassageLocator;
import org.parley.document.Paragraph;
import org.parley.document.ParagraphTextHtml;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a Word file read as feedback into the comments it proposes on a version: each file paragraph is mapped to
 * the version's (its typed number when the text agrees, else the paragraph aligner), then a paragraph with tracked
 * changes gives one AMENDMENT (the text with its changes accepted; empty when deleted), a paragraph inserted in the
 * file an amendment of the paragraph before it that adds it, and each Word comment a COMMENT (a QUESTION when it
 * ends with a question mark) on the passage it is anchored to, its Word replies replies.
 */
final class FeedbackProposer {

    /** Below this share of the file's paragraphs found in the version, the file is taken for another document's. */
    static final double MIN_ALIGNED_SHARE = 0.5;
    private static final int MAX_QUOTE = 2_000;

    /** The words the proposal adds, in the importing editor's language. */
    interface Wording {
        String get(String key, Object... arguments);
    }

    /** Who is importing what, for the attribution every created comment carries. */
    record Attribution(String organisation, String editor, String fileName) {
    }

    private final List<Paragraph> version;
    private final List<String> versionTexts;
    private final WordFile file;
    private final Wording wording;
    private final Attribution attribution;

    private FeedbackProposer(List<Paragraph> version, WordFile file, Wording wording, Attribution attribution) {
        this.version = version;
        this.versionTexts = version.stream().map(p -> ParagraphTextHtml.toPlainText(p.text())).toList();
        this.file = file;
        this.wording = wording;
        this.attribution = attribution;
    }

    /** The paragraphs with something proposed, in the version's order, and how many findings could not be placed. */
    record Result(List<ProposedFeedback> paragraphs, int unplaced) {
    }

    static Result propose(List<Paragraph> version, WordFile file, Wording wording, Attribution attribution) {
        return new FeedbackProposer(version, file, wording, attribution).propose();
    }

    private Result propose() {
        Map<Integer, Integer> mapped = mapParagraphs();
        Map<Integer, Draft> drafts = new LinkedHashMap<>();
        int unplaced = amendments(mapped, drafts);
        unplaced += comments(mapped, drafts);
        List<ProposedFeedback> paragraphs = new ArrayList<>();
        int[] nextId = {1};
        drafts.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            Paragraph p = version.get(e.getKey());
            paragraphs.add(new ProposedFeedback(p.id(), p.number(), versionTexts.get(e.getKey()),
                    e.getValue().items(nextId)));
        });
        return new Result(paragraphs, unplaced);
    }

    // ---- mapping ------------------------------------------------------------------------------------------

    /** File paragraph index → version paragraph index, for the file paragraphs that exist in the version. */
    private Map<Integer, Integer> mapParagraphs() {
        List<WordFile.Paragraph> withText = file.paragraphs().stream().filter(p -> !p.original().isBlank()).toList();
        if (withText.isEmpty()) {
            throw new UserFacingException("feedback.error.nothing-to-import");
        }
        ParagraphAligner.Result alignment = ParagraphAligner.align(versionTexts,
                withText.stream().map(WordFile.Paragraph::original).toList());
        Map<Integer, Integer> aligned = new HashMap<>();
        for (ParagraphAligner.Link link : alignment.links()) {
            if (!link.oldIndexes().isEmpty()) {
                aligned.put(withText.get(link.newIndex()).index(), link.oldIndexes().get(0));
            }
        }
        Map<String, Integer> byNumber = new HashMap<>();
        for (int i = 0; i < version.size(); i++) {
            byNumber.putIfAbsent(version.get(i).number(), i);
        }
        Map<Integer, Integer> mapped = new HashMap<>();
        Set<Integer> taken = new java.util.HashSet<>();
        for (WordFile.Paragraph p : withText) {
            Integer byTypedNumber = p.number() == null ? null : byNumber.get(p.number());
            Integer target = byTypedNumber != null && (same(p.original(), versionTexts.get(byTypedNumber))
                    || byTypedNumber.equals(aligned.get(p.index()))) ? byTypedNumber : aligned.get(p.index());
            if (target != null && taken.add(target)) {
                mapped.put(p.index(), target);
            }
        }
        if (mapped.size() < Math.ceil(withText.size() * MIN_ALIGNED_SHARE)) {
            throw new UserFacingException("feedback.error.other-document", mapped.size(), withText.size());
        }
        return mapped;
    }

    private static boolean same(String a, String b) {
        return a.replaceAll("\\s+", " ").strip().equals(b.replaceAll("\\s+", " ").strip());
    }

    // ---- amendments ---------------------------------------------------------------------------------------

    /** What will be proposed on one version paragraph, collected before ids are given. */
    private final class Draft {
        final int versionIndex;
        final List<String> notes = new ArrayList<>();
        final Set<String> authors = new LinkedHashSet<>();
        String ownText;
        final List<String> added = new ArrayList<>();
        final List<String> addedBefore = new ArrayList<>();
        final List<WordFile.Comment> comments = new ArrayList<>();

        Draft(int versionIndex) {
            this.versionIndex = versionIndex;
        }

        boolean amends() {
            return ownText != null || !added.isEmpty() || !addedBefore.isEmpty();
        }

        List<FeedbackItem> items(int[] nextId) {
            List<FeedbackItem> items = new ArrayList<>();
            if (amends()) {
                String base = ownText != null ? ownText : versionTexts.get(versionIndex);
                List<String> parts = new ArrayList<>(addedBefore);
                if (!base.isEmpty()) {
                    parts.add(base);
                }
                parts.addAll(added);
                String note = String.join(" ", notes);
                items.add(new FeedbackItem(nextId[0]++, CommentKind.AMENDMENT, note,
                        note + "\n\n" + attributionLine(List.copyOf(authors)), String.join("\n\n", parts),
                        null, null, List.copyOf(authors), null));
            }
            Map<String, Integer> itemOfComment = new HashMap<>();
            for (WordFile.Comment c : comments) {
                Integer parent = c.parentId() == null ? null : itemOfComment.get(c.parentId());
                Optional<PassageLocator.Span> span = parent != null || c.quote().isBlank()
                        || c.quote().length() > MAX_QUOTE ? Optional.empty()
                        : PassageLocator.locate(versionTexts.get(versionIndex), c.quote(), c.quoteStart());
                String quote = span.map(s -> versionTexts.get(versionIndex).substring(s.start(), s.end()))
                        .orElse(null);
                List<String> author = c.author().isBlank() ? List.of() : List.of(c.author());
                int id = nextId[0]++;
                itemOfComment.put(c.id(), id);
                items.add(new FeedbackItem(id, kindOf(c.text()), c.text(), c.text() + "\n\n" + attributionLine(author),
                        null, quote, span.map(PassageLocator.Span::start).orElse(null), author, parent));
            }
            return items;
        }
    }

    private int amendments(Map<Integer, Integer> mapped, Map<Integer, Draft> drafts) {
        int unplaced = 0;
        Integer previous = null;
        for (WordFile.Paragraph p : file.paragraphs()) {
            Integer target = mapped.get(p.index());
            if (p.inserted()) {
                Integer host = previous != null ? previous : firstMapped(mapped);
                if (host == null) {
                    unplaced++;
                    continue;
                }
                Draft draft = drafts.computeIfAbsent(host, Draft::new);
                draft.authors.addAll(p.changeAuthors());
                if (previous == null) { // nothing of the version precedes it: it goes before the first paragraph
                    draft.addedBefore.add(p.accepted());
                    draft.notes.add(wording.get("feedback.note.adds-paragraph-before"));
                } else {
                    draft.added.add(p.accepted());
                    draft.notes.add(wording.get(p.movedIn() ? "feedback.note.moves-paragraph-here"
                            : "feedback.note.adds-paragraph"));
                }
                continue;
            }
            if (target == null) {
                unplaced += p.changed() ? 1 : 0;
                continue;
            }
            previous = target;
            if (!p.changed()) {
                continue;
            }
            Draft draft = drafts.computeIfAbsent(target, Draft::new);
            draft.authors.addAll(p.changeAuthors());
            if (p.deleted()) {
                draft.ownText = "";
                draft.notes.add(wording.get(p.movedOut() ? "feedback.note.moves-paragraph"
                        : "feedback.note.deletes-paragraph"));
            } else {
                draft.ownText = p.accepted();
                draft.notes.add(wording.get("feedback.note.changes"));
            }
        }
        return unplaced;
    }

    private static Integer firstMapped(Map<Integer, Integer> mapped) {
        return mapped.values().stream().min(Integer::compare).orElse(null);
    }

    // ---- comments -----------------------------------------------------------------------------------------

    private int comments(Map<Integer, Integer> mapped, Map<Integer, Draft> drafts) {
        Map<String, Integer> placedAt = new HashMap<>();
        int unplaced = 0;
        for (WordFile.Comment c : file.comments()) {
            if (c.text().isBlank()) {
                continue;
            }
            Integer target = c.parentId() != null ? placedAt.get(c.parentId()) : placeOf(c, mapped);
            if (target == null) {
                unplaced++;
                continue;
            }
            placedAt.put(c.id(), target);
            boolean anchoredElsewhere = c.parentId() == null && !mapped.containsKey(c.paragraphIndex());
            drafts.computeIfAbsent(target, Draft::new).comments.add(anchoredElsewhere
                    ? new WordFile.Comment(c.id(), c.author(), c.text(), c.paragraphIndex(), "", 0, null) : c);
        }
        return unplaced;
    }

    /** The paragraph a comment is on; on an inserted paragraph, the mapped paragraph before it. */
    private Integer placeOf(WordFile.Comment c, Map<Integer, Integer> mapped) {
        if (c.paragraphIndex() < 0) {
            return null;
        }
        for (int i = c.paragraphIndex(); i >= 0; i--) {
            Integer target = mapped.get(i);
            if (target != null) {
                return target;
            }
            if (i < file.paragraphs().size() && !file.paragraphs().get(i).inserted()) {
                return null;
            }
        }
        return null;
    }

    static CommentKind kindOf(String text) {
        String end = text.strip();
        return end.endsWith("?") || end.endsWith("？") || end.endsWith("؟") ? CommentKind.QUESTION : CommentKind.COMMENT;
    }

    private String attributionLine(List<String> authors) {
        String names = authors.isEmpty() ? attribution.organisation() : String.join(", ", authors);
        return wording.get("feedback.attribution", names, attribution.organisation(), attribution.editor(),
                attribution.fileName());
    }
}
