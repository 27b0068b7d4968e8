package org.parley.comment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.parley.comment.CommentChanged;
import org.parley.comment.KindCounts;

class SharedCountsTest {

    private final SharedCounts shared = new SharedCounts();
    private final AtomicInteger reads = new AtomicInteger();

    private Map<Long, KindCounts> read() {
        reads.incrementAndGet();
        return Map.of(7L, KindCounts.empty());
    }

    private static CommentBroadcaster.Change broadcast(long sequence, long commentId, long versionId) {
        return new CommentBroadcaster.Change(new CommentChanged(commentId, versionId, 7), sequence);
    }

    @Test
    void every_ui_told_of_one_change_shares_one_read() {
        var change = broadcast(1, 1, 10);
        for (int ui = 0; ui < 100; ui++) {
            assertThat(shared.after(change, this::read)).containsOnlyKeys(7L);
        }
        assertThat(reads).hasValue(1);
    }

    @Test
    void a_later_change_reads_again_even_when_it_looks_the_same() {
        shared.after(broadcast(1, 1, 10), this::read);
        shared.after(broadcast(2, 1, 10), this::read); // the same comment edited again
        assertThat(reads).hasValue(2);
    }

    @Test
    void a_ui_behind_on_an_earlier_change_takes_the_later_read() {
        shared.after(broadcast(5, 2, 10), this::read);
        shared.after(broadcast(4, 1, 10), this::read);
        assertThat(reads).hasValue(1);
    }

    @Test
    void each_version_keeps_its_own_read() {
        var first = broadcast(1, 1, 10);
        var second = broadcast(2, 2, 11);
        shared.after(first, this::read);
        shared.after(second, this::read);
        shared.after(first, this::read);
        assertThat(reads).hasValue(2);
    }
}
