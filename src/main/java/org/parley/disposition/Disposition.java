package org.parley.disposition;

import java.time.OffsetDateTime;
import java.util.List;

/** The answer to one comment, with the paragraphs of the new draft that carry the change. */
public record Disposition(long commentId, DispositionKind kind, String reason, List<Long> paragraphIds,
                          Long decidedBy, OffsetDateTime decidedAt, int revision) {
}
