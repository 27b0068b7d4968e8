package org.parley.translation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import org.parley.base.UserFacingException;
import org.parley.document.DocumentService;
import org.parley.document.DocumentVersion;
import org.parley.document.Paragraph;
import org.parley.document.ParagraphTextHtml;
import org.parley.document.ParagraphTranslation;
import org.parley.translation.TranslationService;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Every paragraph with its translation, outdated ones first, then untranslated ones, each saved on its own. */
class TranslationWorklist extends Div {

    private final DocumentService documents;
    private final TranslationService translations;
    private final DocumentVersion version;
    private final String language;
    private final Span progress = new Span();
    private final VirtualList<Paragraph> list = new VirtualList<>();
    private Map<Long, ParagraphTranslation> current = Map.of();

    TranslationWorklist(DocumentService documents, TranslationService translations, DocumentVersion version,
                        String language) {
        this.documents = documents;
        this.translations = translations;
        this.version = version;
        this.language = language;
        addClassName("translation-worklist");
        progress.setId("translation-progress");
        list.setId("translation-rows");
        list.setRenderer(new ComponentRenderer<>(this::row));
        add(progress, list);
        reload();
    }

    void reload() {
        current = translations.text(version, language).paragraphs();
        List<Paragraph> paragraphs = documents.allParagraphs(version);
        long outdated = current.values().stream().filter(ParagraphTranslation::outdated).count();
        progress.setText(getTranslation("translate.progress", current.size(), paragraphs.size(), outdated));
        list.setItems(paragraphs.stream().sorted(Comparator.comparingInt(this::urgency)
                .thenComparingInt(Paragraph::ordinal)).toList());
    }

    /** 0 outdated, 1 missing, 2 up to date. */
    private int urgency(Paragraph paragraph) {
        ParagraphTranslation t = current.get(paragraph.id());
        return t == null ? 1 : t.outdated() ? 0 : 2;
    }

    private Component row(Paragraph paragraph) {
        ParagraphTranslation translation = current.get(paragraph.id());
        Span number = new Span(paragraph.number());
        number.addClassName("paragraph-number");
        Div source = new Div();
        source.addClassName("paragraph-text");
        source.getElement().setAttribute("dir", "auto");
        source.getElement().setProperty("innerHTML", ParagraphTextHtml.toHtml(paragraph.text()));
        TextArea text = new TextArea(getTranslation("translate.field.translation"));
        text.getElement().setAttribute("dir", "auto");
        text.setWidthFull();
        text.setValue(translation == null ? "" : translation.text());
        String status = translation == null ? "missing" : translation.outdated() ? "outdated" : "current";
        Span badge = new Span(getTranslation("translate.status." + status));
        badge.addClassNames("translation-status", "translation-" + status);
        Button save = new Button(getTranslation("translate.save"), e -> save(paragraph, translation, text.getValue()));
        save.addClassName("save-translation");
        Div row = new Div(number, source, new Div(text, badge, save));
        row.addClassName("translation-row");
        row.setId("t-" + paragraph.anchor());
        return row;
    }

    private void save(Paragraph paragraph, ParagraphTranslation before, String text) {
        try {
            translations.translate(paragraph.id(), language, text, before == null ? null : before.ownRevision());
            Notification.show(getTranslation("translate.saved", paragraph.number()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            reload();
        } catch (UserFacingException e) {
            Notification.show(getTranslation(e.messageKey(), e.arguments()))
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
