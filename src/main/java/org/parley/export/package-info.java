/**
 * Documents for the printed page and for Word: a version as PDF, DOCX or Markdown, and the redline between two
 * versions as DOCX (Word tracked changes) or PDF. A version exports in its own language or in a translation
 * (translated headings and paragraphs under the same numbers; paragraphs without a translation, or with an
 * outdated one, marked). Reads through {@link org.parley.document.DocumentService},
 * {@link org.parley.translation.TranslationService} and {@link org.parley.comparison.ComparisonService}, so the
 * reader's permissions apply. Publishes
 * {@link org.parley.export.ExportService}; {@code ui} adds the download menu to the reading view.
 */
package org.parley.export;
