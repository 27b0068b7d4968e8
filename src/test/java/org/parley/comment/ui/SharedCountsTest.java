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

    @Test
    void every_ui_told_of_one_change_shares_one_read() {
        CommentChanged change = new CommentChanged(1, 10, 7);
        for (int ui = 0; ui < 100; ui++) {
            assertThat(shared.after(change, this::read)).containsOnlyKeys(7L);
        }
        assertThat(reads).hasValue(1);
    }

    @Test
    void a_later_change_reads_again_even_when_it_looks_the_same() {
        shared.after(new CommentChanged(1, 10, 7), this::read);
        shared.after(new CommentChanged(1, 10, 7), this::read); // the same comment edited again
        assertThat(reads).hasValue(2);
    }

    @Test
    void each_version_keeps_its_own_read() {
        CommentChanged first = new CommentChanged(1, 10, 7);
        CommentChanged second = new CommentChanged(2, 11, 8);
        shared.after(first, this::read);
        shared.after(second, this::read);
        shared.after(first, this::read);
        assertThat(reads).hasValue(2);
    }
}
