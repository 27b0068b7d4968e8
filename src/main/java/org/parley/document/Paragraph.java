package org.parley.document;

import java.util.UUID;

/**
 * A numbered paragraph of one version. {@code lineageId} is the same for "this paragraph" in every version;
 * {@code text} is light markup (see {@link ParagraphTextHtml}).
 */
public record Paragraph(long id, long versionId, Long sectionId, int ordinal, String number, String text,
                        UUID lineageId) {

    /** The fragment of a deep link to this paragraph, e.g. {@code p-12} or {@code p-III.4}. */
    public String anchor() {
        return anchorFor(number);
    }

    public static String anchorFor(String number) {
        return "p-" + number.replaceAll("[^\\p{L}\\p{N}.]+", "-").replaceAll("^-+|-+$", "");
    }
}
