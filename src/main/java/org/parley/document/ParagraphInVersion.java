package org.parley.document;

/** A paragraph with the version and document it belongs to. */
public record ParagraphInVersion(Document document, DocumentVersion version, Paragraph paragraph) {
}
