package org.parley.search.internal;

import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.NRTCachingDirectory;
import org.parley.search.CommentSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The index lives in {@code parley.search.index-directory} (default {@code $PARLEY_DATA_DIR/index}); the
 * value {@code memory} keeps it in memory (tests). Each node keeps its own index and its own position.
 */
@Configuration
class SearchConfiguration {

    @Bean(destroyMethod = "close")
    SearchIndex searchIndex(@Value("${parley.search.index-directory}") String location) {
        return new SearchIndex(directory(location));
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
