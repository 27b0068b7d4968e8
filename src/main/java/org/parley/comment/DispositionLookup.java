package org.parley.comment;

import java.util.Collection;
import java.util.Map;

/**
 * The editors' answers to comments, as the search index and the carried comments show them. Implemented by the
 * revision feature, which owns dispositions; without it no comment has one.
 */
public interface DispositionLookup {

    /** The disposition kind (e.g. ACCEPTED) of each comment that has one. */
    Map<Long, String> dispositionsOf(Collection<Long> commentIds);

    /**
     * The answers (kind and reason) to the given comments, in one statement. {@code includeUnpublished}: also the
     * answers whose next version is still a draft (for editors); otherwise only those made public by it.
     */
    Map<Long, Answer> answersOf(Collection<Long> commentIds, boolean includeUnpublished);

    /** An answer: its kind (e.g. DECLINED), its reason (may be null), and whether readers can see it yet. */
    record Answer(long commentId, String kind, String reason, boolean published) {
    }
}
