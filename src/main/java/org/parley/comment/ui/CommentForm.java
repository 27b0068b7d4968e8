package org.parley.comment.ui;

import org.parley.base.ui.BidiText;
import org.parley.base.ui.WordDiffView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import elemental.json.JsonObject;
import elemental.json.JsonType;
import org.parley.base.UserFacingException;
import org.parley.comment.Comment;
import org.parley.comment.CommentKind;
import org.parley.comment.NewComment;
import org.parley.comment.PassageLocator;
import org.parley.document.ParagraphInVersion;
import org.parley.document.ParagraphTextHtml;
import org.parley.organisation.Membership;
import org.parley.organisation.MembershipRole;

import java.text.NumberFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Writing a comment, an amendment (with a live diff) or a reply, for oneself or on behalf of an organisation.
 * A refusal is shown next to the form in the reader's language, and what they typed stays.
 */
class CommentForm extends Div {

    static final int MAX_BODY = 10_000;
    private static final String[] LANGUAGES = {"", "en", "fr", "es", "ar"};

    private final CommentServices services;
    private final ParagraphInVersion paragraph;
    private final Comment parent;
    private final Consumer<Comment> posted;
    private final String plainText;
    private final Select<CommentKind> kind = new Select<>();
    private final TextArea body = new TextArea();
    private final TextArea proposed = new TextArea();
    private final WordDiffView preview;
    private final Select<Membership> onBehalfOf = new Select<>();
    private final Select<String> language = new Select<>();
    private final Div passage = new Div();
    private final Span error = new Span();
    private final Button send = new Button();
    private String quote;
    private int quoteStart;
    private String attempt = UUID.randomUUID().toString();

    CommentForm(CommentServices services, Viewer viewer, ParagraphInVersion paragraph, Comment parent,
                Consumer<Comment> posted, Runnable cancel) {
        this.services = services;
        this.paragraph = paragraph;
        this.parent = parent;
        this.posted = posted;
        this.plainText = ParagraphTextHtml.toPlainText(paragraph.paragraph().text());
        this.preview = new WordDiffView(plainText, plainText);
        addClassNames("comment-form", parent == null ? "new-comment" : "reply-form");
        kind.setLabel(getTranslation("comment.form.kind"));
        kind.setItems(parent == null ? CommentKind.values() : Arrays.stream(CommentKind.values())
                .filter(k -> k != CommentKind.AMENDMENT).toArray(CommentKind[]::new));
        kind.setItemLabelGenerator(k -> getTranslation("comment.kind." + k));
        kind.setPrefixComponent(MarginCounts.icon(CommentKind.COMMENT));
        kind.addValueChangeListener(e -> kind.setPrefixComponent(MarginCounts.icon(e.getValue())));
        kind.setValue(CommentKind.COMMENT);
        kind.addValueChangeListener(e -> showAmendment());
        bodyField();
        proposedField();
        onBehalfField(viewer);
        languageField();
        passage.addClassName("form-passage");
        passage.setVisible(false);
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        send.addClassName("comment-send");
        // busy while the server works: a second click cannot post twice, and the reader sees it was taken
        send.setDisableOnClick(true);
        send.addClickListener(click -> submit());
        Div buttons = new Div(send);
        buttons.addClassName("form-buttons");
        if (cancel != null) {
            Button cancelButton = new Button(getTranslation("comment.form.cancel"), click -> cancel.run());
            cancelButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            buttons.add(cancelButton);
        }
        if (parent == null) {
            kind.setId("comment-kind");
            onBehalfOf.setId("comment-on-behalf-of");
            body.setId("comment-body");
        }
        Div options = new Div(kind, onBehalfOf, language);
        options.addClassName("form-options");
        add(passage, options, body, proposed, preview, error, buttons);
        showAmendment();
        showSendCaption();
    }

    private void bodyField() {
        body.setLabel(getTranslation(parent == null ? "comment.form.body" : "comment.form.reply"));
        body.setMaxLength(MAX_BODY);
        body.setWidthFull();
        body.getElement().setAttribute("dir", "auto");
        body.setValueChangeMode(ValueChangeMode.TIMEOUT);
        body.setValueChangeTimeout(300);
        body.addValueChangeListener(e -> showLength());
        showLength();
    }

    private void proposedField() {
        proposed.setLabel(getTranslation("comment.form.proposed"));
        proposed.setWidthFull();
        proposed.getElement().setAttribute("dir", "auto");
        proposed.setValue(plainText);
        proposed.setValueChangeMode(ValueChangeMode.TIMEOUT);
        proposed.setValueChangeTimeout(300);
        proposed.addValueChangeListener(e -> preview.show(plainText, e.getValue()));
    }

