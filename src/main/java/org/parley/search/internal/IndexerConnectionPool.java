package org.parley.search.internal;

import com.zaxxer.hikari.HikariDataSource;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The search indexer's own connection, beside the pool the requests share: under load every pooled connection is
 * busy with a request, and the indexer queued behind them (JFR, 20 clients posting: 23 s of a 60 s run parked in
 * the pool, longer than all its reads took). A pool of one connection set up like the shared pool; none when the
 * shared data source is not a Hikari pool, whose settings could not be read.
 */
final class IndexerConnectionPool implements AutoCloseable {

    private final HikariDataSource pool;

    private IndexerConnectionPool(HikariDataSource pool) {
        this.pool = pool;
    }

    static IndexerConnectionPool beside(DataSource shared) {
        if (!(shared instanceof HikariDataSource sharedPool)) {
            return new IndexerConnectionPool(null);
        }
        HikariDataSource one = new HikariDataSource();
        // every setting of the shared pool (URL, credentials, driver properties, timeouts, initialisation SQL)
        // but its name and size
        sharedPool.copyStateTo(one);
        one.setPoolName("search-indexer");
        one.setMaximumPoolSize(1);
        one.setMinimumIdle(0);
        return new IndexerConnectionPool(one);
    }

    /** False without a pool of its own, and once closed at shutdown: the indexer then uses the shared pool. */
    boolean isOpen() {
        return pool != null && !pool.isClosed();
    }

    Connection connection() throws SQLException {
        return pool.getConnection();
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.close();
        }
    }
}
