package org.parley.export;

import java.util.List;

/**
 * The words an export adds around the text, already in the export's language. {@code translation}: lines the
 * cover adds for a translation (which language, how many paragraphs are missing or outdated), empty for the
 * source text; {@code missing}, {@code outdated}: the markers of such paragraphs.
 */
record CoverLabels(String versionLine, String status, String date, String contents, String exportedBy,
                   String pageOf, List<String> translation, String missing, String outdated) {

    CoverLabels {
        translation = List.copyOf(translation);
    }
}
