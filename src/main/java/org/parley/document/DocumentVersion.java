package org.parley.document;

import java.time.OffsetDateTime;

public record DocumentVersion(long id, long documentId, int number, String label, VersionStatus status,
                              OffsetDateTime consultationOpensAt, OffsetDateTime consultationClosesAt,
                              String language, Long basedOnVersionId, OffsetDateTime publishedAt,
                              int paragraphCount) {
}
