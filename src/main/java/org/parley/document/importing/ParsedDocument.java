package org.parley.document.importing;

import java.util.List;

/** The result of an import: sections and paragraphs in reading order. */
public record ParsedDocument(String title, List<ParsedSection> sections, List<ParsedParagraph> paragraphs) {

    public ParsedDocument {
        sections = List.copyOf(sections);
        paragraphs = List.copyOf(paragraphs);
    }
}
