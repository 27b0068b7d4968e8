package org.parley.export;

import org.parley.document.Document;
import org.parley.document.DocumentVersion;
import org.parley.document.Paragraph;
import org.parley.document.Section;

import java.util.List;
import java.util.Map;

/**
 * One version's text in one language, as read for an export: sections and paragraphs in reading order, with
 * headings and paragraph texts already in that language (numbers as in Parley). {@code marks}: the paragraphs,
 * by id, shown in the source text for want of a translation, or whose translation is outdated.
 */
record VersionText(Document document, DocumentVersion version, String language, List<Section> sections,
                   List<Paragraph> paragraphs, CoverLabels labels, Map<Long, TextMark> marks) {

    VersionText {
        marks = Map.copyOf(marks);
    }

    TextMark mark(Paragraph paragraph) {
        return marks.getOrDefault(paragraph.id(), TextMark.NONE);
    }

    /** The marker a reader sees next to this paragraph, or {@code null}. */
    String marker(Paragraph paragraph) {
        return switch (mark(paragraph)) {
            case NONE -> null;
            case MISSING -> labels.missing();
            case OUTDATED -> labels.outdated();
        };
    }
}
