package org.parley.document.ui;

import java.util.Map;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.parley.base.MarkupText;
import org.parley.document.Paragraph;
import org.parley.document.ParagraphTextHtml;
import org.parley.document.Section;
import org.parley.document.ParagraphTranslation;
import org.parley.document.VersionText;

import java.util.List;

/**
 * The language(s) the reading view shows a version's text in: one language, or two side by side. A paragraph
 * without a translation shows its source text with a marker; an outdated translation is marked as such. Only
 * the text changes with the language: a paragraph keeps its number, anchor and comments.
 */
final class TextLanguages {

    private final VersionText shown;
    private final VersionText beside;

    TextLanguages(VersionText shown, VersionText beside) {
        this.shown = shown;
        this.beside = beside;
    }

    static TextLanguages source(String language) {
        return new TextLanguages(new VersionText(language, true, Map.of(), Map.of()), null);
    }

    String language() {
        return shown.language();
    }

    /** The sections with their headings in the shown language where translated. */
    List<Section> sections(List<Section> sections) {
        return sections.stream().map(s -> new Section(s.id(), s.parentId(), s.ordinal(), s.level(), s.number(),
                shown.headings().getOrDefault(s.id(), s.heading()), s.firstParagraphOrdinal())).toList();
    }

    /**
     * The markup {@link #text} gives for a paragraph shown in its source language alone (the common case), or null
     * when it is shown translated or beside another language.
     */
    String sourceHtml(Paragraph paragraph) {
        if (beside != null || !shown.source()) {
            return null;
        }
        return "<div class=\"paragraph-text\" dir=\"auto\" lang=\"" + MarkupText.escape(shown.language()) + "\">"
                + ParagraphTextHtml.toHtml(paragraph.text()) + "</div>";
    }

    Component text(Paragraph paragraph, Component i18n) {
        if (beside == null) {
            return text(shown, paragraph, i18n);
        }
        Div columns = new Div(text(shown, paragraph, i18n), text(beside, paragraph, i18n));
        columns.addClassName("paragraph-columns");
        return columns;
    }

    private static Component text(VersionText language, Paragraph paragraph, Component i18n) {
        ParagraphTranslation translation = language.source() ? null : language.paragraphs().get(paragraph.id());
        Div text = new Div();
        text.addClassName("paragraph-text");
        text.getElement().setAttribute("dir", "auto");
        // shared by every UI showing this paragraph (see ParagraphList#sharedText)
        text.getElement().setProperty("innerHTML",
                ParagraphTextHtml.toHtml(translation == null ? paragraph.text() : translation.text()).intern());
        if (language.source()) {
            text.getElement().setAttribute("lang", language.language());
            return text;
        }
        Div column = new Div(text);
        column.addClassName("paragraph-language");
        if (translation == null) {
            column.add(marker("translation-missing", i18n.getTranslation("reading.translation-missing")));
        } else {
            text.getElement().setAttribute("lang", language.language());
            if (translation.outdated()) {
                column.add(marker("translation-outdated", i18n.getTranslation("reading.translation-outdated")));
            }
        }
        return column;
    }

    private static Span marker(String className, String label) {
        Span marker = new Span(label);
        marker.addClassNames("translation-marker", className);
        return marker;
    }
}
