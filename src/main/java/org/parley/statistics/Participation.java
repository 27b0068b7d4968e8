package org.parley.statistics;

import org.parley.comment.CommentKind;

import java.util.Map;

/**
 * One row of a participation table. {@code key} identifies the group (an organisation's short name, a kind of
 * organisation, a section's title, a version number), null for what has none (comments made in one's own name,
 * paragraphs before the first heading); {@code name} is the organisation's full name or the version's label.
 * {@code comments} counts top-level comments by kind; {@code replies} the answers in threads; {@code people}
 * the distinct authors of either.
 */
public record Participation(String key, String name, Map<CommentKind, Integer> comments, int replies, int people) {

    public Participation {
        comments = Map.copyOf(comments);
    }

    public int comments(CommentKind kind) {
        return comments.getOrDefault(kind, 0);
    }

    public int topLevel() {
        return comments.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int total() {
        return topLevel() + replies;
    }
}
