package org.parley.document.importing;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A paragraph number typed at the start of the text: "12. ", "(a) ", "(iv) ", "III.4 ", "10.a. " (SDG targets). */
record LeadingNumber(String number, String rest) {

    private static final Pattern TYPED = Pattern.compile(
            "^(\\d{1,4}(?:\\.\\d{1,4})*(?:\\.[a-z])?)[.)]\\s+(\\S.*)$"
            + "|^(\\((?:[a-z]{1,2}|[ivxlc]{1,6})\\))\\s+(\\S.*)$"
            + "|^([IVXLC]{1,6}\\.\\d{1,4}(?:\\.\\d{1,4})*)\\.?\\s+(\\S.*)$",
            Pattern.DOTALL);
    private static final Pattern LETTER_ITEM = Pattern.compile("^\\((?:[a-z]{1,2}|[ivxlc]{1,6})\\)$");

    static Optional<LeadingNumber> of(String text) {
        Matcher m = TYPED.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        for (int group = 1; group <= 5; group += 2) {
            if (m.group(group) != null) {
                return Optional.of(new LeadingNumber(m.group(group), m.group(group + 1)));
            }
        }
        return Optional.empty();
    }

    static boolean isLetterItem(String number) {
        return LETTER_ITEM.matcher(number).matches();
    }
}