    private void onBehalfField(Viewer viewer) {
        onBehalfOf.setLabel(getTranslation("comment.form.on-behalf-of"));
        onBehalfOf.setItems(viewer.memberships());
        onBehalfOf.setEmptySelectionAllowed(true);
        onBehalfOf.setEmptySelectionCaption(getTranslation("comment.form.myself"));
        onBehalfOf.setItemLabelGenerator(m -> m == null ? getTranslation("comment.form.myself")
                : m.organisation().name(getLocale()));
        onBehalfOf.setVisible(!viewer.memberships().isEmpty());
        onBehalfOf.addValueChangeListener(e -> showSendCaption());
    }

    private void languageField() {
        language.setLabel(getTranslation("comment.form.language"));
        language.setItems(LANGUAGES);
        language.setValue("");
        language.setItemLabelGenerator(code -> code.isEmpty() ? getTranslation("comment.form.language-detect")
                : capitalised(Locale.forLanguageTag(code).getDisplayLanguage(Locale.forLanguageTag(code)),
                        Locale.forLanguageTag(code)));
    }

    /** "français" as the start of a label: "Français". */
    private static String capitalised(String name, Locale locale) {
        return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }

    /** Reads the passage selected inside this paragraph's text (kept by the panel's selection listener). */
    void takeSelection() {
        getElement().executeJs("const s = window.parleySelection;"
                + "if (s && s.anchor === $0) { window.parleySelection = null; return s; } return null;",
                paragraph.paragraph().anchor()).then(value -> {
                    if (value != null && value.getType() == JsonType.OBJECT) {
                        JsonObject selection = (JsonObject) value;
                        setPassage(selection.getString("quote"), (int) selection.getNumber("start"));
                    }
                });
    }

    /** The selection as the browser saw it, matched against the paragraph's plain text (whitespace may differ). */
    void setPassage(String selected, int hint) {
        quote = null;
        passage.removeAll();
        PassageLocator.locate(plainText, selected == null ? "" : selected.strip(), hint).ifPresent(span -> {
            quote = plainText.substring(span.start(), span.end());
            quoteStart = span.start();
            Div quoted = new Div();
            BidiText.show(quoted, quote, null);
            quoted.addClassName("quote");
            Button remove = new Button(getTranslation("comment.form.remove-passage"), click -> setPassage(null, 0));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            passage.add(new Span(getTranslation("comment.form.passage")), quoted, remove);
        });
        passage.setVisible(quote != null);
    }

    void focus() {
        body.focus();
    }

    private void submit() {
        NewComment request = NewComment.of(kind.getValue(), body.getValue()).withIdempotencyKey(attempt);
        if (kind.getValue() == CommentKind.AMENDMENT) {
            request = request.proposing(proposed.getValue());
        }
        if (quote != null) {
            request = request.quoting(quote, quoteStart);
        }
        if (onBehalfOf.getValue() != null) {
            request = request.onBehalfOf(onBehalfOf.getValue().organisation().id());
        }
        if (!language.getValue().isEmpty()) {
            request = request.inLanguage(language.getValue());
        }
        if (parent != null) {
            request = request.replyTo(parent.id());
        }
        try {
            Comment created = services.comments().post(paragraph.paragraph().id(), request);
            error.setText("");
            body.clear();
            proposed.setValue(plainText);
            setPassage(null, 0);
            attempt = UUID.randomUUID().toString();
            posted.accept(created);
        } catch (UserFacingException refused) {
            error.setText(getTranslation(refused.messageKey(), refused.arguments()));
        } finally {
            send.setEnabled(true);
        }
    }

    private void showAmendment() {
        boolean amendment = kind.getValue() == CommentKind.AMENDMENT;
        proposed.setVisible(amendment);
        preview.setVisible(amendment);
    }

    private void showLength() {
        NumberFormat number = NumberFormat.getIntegerInstance(getLocale());
        body.setHelperText(getTranslation("comment.form.length", number.format(body.getValue().length()),
                number.format(MAX_BODY)));
    }

    private void showSendCaption() {
        Membership chosen = onBehalfOf.getValue();
        boolean draft = chosen != null && chosen.role() == MembershipRole.MEMBER;
        send.setText(getTranslation(draft ? "comment.form.send-for-approval" : "comment.form.send"));
        onBehalfOf.setHelperText(chosen == null ? null : getTranslation(draft ? "comment.form.member-draft-note"
                : "comment.form.focal-point-note", chosen.organisation().name(getLocale())));
    }
}
