package org.parley.document;

/**
 * A heading of a version. {@code firstParagraphOrdinal} is where the section starts in reading order
 * (the ordinal of the first paragraph at or after its heading), so a reader can jump to it.
 */
public record Section(long id, Long parentId, int ordinal, int level, String number, String heading,
                      int firstParagraphOrdinal) {

    public String title() {
        return number == null ? heading : number + ". " + heading;
    }
}
