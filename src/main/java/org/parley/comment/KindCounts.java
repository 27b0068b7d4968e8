package org.parley.comment;

import java.util.EnumMap;
import java.util.Map;

/** Visible, published comments of one paragraph by kind (replies not counted), for the margin. */
public record KindCounts(Map<CommentKind, Integer> byKind) {

    public KindCounts {
        byKind = Map.copyOf(byKind);
    }

    public static KindCounts empty() {
        return new KindCounts(new EnumMap<>(CommentKind.class));
    }

    public int get(CommentKind kind) {
        return byKind.getOrDefault(kind, 0);
    }

    public int total() {
        return byKind.values().stream().mapToInt(Integer::intValue).sum();
    }
}
