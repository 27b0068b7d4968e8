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
 * The counts are the same for every reader (numbers of published comments per paragraph and kind, through
 * {@code CommentQueryService.counts}, which checks that the reader of the first UI may read the version); every UI
 * told of the change already shows that version. A reader's own actions and filters still read as that reader.
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
