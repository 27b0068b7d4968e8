/**
 * Importers that turn uploaded Markdown, plain-text and DOCX files into sections and numbered paragraphs.
 *
 * <p>{@link org.parley.document.importing.DocumentParser} is the entry point. Paragraph text is stored as
 * "light markup": {@code **bold**}, {@code *italic*}, and bullet items as lines starting with {@code "- "}
 * after an optional lead-in. Literal {@code \ * _ `} characters are backslash-escaped so that the markup
 * stays unambiguous; {@link org.parley.document.ParagraphTextHtml} renders it.
 */
package org.parley.document.importing;
