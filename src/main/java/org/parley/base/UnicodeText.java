package org.parley.base;

import java.text.Normalizer;

/**
 * The one normalisation of text that enters Parley (imports, comments, translations, API bodies, search queries):
 * Unicode NFC, so that "é" typed as one character and "é" received as "e" + combining accent are the same text
 * in the database, in comparisons and in exports. Nothing else is changed (no case, no spaces, no apostrophes).
 */
public final class UnicodeText {

    private UnicodeText() {
    }

    /** The text in NFC; null stays null. Cheap when the text is already NFC (the usual case). */
    public static String nfc(String text) {
        if (text == null || Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
            return text;
        }
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
