package org.parley.base;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Rules every piece of text people write must follow, whatever the field. Bidirectional embedding, override and
 * isolate controls (U+202A–U+202E, U+2066–U+2069) are refused: they are invisible and can make a text display as
 * something other than what it says ("Trojan Source"). Arabic and mixed-direction text needs none of them (the
 * Unicode bidirectional algorithm orders it); the marks U+200E/U+200F stay allowed.
 */
public final class UserText {

    private UserText() {
    }

    /**
     * The text unchanged, or a refusal naming the field (an i18n key, translated in the reader's language), the
     * character and its position so that it can be found and deleted.
     */
    public static String refuseDirectionControls(String text, String fieldKey) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')) {
                throw new UserFacingException("error.direction-control", new DefaultMessageSourceResolvable(fieldKey),
                        String.format("U+%04X", (int) c), i + 1);
            }
        }
        return text;
    }
}
