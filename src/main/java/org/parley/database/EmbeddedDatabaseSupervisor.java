package org.parley.database;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Watches the embedded postmaster and starts it again when it died (killed, crashed), waiting longer after each
 * failed attempt (1 s, 2 s, 4 s … at most 30 s). Connections the pool held to the dead server are dropped so
 * requests get fresh ones. Requests meanwhile answer 503 ({@link DatabaseUnavailableFilter}), readiness is DOWN.
 */
class EmbeddedDatabaseSupervisor implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseSupervisor.class);
    private static final Duration CHECK_EVERY = Duration.ofSeconds(1);
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(30);

    private final EmbeddedDatabaseServer server;
    private final HikariDataSource pool;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "embedded-postgres-supervisor");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean stopping;
    private volatile boolean held;
    private int failedAttempts;
    private long nextAttemptAt;

    EmbeddedDatabaseSupervisor(EmbeddedDatabaseServer server, HikariDataSource pool) {
        this.server = server;
        this.pool = pool;
    }

    EmbeddedDatabaseSupervisor start() {
        timer.scheduleWithFixedDelay(this::check, CHECK_EVERY.toMillis(), CHECK_EVERY.toMillis(),
                TimeUnit.MILLISECONDS);
        return this;
    }

    private void check() {
        if (stopping || held || isAlive(server) || System.nanoTime() < nextAttemptAt) {
            return;
        }
        log.warn("The embedded PostgreSQL in {} is not running; starting it again (attempt {})",
                server.dataDirectory(), failedAttempts + 1);
        try {
            server.restart();
            if (pool.getHikariPoolMXBean() != null) {
                pool.getHikariPoolMXBean().softEvictConnections();
            }
            log.warn("The embedded PostgreSQL is running again (pid {})", server.postmasterPid().orElse(-1L));
            failedAttempts = 0;
        } catch (IOException | RuntimeException e) {
            failedAttempts++;
            long waitMillis = Math.min(LONGEST_WAIT.toMillis(), 1000L << Math.min(failedAttempts - 1, 5));
            nextAttemptAt = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(waitMillis);
            log.error("Starting the embedded PostgreSQL failed (attempt {}); next try in {} ms", failedAttempts,
                    waitMillis, e);
        }
    }

    /** For a fault test: keeps a dead server down long enough to look at how Parley answers meanwhile. */
    void holdRestarts(boolean hold) {
        held = hold;
    }

    /** A killed postmaster may linger as a zombie when nothing reaps orphans: that counts as dead. */
    static boolean isAlive(EmbeddedDatabaseServer server) {
        return server.postmasterPid().map(pid -> {
            boolean alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
            return alive && !isZombie(pid);
        }).orElse(false);
    }

    private static boolean isZombie(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String afterName = stat.substring(stat.lastIndexOf(')') + 1).trim();
            return afterName.startsWith("Z") || afterName.startsWith("X");
        } catch (IOException | RuntimeException e) {
            return false; // no /proc (not Linux): trust ProcessHandle
        }
    }

    @Override
    public void close() {
        stopping = true;
        timer.shutdownNow();
        try {
            timer.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
