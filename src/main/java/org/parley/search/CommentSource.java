package org.parley.search;

import java.util.List;
import java.util.Optional;

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
        public Optional<IndexedComment> visibleComment(long commentId) {
            return Optional.empty();
        }

        @Override
        public List<IndexedComment> visibleCommentsOfVersion(long versionId) {
            return List.of();
        }
    };

    /** The comment as the index should show it, or empty when it is gone, hidden, withdrawn or not published. */
    Optional<IndexedComment> visibleComment(long commentId);

    /** Every visible comment of a version (for rebuilds and when a version's status or document changes). */
    List<IndexedComment> visibleCommentsOfVersion(long versionId);
}
