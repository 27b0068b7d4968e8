/**
 * Documents for the printed page and for Word: a version as PDF, DOCX or Markdown, and the redline between two
 * versions as DOCX (Word tracked changes) or PDF. Reads through {@link org.parley.document.DocumentService} and
 * {@link org.parley.revision.ComparisonService}, so the reader's permissions apply. Publishes
 * {@link org.parley.export.ExportService}; {@code ui} adds the download menu to the reading view.
 */
package org.parley.export;
