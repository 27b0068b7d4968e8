package org.parley.comment.ui;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
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

    /** The last read per version, and the broadcast it was read for: it shows that change and every earlier one. */
    private record Read(long afterBroadcast, Map<Long, KindCounts> counts) {
    }

    private final Map<Long, Read> latest = new ConcurrentHashMap<>();

    Map<Long, KindCounts> after(CommentBroadcaster.Change change, Supplier<Map<Long, KindCounts>> read) {
        long version = change.what().versionId();
        Read last = latest.get(version);
        if (last != null && last.afterBroadcast() >= change.sequence()) {
            return last.counts();
        }
        Map<Long, KindCounts> counts = Map.copyOf(read.get());
        latest.merge(version, new Read(change.sequence(), counts),
                (kept, fresh) -> kept.afterBroadcast() >= fresh.afterBroadcast() ? kept : fresh);
        return counts;
    }
}
