package org.parley.workbench.ui;

import org.parley.base.ui.BidiText;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import org.parley.base.UserFacingException;
import org.parley.base.ui.WordDiffView;
import org.parley.drafting.AmendmentConflictException;
import org.parley.drafting.DraftEditConflictException;
import org.parley.drafting.DraftEditingService;
import org.parley.drafting.DraftParagraph;

import java.util.function.Consumer;

/**
 * One paragraph of the new draft: its text to edit and the structural actions. A refused save keeps the editor's
 * text in the field and shows the text saved meanwhile; an amendment that no longer fits shows the three texts.
 */
class DraftParagraphCard extends Div {

    private static final int MAX_TEXT = 100_000;

    private final DraftEditingService editing;
    private final DraftParagraph paragraph;
    private final Consumer<Long> changed;
    private final Consumer<Long> amendmentApplied;
    private final Consumer<String> failed;
    private final BooleanSupplier unsavedAnywhere;
    private final TextArea text = new TextArea();
    private final Div conflict = new Div();
    private int expectedRevision;

    /**
     * @param changed called after a change with the id of a paragraph it created (or null)
     * @param amendmentApplied called with this paragraph's id once the amendment is applied to it
     * @param failed  shows a refusal
     * @param unsavedAnywhere whether this or another card shown with it holds text not saved yet
     */
    DraftParagraphCard(DraftEditingService editing, DraftParagraph paragraph, Long nextId, Long amendmentId,
                       Consumer<Long> changed, Consumer<Long> amendmentApplied, Consumer<String> failed,
                       BooleanSupplier unsavedAnywhere) {
        this.editing = editing;
        this.paragraph = paragraph;
        this.changed = changed;
        this.amendmentApplied = amendmentApplied;
        this.failed = failed;
        this.unsavedAnywhere = unsavedAnywhere;
        this.expectedRevision = paragraph.revision();
        addClassName("draft-card");
        String change = paragraph.change() == null ? "NEW" : paragraph.change().name();
        Span title = new Span(getTranslation("draft-editor.paragraph", paragraph.number()) + " · "
                + getTranslation("change." + change));
        title.addClassName("draft-card-title");
        text.setValue(paragraph.text());
        text.setMaxLength(MAX_TEXT);
        text.setWidthFull();
        text.setId("draft-text-" + paragraph.id());
        // the paragraph's own direction, even when it opens with a quotation in the other one
        text.getElement().setAttribute("dir", BidiText.rightToLeft(paragraph.text(), null) ? "rtl" : "ltr");
        conflict.setId("draft-conflict-" + paragraph.id());
        conflict.addClassName("draft-conflict");
        add(title, text, actions(nextId, amendmentId), conflict);
    }

    private Div actions(Long nextId, Long amendmentId) {
        Button save = button("save", this::save);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div actions = new Div(save);
        if (amendmentId != null) {
            actions.add(button("apply-amendment", () -> applyAmendment(amendmentId)));
        }
        Button merge = button("merge", () -> run(() -> editing.mergeWithNext(paragraph.id(), expectedRevision,
                nextId), null));
        merge.setEnabled(nextId != null);
        actions.add(button("split", this::openSplit), merge,
                button("up", () -> run(() -> editing.moveUp(paragraph.id()), null)),
                button("down", () -> run(() -> editing.moveDown(paragraph.id()), null)),
                button("insert", () -> ifSaved(this::openInsert)), button("delete", () -> ifSaved(this::openDelete)));
        actions.addClassName("draft-card-actions");
        return actions;
    }

    private void save() {
        try {
            editing.editText(paragraph.id(), text.getValue(), expectedRevision);
            changed.accept(null);
        } catch (DraftEditConflictException e) {
            showEditConflict(e);
        } catch (UserFacingException e) {
            failed.accept(getTranslation(e.messageKey(), e.arguments()));
        }
    }

    /** The other editor's text and what ours changes in it; ours stays in the field, saved against theirs. */
    private void showEditConflict(DraftEditConflictException e) {
        expectedRevision = e.current().revision();
        Paragraph theirs = textBlock(e.current().text(), "draft-conflict-theirs-" + paragraph.id());
        conflict.removeAll();
        conflict.add(label("draft-editor.conflict.theirs"), theirs, label("draft-editor.conflict.diff"),
                new WordDiffView(e.current().text(), e.attemptedText()));
        failed.accept(getTranslation(e.messageKey(), e.arguments()));
    }

    private void applyAmendment(long amendmentId) {
        try {
            editing.applyAmendment(amendmentId, paragraph.id());
            changed.accept(null);
            amendmentApplied.accept(paragraph.id());
        } catch (AmendmentConflictException e) {
            showAmendmentConflict(e);
        } catch (UserFacingException e) {
            failed.accept(getTranslation(e.messageKey(), e.arguments()));
        }
    }

    /** Original, draft and amendment side by side, both sets of changes as diffs, and a combined text to save. */
    private void showAmendmentConflict(AmendmentConflictException e) {
        Div texts = new Div(column("draft-editor.amendment.original", e.originalText(), "original"),
                column("draft-editor.amendment.current", e.current().text(), "current"),
                column("draft-editor.amendment.proposed", e.proposedText(), "proposed"));
        texts.addClassName("draft-conflict-texts");
        TextArea combined = new TextArea(getTranslation("draft-editor.combined"));
        combined.setId("draft-combined-" + paragraph.id());
        combined.setValue(e.current().text());
        combined.setMaxLength(MAX_TEXT);
        combined.setWidthFull();
        combined.getElement().setAttribute("dir", "auto");
        expectedRevision = e.current().revision();
        Button save = new Button(getTranslation("draft-editor.save-combined"), click -> {
            text.setValue(combined.getValue());
            save();
        });
        save.setId("draft-combined-save-" + paragraph.id());
        conflict.removeAll();
        conflict.add(texts, label("draft-editor.amendment.draft-changes"),
                new WordDiffView(e.originalText(), e.current().text()),
                label("draft-editor.amendment.proposed-changes"), new WordDiffView(e.originalText(), e.proposedText()),
                combined, save);
        failed.accept(getTranslation(e.messageKey(), e.arguments()));
    }

