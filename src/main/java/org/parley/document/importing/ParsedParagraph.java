package org.parley.document.importing;

/**
 * One paragraph of the imported document.
 *
 * @param sectionIndex index of the section it belongs to, {@code null} before the first heading
 * @param number       displayed number, never blank, unique within the document
 * @param text         light markup: {@code **bold**}, {@code *italic*} and {@code "- "} bullet lines
 */
public record ParsedParagraph(Integer sectionIndex, String number, String text) {
}
