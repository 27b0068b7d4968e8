package org.parley.comment.ui;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.parley.comment.CommentChanged;
import org.parley.comment.KindCounts;
import org.springframework.stereotype.Component;

/**
 * A version's margin counts after one comment change, read once for all the reading UIs the change is broadcast
 * to rather than once per UI: with a thousand readers, each comment made a thousand identical GROUP BY queries.
 * The counts are the same for every reader (numbers of published comments per paragraph and kind); each UI still
 * reads the version itself as its own reader first, so access is checked per reader.
 */
@Component
class SharedCounts {

    /** The last read per version, and the change (this very broadcast, compared by identity) it followed. */
    private record Read(CommentChanged after, Map<Long, KindCounts> counts) {
    }

    private final Map<Long, Read> latest = new ConcurrentHashMap<>();

    Map<Long, KindCounts> after(CommentChanged change, Supplier<Map<Long, KindCounts>> read) {
        Read last = latest.get(change.versionId());
        if (last != null && last.after() == change) {
            return last.counts();
        }
        Map<Long, KindCounts> counts = Map.copyOf(read.get());
        latest.put(change.versionId(), new Read(change, counts));
        return counts;
    }
}
