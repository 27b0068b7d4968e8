package org.parley.search.internal;

import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.store.NRTCachingDirectory;
import org.parley.search.CommentSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import javax.sql.DataSource;

/**
 * The index lives in {@code parley.search.index-directory} (default {@code $PARLEY_DATA_DIR/index}); the
 * value {@code memory} keeps it in memory (tests). Each node keeps its own index and its own position.
 */
@Configuration
class SearchConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SearchConfiguration.class);

    @Bean(destroyMethod = "close")
    SearchIndex searchIndex(@Value("${parley.search.index-directory}") String location) {
        return openIndex(location);
    }

    /**
     * The index is a cache of PostgreSQL: one that cannot be opened (a truncated or corrupt file, a codec this
     * Lucene cannot read) is moved aside and replaced by an empty one, which the indexer rebuilds from the
     * database. Another process holding the index's lock is not damage and still stops the start.
     */
    static SearchIndex openIndex(String location) {
        try {
            return new SearchIndex(directory(location));
        } catch (UncheckedIOException | IllegalArgumentException e) {
            if ("memory".equals(location) || e.getCause() instanceof LockObtainFailedException) {
                throw e;
            }
            Path damaged = Path.of(location);
            Path aside = damaged.resolveSibling(damaged.getFileName() + ".corrupt-"
                    + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(Instant.now()));
            log.warn("The search index in {} cannot be read ({}); moved it to {} and rebuilding it from the database",
                    damaged, e.getCause() == null ? e.toString() : e.getCause().toString(), aside);
            try {
                Files.move(damaged, aside);
            } catch (IOException moveFailed) {
                e.addSuppressed(moveFailed);
                throw e;
            }
            return new SearchIndex(directory(location));
        }
    }

    @Bean(destroyMethod = "close")
    IndexerConnectionPool indexerConnectionPool(DataSource dataSource) {
        return IndexerConnectionPool.beside(dataSource);
    }

    @Bean
    Indexer indexer(SearchIndex index, IndexSourceRepository source, ObjectProvider<CommentSource> comments) {
        return new Indexer(index, source, comments.getIfAvailable(() -> CommentSource.NONE));
    }

    @Bean
    QueryEngine queryEngine(SearchIndex index) {
        return new QueryEngine(index);
    }

    static Directory directory(String location) {
        if ("memory".equals(location)) {
            return new ByteBuffersDirectory();
        }
        try {
            Path path = Path.of(location);
            Files.createDirectories(path);
            // small segments flushed for near-real-time search stay in memory until merged: a change becomes
            // searchable without waiting for file writes
            return new NRTCachingDirectory(FSDirectory.open(path), 8.0, 64.0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
