package org.parley.database;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The search index holds members-only and draft text, and the log names people: both are narrowed to Parley's
 * own user (directories 0700, files 0600) at every start. A directory outside Parley's data directory is not
 * Parley's to narrow, except the index's own; of a log elsewhere only the file itself is narrowed. Files created
 * later take the process umask, but nobody else can enter the 0700 directories they are in.
 */
@Component
class PrivateDataFiles {

    private static final Logger log = LoggerFactory.getLogger(PrivateDataFiles.class);
    private final Path dataDirectory;
    private final String indexDirectory;
    private final String logFile;

    PrivateDataFiles(@Value("${parley.data-directory:data}") String dataDirectory,
                     @Value("${parley.search.index-directory:memory}") String indexDirectory,
                     @Value("${logging.file.name:}") String logFile) {
        this.dataDirectory = Path.of(dataDirectory).toAbsolutePath().normalize();
        this.indexDirectory = indexDirectory;
        this.logFile = logFile;
    }

    @EventListener(ApplicationReadyEvent.class)
    void narrow() {
        try {
            if (!indexDirectory.isBlank() && !"memory".equals(indexDirectory)) {
                PrivateFiles.tree(Path.of(indexDirectory));
            }
            if (!logFile.isBlank()) {
                Path file = Path.of(logFile).toAbsolutePath().normalize();
                if (file.getParent() != null && file.getParent().startsWith(dataDirectory)) {
                    PrivateFiles.tree(file.getParent());
                } else if (Files.isRegularFile(file)) {
                    Files.setPosixFilePermissions(file, PrivateFiles.FILE);
                }
            }
        } catch (IOException | RuntimeException e) {
            log.warn("Could not make the index and log readable by Parley's user only", e);
        }
    }
}
