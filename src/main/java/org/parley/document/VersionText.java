package org.parley.document;

import java.util.Map;

/**
 * A version's text in one language: the translated paragraphs and headings by id. A paragraph or heading absent
 * from the maps has no translation (the reader sees the source text with a marker). For the source language
 * both maps are empty and {@code source} is true.
 */
public record VersionText(String language, boolean source, Map<Long, ParagraphTranslation> paragraphs,
                          Map<Long, String> headings) {

    public VersionText {
        paragraphs = Map.copyOf(paragraphs);
        headings = Map.copyOf(headings);
    }

    public long outdatedCount() {
        return paragraphs.values().stream().filter(ParagraphTranslation::outdated).count();
    }
}