    private void openSplit() {
        String value = text.getValue();
        int at = splitPoint(value);
        TextArea first = dialogText("draft-editor.split-first", "draft-split-first", value.substring(0, at).strip());
        TextArea second = dialogText("draft-editor.split-second", "draft-split-second", value.substring(at).strip());
        Dialog dialog = new Dialog(first, second);
        dialog.setWidth("40rem");
        confirm(dialog, "draft-split-confirm", "draft-editor.split", () -> editing.split(paragraph.id(),
                expectedRevision, first.getValue(), second.getValue()).get(1).id());
    }

    private void openInsert() {
        TextArea inserted = dialogText("draft-editor.insert-text", "draft-insert-text", "");
        Dialog dialog = new Dialog(inserted);
        dialog.setWidth("40rem");
        confirm(dialog, "draft-insert-confirm", "draft-editor.insert",
                () -> editing.insertAfter(paragraph.id(), inserted.getValue()).id());
    }

    private void openDelete() {
        Dialog dialog = new Dialog(new Paragraph(getTranslation("draft-editor.delete-confirm", paragraph.number())));
        confirm(dialog, "draft-delete-confirm", "draft-editor.delete", () -> {
            editing.delete(paragraph.id(), expectedRevision);
            return null;
        });
    }

    /** Adds the dialog's buttons and opens it; {@code action} returns the id of a paragraph it created, if any. */
    private void confirm(Dialog dialog, String id, String labelKey, Supplier<Long> action) {
        Span error = new Span();
        error.addClassName("form-error");
        error.setId(id + "-error");
        Button ok = new Button(getTranslation(labelKey), click -> {
            try {
                Long createdId = action.get();
                dialog.close();
                changed.accept(createdId);
            } catch (UserFacingException e) {
                error.setText(getTranslation(e.messageKey(), e.arguments()));
            }
        });
        ok.setId(id);
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("draft-editor.cancel"), click -> dialog.close());
        dialog.add(error);
        dialog.getFooter().add(cancel, ok);
        dialog.open();
    }

    boolean hasUnsavedText() {
        return !text.getValue().strip().equals(paragraph.text());
    }

    long paragraphId() {
        return paragraph.id();
    }

    int revision() {
        return paragraph.revision();
    }

    String typedText() {
        return text.getValue();
    }

    /** Puts back what the editor had typed and not saved when the cards were drawn again. */
    void keepTyped(String typed) {
        text.setValue(typed);
    }

    /**
     * Structural actions redraw or remove paragraphs: refused while any card shown holds unsaved text, so none is
     * lost (a save keeps the other cards' typed text, see {@link DraftParagraphEditor}).
     */
    private void ifSaved(Runnable action) {
        if (unsavedAnywhere.getAsBoolean()) {
            failed.accept(getTranslation("draft-editor.unsaved"));
            return;
        }
        action.run();
    }

    private void run(Runnable action, Long createdId) {
        ifSaved(() -> {
            try {
                action.run();
                changed.accept(createdId);
            } catch (UserFacingException e) {
                failed.accept(getTranslation(e.messageKey(), e.arguments()));
            }
        });
    }

    private Button button(String action, Runnable onClick) {
        Button button = new Button(getTranslation("draft-editor." + action), click -> onClick.run());
        button.setId("draft-" + action + "-" + paragraph.id());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }

    private TextArea dialogText(String labelKey, String id, String value) {
        TextArea area = new TextArea(getTranslation(labelKey));
        area.setId(id);
        area.setValue(value);
        area.setMaxLength(MAX_TEXT);
        area.setWidthFull();
        area.getElement().setAttribute("dir", "auto");
        return area;
    }

    private Div column(String labelKey, String value, String kind) {
        Div column = new Div(label(labelKey), textBlock(value, "draft-amendment-" + kind + "-" + paragraph.id()));
        column.addClassName("draft-conflict-column");
        return column;
    }

    private Span label(String key) {
        Span label = new Span(getTranslation(key));
        label.addClassName("draft-conflict-label");
        return label;
    }

    private static Paragraph textBlock(String value, String id) {
        Paragraph block = new Paragraph();
        BidiText.show(block, value, null);
        block.setId(id);
        return block;
    }

    /** Where to cut a text in two: the sentence end nearest the middle, else the space nearest it. */
    static int splitPoint(String value) {
        int middle = value.length() / 2;
        int best = -1;
        for (int i = 1; i < value.length() - 1; i++) {
            boolean sentenceEnd = ".!?;".indexOf(value.charAt(i - 1)) >= 0 && Character.isWhitespace(value.charAt(i));
            if (sentenceEnd && (best < 0 || Math.abs(i - middle) < Math.abs(best - middle))) {
                best = i;
            }
        }
        if (best < 0) {
            best = value.lastIndexOf(' ', middle);
        }
        return best < 0 ? value.length() : best;
    }
}
