package org.parley.comment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.parley.comment.Comment;
import org.parley.comment.CommentChanged;
import org.parley.comment.KindCounts;

class SharedReadsTest {

    private final SharedReads shared = new SharedReads();
    private final AtomicInteger reads = new AtomicInteger();

    private Map<Long, KindCounts> read() {
        reads.incrementAndGet();
        return Map.of(7L, KindCounts.empty());
    }

    private List<Comment> readThread() {
        reads.incrementAndGet();
        return List.of();
    }

    private static CommentBroadcaster.Change broadcast(long sequence, long commentId, long versionId) {
        return broadcast(sequence, commentId, versionId, 7);
    }

    private static CommentBroadcaster.Change broadcast(long sequence, long commentId, long versionId,
                                                       long paragraphId) {
        return new CommentBroadcaster.Change(new CommentChanged(commentId, versionId, paragraphId), sequence);
    }

    @Test
    void every_ui_told_of_one_change_shares_one_read() {
        var change = broadcast(1, 1, 10);
        for (int ui = 0; ui < 100; ui++) {
            assertThat(shared.counts(change, this::read)).containsOnlyKeys(7L);
        }
        assertThat(reads).hasValue(1);
    }

    @Test
    void a_later_change_reads_again_even_when_it_looks_the_same() {
        shared.counts(broadcast(1, 1, 10), this::read);
        shared.counts(broadcast(2, 1, 10), this::read); // the same comment edited again
        assertThat(reads).hasValue(2);
    }

    @Test
    void a_ui_behind_on_an_earlier_change_takes_the_later_read() {
        shared.counts(broadcast(5, 2, 10), this::read);
        shared.counts(broadcast(4, 1, 10), this::read);
        assertThat(reads).hasValue(1);
    }

    @Test
    void each_version_keeps_its_own_read() {
        var first = broadcast(1, 1, 10);
        var second = broadcast(2, 2, 11);
        shared.counts(first, this::read);
        shared.counts(second, this::read);
        shared.counts(first, this::read);
        assertThat(reads).hasValue(2);
    }

    @Test
    void threads_are_shared_per_paragraph_and_apart_from_the_counts() {
        var onSeven = broadcast(1, 1, 10, 7);
        var onEight = broadcast(2, 2, 10, 8);
        for (int ui = 0; ui < 10; ui++) {
            shared.anonymousThread(7, onSeven, this::readThread);
            shared.anonymousThread(8, onEight, this::readThread);
        }
        shared.counts(onSeven, this::read);
        assertThat(reads).hasValue(3);
    }

    @Test
    void only_the_reads_of_recent_broadcasts_are_kept() {
        for (long sequence = 1; sequence <= 10_000; sequence++) {
            shared.anonymousThread(sequence, broadcast(sequence, sequence, 10, sequence), this::readThread);
        }
        assertThat(shared.keptReads()).isLessThanOrEqualTo(2_001);
        shared.anonymousThread(10_000, broadcast(10_000, 10_000, 10, 10_000), this::readThread);
        assertThat(reads).as("the latest read is still there").hasValue(10_000);
    }
}
