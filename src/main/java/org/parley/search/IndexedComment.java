package org.parley.search;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A visible comment with what search shows and filters on. {@code disposition} is the editors' answer
 * (e.g. ACCEPTED) or null; {@code organisationName}/{@code organisationKind} are null for a personal comment.
 */
public record IndexedComment(long id, long documentId, String documentSlug, String documentTitle,
                             String documentVisibility, long versionId, int versionNumber, String versionStatus,
                             long paragraphId, String paragraphNumber, UUID lineageId, String kind,
                             String organisationName, String organisationKind, String authorName, String status,
                             String disposition, String language, String text, OffsetDateTime createdAt) {
}
