package org.parley.testsupport;

import org.parley.comment.CommentChanged;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Records the {@link CommentChanged} events delivered after commit, with whether the comment was then visible
 * from another connection (proof that its transaction had committed).
 */
@Component
@Profile("!benchmark") // benchmarks run Parley from the test class path: only the product's beans there
public class CommentEvents {

    public record Received(CommentChanged event, boolean committed) {
    }

    private final DataSource dataSource;
    private final List<Received> received = new CopyOnWriteArrayList<>();

    CommentEvents(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @TransactionalEventListener
    void on(CommentChanged event) {
        received.add(new Received(event, committedElsewhere(event.commentId())));
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    public void clear() {
        received.clear();
    }

    private boolean committedElsewhere(long commentId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("select count(*) from comment where id = ?")) {
            query.setLong(1, commentId);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() && rows.getInt(1) == 1;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
