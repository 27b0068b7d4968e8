package org.parley.translation;

/** How an imported translation was paired with the source paragraphs. */
public enum AlignmentMethod {
    /** Paragraph numbers of the translation found in the source. */
    NUMBERS,
    /** Paragraph order and lengths (Gale–Church): numbers did not match. */
    LENGTHS
}
