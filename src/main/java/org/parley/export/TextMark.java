package org.parley.export;

/** How a paragraph's text stands in the export's language when that language is a translation. */
enum TextMark {
    /** the source text or an up-to-date translation */
    NONE,
    /** no translation: the source text is shown in its place */
    MISSING,
    /** a translation made before its source paragraph last changed */
    OUTDATED
}
