package org.parley.comment;

import java.util.Collection;
import java.util.Map;

/**
 * The editors' answers to comments, as the search index shows them. Implemented by the revision feature,
 * which owns dispositions; without it no comment has one.
 */
public interface DispositionLookup {

    /** The disposition kind (e.g. ACCEPTED) of each comment that has one. */
    Map<Long, String> dispositionsOf(Collection<Long> commentIds);
}
