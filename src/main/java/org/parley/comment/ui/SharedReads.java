package org.parley.comment.ui;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.parley.comment.Comment;
import org.parley.comment.KindCounts;
import org.springframework.stereotype.Component;

/**
 * Reads made after one comment change and reused by every reading UI the change is broadcast to that would read
 * the same thing, rather than read once per UI: with a thousand readers, each comment made a thousand identical
 * queries.
 * <ul>
 * <li>A version's margin counts are the same for every reader (numbers of published comments per paragraph and
 * kind, through {@code CommentQueryService.counts}, which checks that the reader of the first UI may read the
 * version); every UI told of the change already shows that version.</li>
 * <li>A paragraph's whole thread is the same for every reader who is not signed in: what a signed-in reader sees
 * depends on who they are (their drafts, their organisations), so they read it as themselves.</li>
 * </ul>
 * A reader's own actions and filters still read as that reader.
 */
@Component
class SharedReads {

    private final AfterBroadcast<Map<Long, KindCounts>> countsByVersion = new AfterBroadcast<>();
    private final AfterBroadcast<List<Comment>> anonymousThreadByParagraph = new AfterBroadcast<>();

    Map<Long, KindCounts> counts(CommentBroadcaster.Change change, Supplier<Map<Long, KindCounts>> read) {
        return countsByVersion.after(change.what().versionId(), change.sequence(), () -> Map.copyOf(read.get()));
    }

    /**
     * A paragraph's unfiltered thread as a reader who is not signed in sees it, read after {@code change} (whichever
     * paragraph the change was on: a read made after a broadcast shows every change broadcast before it).
     */
    List<Comment> anonymousThread(long paragraphId, CommentBroadcaster.Change change, Supplier<List<Comment>> read) {
        return anonymousThreadByParagraph.after(paragraphId, change.sequence(), () -> List.copyOf(read.get()));
    }

    /** How many reads are kept, of both kinds. */
    int keptReads() {
        return countsByVersion.size() + anonymousThreadByParagraph.size();
    }

    /**
     * The last read per key and the broadcast it was read for: it shows that change and every earlier one, since
     * a change is broadcast after its commit. Only the reads of recent broadcasts are kept: each broadcast adds at
     * most one, and a UI takes its turn within moments of the broadcast.
     */
    private static final class AfterBroadcast<V> {

        private static final int KEPT_BROADCASTS = 1000;

        private record Read<V>(long afterBroadcast, V value) {
        }

        private final Map<Long, Read<V>> latest = new ConcurrentHashMap<>();

        V after(long key, long sequence, Supplier<V> read) {
            Read<V> last = latest.get(key);
            if (last != null && last.afterBroadcast() >= sequence) {
                return last.value();
            }
            V value = read.get();
            latest.merge(key, new Read<>(sequence, value),
                    (kept, fresh) -> kept.afterBroadcast() >= fresh.afterBroadcast() ? kept : fresh);
            if (latest.size() > 2 * KEPT_BROADCASTS) {
                latest.values().removeIf(kept -> kept.afterBroadcast() < sequence - KEPT_BROADCASTS);
            }
            return value;
        }

        int size() {
            return latest.size();
        }
    }
}
