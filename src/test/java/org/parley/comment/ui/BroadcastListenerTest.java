package org.parley.comment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parley.comment.CommentChanged;

/** What one UI is handed when comments come faster than it takes them. */
class BroadcastListenerTest {

    private final CommentBroadcaster.Listener listener = new CommentBroadcaster.Listener(null, change -> { });

    private static CommentBroadcaster.Change change(long sequence, long paragraphId) {
        return new CommentBroadcaster.Change(new CommentChanged(sequence, 10, paragraphId), sequence);
    }

    @Test
    void a_ui_is_called_once_for_the_changes_that_arrive_before_it_takes_them() {
        assertThat(listener.offer(change(1, 5))).as("the first change calls the UI").isTrue();
        assertThat(listener.offer(change(2, 5))).isFalse();
        assertThat(listener.offer(change(3, 7))).isFalse();
        assertThat(listener.offer(change(4, 5))).isFalse();

        assertThat(listener.take()).as("the latest per paragraph, newest first")
                .extracting(CommentBroadcaster.Change::sequence).containsExactly(4L, 3L);
        assertThat(listener.offer(change(5, 5))).as("after taking, the next change calls the UI again").isTrue();
        assertThat(listener.take()).extracting(CommentBroadcaster.Change::sequence).containsExactly(5L);
    }
}
