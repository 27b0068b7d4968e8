package org.parley.document;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A numbered paragraph of one version. {@code lineageId} is the same for "this paragraph" in every version;
 * {@code text} is light markup (see {@link ParagraphTextHtml}).
 */
public record Paragraph(long id, long versionId, Long sectionId, int ordinal, String number, String text,
                        UUID lineageId) {

    private static final Pattern NOT_IN_ANCHOR = Pattern.compile("[^\\p{L}\\p{N}.]+");
    private static final Pattern DASHES_AT_ENDS = Pattern.compile("^-+|-+$");

    /** The fragment of a deep link to this paragraph, e.g. {@code p-12} or {@code p-III.4}. */
    public String anchor() {
        return anchorFor(number);
    }

    public static String anchorFor(String number) {
        return "p-" + DASHES_AT_ENDS.matcher(NOT_IN_ANCHOR.matcher(number).replaceAll("-")).replaceAll("");
    }
}
