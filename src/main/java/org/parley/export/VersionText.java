package org.parley.export;

import org.parley.document.Document;
import org.parley.document.DocumentVersion;
import org.parley.document.Paragraph;
import org.parley.document.Section;

import java.util.List;

/** One version's text in one language, as read for an export: sections and paragraphs in reading order. */
record VersionText(Document document, DocumentVersion version, String language, List<Section> sections,
                   List<Paragraph> paragraphs, CoverLabels labels) {
}
