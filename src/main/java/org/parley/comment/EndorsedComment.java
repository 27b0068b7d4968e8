package org.parley.comment;

import java.time.OffsetDateTime;

/** A comment as endorsed by an organisation, and when it endorsed it. */
public record EndorsedComment(Comment comment, OffsetDateTime endorsedAt) {
}
