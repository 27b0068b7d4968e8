package org.parley.database;

import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.web.context.request.RequestContextHolder;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * Bounds the transactions of interactive requests (HTTP and Vaadin requests, bound to a request thread): a
 * statement may run so long, and a transaction may sit idle (Java busy or stuck between statements) so long,
 * before PostgreSQL ends it and the connection goes back to the pool. Work outside a request (the indexer, digests,
 * start-up, migrations) keeps the server's defaults: it is not waiting for anyone who could leave.
 */
class TimedTransactionManager extends JdbcTransactionManager {

    private final String interactiveLimits;

    TimedTransactionManager(DataSource dataSource, Duration statementTimeout, Duration idleInTransactionTimeout) {
        super(dataSource);
        // one round trip: SET LOCAL lasts until the transaction ends, so a pooled connection carries nothing over
        this.interactiveLimits = "SET LOCAL statement_timeout = " + statementTimeout.toMillis()
                + "; SET LOCAL idle_in_transaction_session_timeout = " + idleInTransactionTimeout.toMillis();
    }

    @Override
    protected void prepareTransactionalConnection(Connection connection, TransactionDefinition definition)
            throws SQLException {
        super.prepareTransactionalConnection(connection, definition);
        if (RequestContextHolder.getRequestAttributes() != null) {
            try (Statement statement = connection.createStatement()) {
                statement.execute(interactiveLimits);
            }
        }
    }
}
