package org.parley.database;

import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The embedded postmaster runs detached: if the JVM was killed (kill -9), it is still running on our data
 * directory and a new start would fail on the lock file. It is ours, so we stop it cleanly first.
 */
final class StalePostmaster {

    private static final Logger log = LoggerFactory.getLogger(StalePostmaster.class);

    private StalePostmaster() {
    }

    static void stopIfRunning(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        Optional<ProcessHandle> postmaster = lines.isEmpty() ? Optional.empty()
                : ProcessHandle.of(Long.parseLong(lines.get(0).trim()));
        if (postmaster.isPresent() && postmaster.get().isAlive() && isPostgres(postmaster.get())) {
            log.warn("A PostgreSQL from an earlier run (pid {}) still holds {}; stopping it",
                    postmaster.get().pid(), dataDirectory);
            postmaster.get().destroy(); // SIGTERM: PostgreSQL's "smart" shutdown
            waitFor(postmaster.get(), Duration.ofSeconds(20));
        }
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info().command().map(command -> command.contains("postgres")).orElse(true);
    }

    private static void waitFor(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("An earlier PostgreSQL (pid " + process.pid()
                    + ") did not stop; stop it by hand and start Parley again", e);
        }
    }
}
