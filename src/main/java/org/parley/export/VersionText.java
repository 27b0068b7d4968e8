package org.parley.export;

import org.parley.document.Document;
import org.parley.document.DocumentVersion;
import org.parley.document.Paragraph;
import org.parley.document.Section;

import java.util.ArrayList;
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

    /** One step of the text in reading order: a section's heading, or the paragraph at {@code index}. */
    record Block(Section heading, int index) {
    }

    /**
     * Headings and paragraphs interleaved as a reader meets them: each heading before the first paragraph of its
     * section, headings of sections left without paragraphs at the end; every writer follows this order.
     */
    List<Block> inReadingOrder() {
        List<Block> blocks = new ArrayList<>(sections.size() + paragraphs.size());
        int nextSection = 0;
        for (int i = 0; i < paragraphs.size(); i++) {
            while (nextSection < sections.size()
                    && sections.get(nextSection).firstParagraphOrdinal() <= paragraphs.get(i).ordinal()) {
                blocks.add(new Block(sections.get(nextSection++), -1));
            }
            blocks.add(new Block(null, i));
        }
        while (nextSection < sections.size()) {
            blocks.add(new Block(sections.get(nextSection++), -1));
        }
        return blocks;
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
