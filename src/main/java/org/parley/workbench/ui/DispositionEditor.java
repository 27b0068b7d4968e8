package org.parley.workbench.ui;

import java.util.function.BooleanSupplier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.parley.base.UserFacingException;
import org.parley.comment.Comment;
import org.parley.document.DocumentService;
import org.parley.document.DocumentSummary;
import org.parley.document.DocumentVersion;
import org.parley.document.Paragraph;
import org.parley.document.ParagraphTextHtml;
import org.parley.base.ui.WordDiffView;
import org.parley.disposition.DispositionKind;
import org.parley.disposition.DispositionService;
import org.parley.disposition.RoundItem;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** One comment of the round and the editors' answer to it: kind, reason, paragraphs of the new draft. */
class DispositionEditor extends Div {

    private final DocumentService documents;
    private final DispositionService dispositions;
    private final DocumentVersion round;
    private final Optional<DocumentVersion> draft;
    private final Consumer<RoundItem> onSaved;
    private final Select<DispositionKind> kind = new Select<>();
    private final TextArea reason = new TextArea();
    private final MultiSelectComboBox<Paragraph> paragraphs = new MultiSelectComboBox<>();
    private final Span error = new Span();
    private final Div comment = new Div();
    private final BooleanSupplier draftUnsaved;
    private RoundItem current;

    /** @param draftUnsaved whether the draft editor beside holds text not saved yet (saving redraws it) */
    DispositionEditor(DocumentService documents, DispositionService dispositions, DocumentSummary summary,
                      DocumentVersion round, Consumer<RoundItem> onSaved,
                      BooleanSupplier draftUnsaved) {
        this.draftUnsaved = draftUnsaved;
        this.documents = documents;
        this.dispositions = dispositions;
        this.round = round;
        this.onSaved = onSaved;
        this.draft = summary.versionAnswering(round);
        addClassName("disposition-editor");
        setId("disposition-editor");
        kind.setLabel(getTranslation("workbench.field.disposition"));
        kind.setItems(DispositionKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("disposition.kind." + k));
        kind.setId("disposition-kind");
        reason.setLabel(getTranslation("workbench.field.reason"));
        reason.setMaxLength(5000);
        reason.setId("disposition-reason");
        reason.setWidthFull();
        paragraphs.setLabel(getTranslation("workbench.field.paragraphs"));
        paragraphs.setItemLabelGenerator(Paragraph::number);
        paragraphs.setId("disposition-paragraphs");
        paragraphs.setItems(draft.map(documents::allParagraphs).orElse(List.of()));
        paragraphs.setEnabled(draft.isPresent());
        paragraphs.setHelperText(draft.isPresent() ? null : getTranslation("workbench.no-draft-yet"));
        error.addClassName("form-error");
        error.setId("disposition-error");
        Button save = new Button(getTranslation("workbench.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("disposition-save");
        add(comment, kind, reason, paragraphs, error, save);
        setVisible(false);
    }

    /** The draft's paragraphs changed (edited, split, moved...): offer them afresh, keeping the choice. */
    void draftChanged() {
        Set<Long> chosen = paragraphs.getValue().stream().map(Paragraph::id).collect(Collectors.toSet());
        List<Paragraph> items = draft.map(documents::allParagraphs).orElse(List.of());
        paragraphs.setItems(items);
        paragraphs.setValue(items.stream().filter(p -> chosen.contains(p.id())).collect(Collectors.toSet()));
    }

    /** The amendment went into the draft: proposes Accepted (unless chosen already) and links the paragraph. */
    void amendmentApplied(long draftParagraphId) {
        if (kind.isEmpty()) {
            kind.setValue(DispositionKind.ACCEPTED);
        }
        Set<Paragraph> linked = new java.util.HashSet<>(paragraphs.getValue());
        paragraphs.getListDataView().getItems().filter(p -> p.id() == draftParagraphId).forEach(linked::add);
        paragraphs.setValue(linked);
    }

    void show(RoundItem item) {
        current = item;
        setVisible(item != null);
        if (item == null) {
            return;
        }
        error.setText("");
        renderComment(item.comment());
        kind.setValue(item.answered() ? item.disposition().kind() : null);
        reason.setValue(item.answered() && item.disposition().reason() != null ? item.disposition().reason() : "");
        Set<Long> linked = item.answered() ? Set.copyOf(item.disposition().paragraphIds()) : Set.of();
        paragraphs.setValue(paragraphs.getListDataView().getItems().filter(p -> linked.contains(p.id()))
                .collect(Collectors.toSet()));
    }

    private void renderComment(Comment c) {
        comment.removeAll();
        comment.addClassName("workbench-comment");
        Span who = new Span(getTranslation("comment.kind." + c.kind()) + " · "
                + (c.organisation() == null ? c.authorName() : c.organisation().name(getLocale())));
        who.addClassName("workbench-comment-meta");
        com.vaadin.flow.component.html.Paragraph body = new com.vaadin.flow.component.html.Paragraph(c.body());
        body.getElement().setAttribute("dir", "auto");
        comment.add(who, body);
        Paragraph commented = documents.paragraph(c.paragraphId()).paragraph();
        String paragraphText = ParagraphTextHtml.toPlainText(commented.text());
        if (c.proposedText() != null) {
            comment.add(new WordDiffView(paragraphText, c.proposedText()));
        } else { // what the comment is about, also before a draft exists to show it beside
            Span label = new Span(getTranslation("workbench.commented-paragraph", commented.number(), round.number()));
            label.addClassName("workbench-comment-meta");
            com.vaadin.flow.component.html.Paragraph text = new com.vaadin.flow.component.html.Paragraph(paragraphText);
            text.getElement().setAttribute("dir", "auto");
            Div quoted = new Div(label, text);
            quoted.setId("workbench-commented-paragraph");
            quoted.addClassName("workbench-commented-paragraph");
            comment.add(quoted);
        }
    }

    private void save() {
        if (current == null) {
            return;
        }
        if (draftUnsaved.getAsBoolean()) {
            error.setText(getTranslation("draft-editor.unsaved-elsewhere"));
            return;
        }
        try {
            dispositions.dispose(current.comment().id(), kind.getValue(), reason.getValue(),
                    paragraphs.getValue().stream().map(Paragraph::id).sorted().toList(),
                    current.answered() ? current.disposition().revision() : null);
            onSaved.accept(current);
        } catch (UserFacingException refusal) {
            error.setText(getTranslation(refusal.messageKey(), refusal.arguments()));
        }
    }
}
