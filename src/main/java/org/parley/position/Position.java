package org.parley.position;

import org.parley.disposition.DispositionKind;
import java.time.OffsetDateTime;

/**
 * Something an organisation said on a document: a published comment on its behalf, or its endorsement of
 * another's comment ({@code kind} {@value #ENDORSEMENT}, {@code endorsed} naming whose, {@code text} the comment
 * it endorsed, {@code postedAt} when it endorsed it); where, and the editors' answer to the comment once it is
 * public ({@code disposition} null otherwise).
 */
public record Position(String documentSlug, String documentTitle, int versionNumber, String versionLabel,
                       String paragraphNumber, String anchor, long commentId, String kind, String text,
                       String proposedText, String language, OffsetDateTime postedAt, DispositionKind disposition,
                       String reason, String endorsed) {

    /** The kind of a position that is the endorsement of another organisation's (or person's) comment. */
    public static final String ENDORSEMENT = "ENDORSEMENT";
}
