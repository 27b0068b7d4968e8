package org.parley.search.internal;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A paragraph with its document and version, as read from PostgreSQL for indexing. */
public record IndexedParagraph(long id, long documentId, String documentSlug, String documentTitle,
                               String documentVisibility, long versionId, int versionNumber, String versionStatus,
                               String language, OffsetDateTime versionDate, String number, int ordinal,
                               UUID lineageId, String sectionHeading, String plainText) {
}
