package org.parley.search;

import java.util.List;
import java.util.Collection;

/**
 * Where the index gets comments from. The consultation module provides the real one (a Spring bean
 * implementing this interface); until then {@link #NONE} is used and no comment is indexed.
 * <p>
 * Return only comments every reader of the document may see (published, not hidden, not withdrawn): anything
 * else is removed from the index when its {@code COMMENT} change_log row is read.
 */
public interface CommentSource {

    CommentSource NONE = new CommentSource() {
        @Override
        public List<IndexedComment> visibleComments(Collection<Long> commentIds) {
            return List.of();
        }

        @Override
        public List<IndexedComment> visibleCommentsOfVersion(long versionId) {
            return List.of();
        }
    };

    /**
     * These comments as the index should show them, in a few statements whatever their number (the indexer reads a
     * whole batch of changes at once); a comment gone, hidden, withdrawn or not published is left out.
     */
    List<IndexedComment> visibleComments(Collection<Long> commentIds);

    /** Every visible comment of a version (for rebuilds and when a version's status or document changes). */
    List<IndexedComment> visibleCommentsOfVersion(long versionId);
}
