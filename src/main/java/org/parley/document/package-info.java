/**
 * Documents, versions, sections and paragraphs, with the lineage that says which paragraph of one version is
 * "the same" as one of another; importing a version from Markdown or DOCX ({@code importing}); the reading
 * view ({@code ui}). Publishes {@link org.parley.document.DocumentService} and its records.
 */
package org.parley.document;
