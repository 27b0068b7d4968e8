package org.parley.base;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells a database that cannot be reached (down, restarting, pool timed out) from an error in a request: the first
 * is answered 503 with Retry-After, never as "not signed in" or as an incident.
 */
public final class DatabaseUnavailable {

    /** Seconds a client should wait before trying again; the supervisor restarts the embedded server within that. */
    public static final String RETRY_AFTER_SECONDS = "5";
    public static final String MESSAGE_KEY = "error.database-unavailable";

    private DatabaseUnavailable() {
    }

    public static boolean isCause(Throwable throwable) {
        for (Throwable t = throwable; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CannotGetJdbcConnectionException || t instanceof CannotCreateTransactionException
                    || t instanceof DataAccessResourceFailureException || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            // 08: connection exception; 57P01-03: the server is shutting down, crashed, or still starting
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }
}
