package org.parley.search.internal;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The index is a cache of PostgreSQL: a damaged one is set aside and rebuilt, it does not stop Parley starting. */
class CorruptIndexTest {

    @TempDir
    Path data;

    @Test
    void a_truncated_segment_file_is_set_aside_and_the_index_starts_empty_for_a_rebuild() throws IOException {
        Path location = data.resolve("index");
        try (SearchIndex index = SearchConfiguration.openIndex(location.toString())) {
            for (int i = 0; i < 200; i++) {
                Document document = new Document();
                document.add(new StringField("uid", "p" + i, Field.Store.YES));
                document.add(new TextField("text", "paragraph number " + i + " about migrants", Field.Store.YES));
                index.add(document);
            }
            index.commit("1");
        }
        Path largest = largestFile(location);
        try (RandomAccessFile file = new RandomAccessFile(largest.toFile(), "rw")) {
            file.setLength(file.length() / 2);
        }

        try (SearchIndex reopened = SearchConfiguration.openIndex(location.toString())) {
            assertThat(reopened.needsRebuild()).isTrue();
            assertThat(reopened.documentCount()).isZero();
        }
        try (Stream<Path> siblings = Files.list(data)) {
            assertThat(siblings.map(p -> p.getFileName().toString()))
                    .anySatisfy(name -> assertThat(name).startsWith("index.corrupt-"));
        }
    }

    @Test
    void an_intact_index_is_opened_as_it_is() throws IOException {
        Path location = data.resolve("index");
        try (SearchIndex index = SearchConfiguration.openIndex(location.toString())) {
            Document document = new Document();
            document.add(new StringField("uid", "p1", Field.Store.YES));
            index.add(document);
            index.commit("1");
        }
        try (SearchIndex reopened = SearchConfiguration.openIndex(location.toString())) {
            assertThat(reopened.documentCount()).isEqualTo(1);
        }
    }

    private static Path largestFile(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(p -> !p.getFileName().toString().equals("write.lock"))
                    .max(Comparator.comparingLong(p -> p.toFile().length())).orElseThrow();
        }
    }
}
