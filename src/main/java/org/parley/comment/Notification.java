package org.parley.comment;

import java.time.OffsetDateTime;

/**
 * Something a person should know about a comment, with what is needed to link to it, and who caused it: a person
 * ({@code actorName}, null when Parley itself acted) and the organisation they spoke for, if any.
 */
public record Notification(long id, NotificationKind kind, long commentId, String excerpt, String documentSlug,
                           String documentTitle, int versionNumber, String paragraphNumber,
                           OffsetDateTime createdAt, boolean read, String actorName,
                           OrganisationRef actorOrganisation) {
}
