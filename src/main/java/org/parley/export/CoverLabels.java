package org.parley.export;

/** The words an export adds around the text, already in the reader's language. */
record CoverLabels(String versionLine, String status, String date, String contents, String exportedBy,
                   String pageOf) {
}
