package org.parley.document.importing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a leading number ("III.", "A.", "2.1", "Article 9-1") off a heading text. */
record HeadingNumber(String number, String heading) {

    private static final Pattern ARTICLE = Pattern.compile(
            "^(?:Article|Art[íi]culo|Art\\.)\\s+(\\d+(?:[-.]\\d+)*(?:\\s?(?:bis|ter|quater))?|[IVXLC]+|premier|1er)\\b.*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ROMAN = Pattern.compile("^([IVXLC]+)(?:[.:)]|\\s*[\\-–—])\\s+(\\S.*)$");
    private static final Pattern LETTER = Pattern.compile("^([A-Z])[.)]\\s+(\\S.*)$");
    private static final Pattern ARABIC = Pattern.compile("^(\\d+(?:\\.\\d+)+\\.?|\\d+[.)])\\s+(\\S.*)$");

    static HeadingNumber split(String text) {
        String heading = text.strip();
        Matcher article = ARTICLE.matcher(heading);
        if (article.matches()) {
            // "Article 9-1" keeps its full text: the word "Article" is part of how the heading reads.
            return new HeadingNumber(article.group(1), heading);
        }
        for (Pattern pattern : new Pattern[] {ROMAN, LETTER, ARABIC}) {
            Matcher m = pattern.matcher(heading);
            if (m.matches()) {
                return new HeadingNumber(m.group(1).replaceAll("[.)]$", ""), m.group(2).strip());
            }
        }
        return new HeadingNumber(null, heading);
    }
}
