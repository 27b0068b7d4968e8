package org.parley.workbench.ui;

import org.parley.base.ui.BidiText;
import java.util.ArrayList;
import java.util.Objects;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.parley.comment.Comment;
import org.parley.comment.CommentKind;
import org.parley.document.DocumentSummary;
import org.parley.document.DocumentVersion;
import org.parley.document.VersionStatus;
import org.parley.drafting.DraftEditingService;
import org.parley.drafting.DraftParagraph;
import org.parley.disposition.RoundItem;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Beside the selected comment: the paragraph(s) of the new draft that continue the commented paragraph, each
 * editable in a {@link DraftParagraphCard}, and all the round's feedback on that paragraph by organisation.
 * Paragraphs inserted or split off while the comment is selected stay in view.
 */
class DraftParagraphEditor extends Div {

    private final DraftEditingService editing;
    private final DocumentVersion draft;
    private final Runnable onDraftChanged;
    private final Consumer<Long> onAmendmentApplied;
    private final Span error = new Span();
    private final Set<Long> created = new HashSet<>();
    private List<DraftParagraphCard> cards = List.of();
    private RoundItem current;
    private List<RoundItem> feedback = List.of();

    DraftParagraphEditor(DraftEditingService editing, DocumentSummary summary, DocumentVersion round,
                         Runnable onDraftChanged, Consumer<Long> onAmendmentApplied) {
        this.editing = editing;
        this.onDraftChanged = onDraftChanged;
        this.onAmendmentApplied = onAmendmentApplied;
        this.draft = summary.versionAnswering(round).filter(v -> v.status() == VersionStatus.DRAFT).orElse(null);
        setId("draft-editor");
        addClassName("draft-editor");
        error.setId("draft-error");
        error.addClassName("form-error");
        setVisible(false);
    }

    boolean hasUnsavedText() {
        return cards.stream().anyMatch(DraftParagraphCard::hasUnsavedText);
    }

    /** Says why another comment cannot be chosen yet: the text typed here would be lost. */
    void refuseToLeave() {
        error.setText(getTranslation("draft-editor.unsaved-elsewhere"));
    }

    /** Shows the draft paragraphs continuing the comment's paragraph; {@code sameParagraph}: its feedback. */
    void show(RoundItem item, List<RoundItem> sameParagraph) {
        current = item;
        feedback = sameParagraph;
        created.clear();
        setVisible(item != null && draft != null);
        if (isVisible()) {
            render();
        }
    }

    private void render() {
        Map<Long, DraftParagraphCard> typed = cards.stream().filter(DraftParagraphCard::hasUnsavedText)
                .collect(Collectors.toMap(DraftParagraphCard::paragraphId, card -> card));
        removeAll();
        error.setText("");
        List<DraftParagraph> all = editing.paragraphs(draft.id());
        long commented = current.comment().paragraphId();
        List<DraftParagraph> shown = all.stream()
                .filter(p -> p.predecessorIds().contains(commented) || created.contains(p.id())).toList();
        Div list = new Div();
        list.addClassName("draft-cards");
        if (shown.isEmpty()) {
            Span deleted = new Span(getTranslation("draft-editor.deleted"));
            deleted.setId("draft-deleted");
            list.add(deleted);
        }
        Long amendment = isAmendment(current.comment()) ? current.comment().id() : null;
        List<DraftParagraphCard> drawn = new ArrayList<>();
        for (DraftParagraph p : shown) {
            int index = all.indexOf(p);
            Long nextId = index + 1 < all.size() ? all.get(index + 1).id() : null;
            DraftParagraphCard card = new DraftParagraphCard(editing, p, nextId, amendment, this::changed,
                    onAmendmentApplied,
                    error::setText, () -> this.cards.stream().anyMatch(DraftParagraphCard::hasUnsavedText));
            DraftParagraphCard before = typed.get(p.id());
            if (before != null && before.revision() == p.revision()) { // not changed by what was just done
                card.keepTyped(before.typedText());
            }
            drawn.add(card);
            list.add(card);
        }
        cards = drawn;
        add(new H3(getTranslation("draft-editor.title", draft.number())), error, list, feedbackByOrganisation());
    }

    private void changed(Long createdId) {
        if (createdId != null) {
            created.add(createdId);
        }
        render();
        onDraftChanged.run();
    }

    private Div feedbackByOrganisation() {
        Map<String, List<RoundItem>> groups = feedback.stream().collect(Collectors.groupingBy(
                i -> i.comment().organisation() == null ? i.comment().authorName() : i.comment().organisation().name(getLocale()),
                LinkedHashMap::new, Collectors.toList()));
        Div panel = new Div(new Span(getTranslation("draft-editor.feedback")));
        panel.setId("draft-feedback");
        panel.addClassName("draft-feedback");
        groups.forEach((organisation, items) -> {
            Div group = new Div();
            group.addClassName("draft-feedback-group");
            Span name = new Span(organisation);
            name.addClassName("draft-feedback-organisation");
            group.add(name);
            for (RoundItem item : items) {
                Span said = new Span();
                BidiText.show(said, Objects.toString(item.comment().body(), ""), item.comment().language());
                Paragraph line = new Paragraph(new Span(getTranslation("comment.kind." + item.comment().kind())
                        + ": "), said);
                if (item.comment().id() == current.comment().id()) {
                    line.addClassName("selected");
                }
                group.add(line);
            }
            panel.add(group);
        });
        return panel;
    }

    private static boolean isAmendment(Comment comment) {
        return comment.kind() == CommentKind.AMENDMENT && comment.proposedText() != null;
    }
}
