package org.parley.search.internal;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetsConfig;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One Lucene index in one directory: the writer, near-real-time searchers, and the commit user data that
 * keeps the schema version and this node's change-log position together with the documents they describe.
 * Opening an index written with another schema version (or none) empties it and reports {@link #needsRebuild()}.
 */
public final class SearchIndex implements Closeable {

    private final Directory directory;
    private final Analyzer analyzer = Analyzers.perField();
    private final FacetsConfig facetsConfig = IndexSchema.facetsConfig();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final SearcherReopener reopener;
    private final boolean needsRebuild;
    private volatile String position;
    private volatile FacetState facetState;

    public SearchIndex(Directory directory) {
        this.directory = directory;
        try {
            Map<String, String> committed = committedUserData(directory);
            boolean current = IndexSchema.VERSION.equals(committed.get(IndexSchema.SCHEMA_KEY));
            IndexWriterConfig config = new IndexWriterConfig(analyzer)
                    .setOpenMode(current ? IndexWriterConfig.OpenMode.APPEND : IndexWriterConfig.OpenMode.CREATE)
                    .setRAMBufferSizeMB(64)
                    // each near-real-time reopen flushes a small segment: packing it into a compound file only
                    // copied it once more (merged segments still follow the merge policy's choice)
                    .setUseCompoundFile(false)
                    // a reopen otherwise waits up to 500 ms for merges of the small segments it flushed (JFR, 20
                    // clients posting: a third of the reopen's wall time); merges still run in the background
                    .setMaxFullFlushMergeWaitMillis(0)
                    // a rebuild cut short must not be committed with a current schema version
                    .setCommitOnClose(false);
            this.writer = new IndexWriter(directory, config);
            this.searchers = openSearchers(writer);
            this.reopener = new SearcherReopener(writer, searchers);
            this.needsRebuild = !current;
            this.position = current ? committed.get(IndexSchema.POSITION_KEY) : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A damaged segment shows here; the writer is rolled back so its lock does not outlive the failed open. */
    private SearcherManager openSearchers(IndexWriter writer) throws IOException {
        try {
            // facet ordinals are computed when a new searcher opens (in the indexer's thread), not by the first query
            return new SearcherManager(writer, new SearcherFactory() {
                @Override
                public IndexSearcher newSearcher(IndexReader reader,
                                                 IndexReader previous) throws IOException {
                    IndexSearcher searcher = new IndexSearcher(reader);
                    facetState(searcher);
                    return searcher;
                }
            });
        } catch (IOException | RuntimeException e) {
            writer.rollback();
            throw e;
        }
    }

    private static Map<String, String> committedUserData(Directory directory) throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            return Map.of();
        }
        return SegmentInfos.readLatestCommit(directory).getUserData();
    }

    /** True when the index was missing or written with another schema version, and is now empty. */
    public boolean needsRebuild() {
        return needsRebuild;
    }

    /** The change-log position of the last commit (a {@link ChangeLogPosition} as text), empty before the first build. */
    public Optional<String> position() {
        return Optional.ofNullable(position);
    }

    Analyzer analyzer() {
        return analyzer;
    }

    FacetsConfig facetsConfig() {
        return facetsConfig;
    }

    public void upsert(Term uid, Document document) {
        try {
            writer.updateDocument(uid, document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void add(Document document) {
        try {
            writer.addDocument(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void delete(Term term) {
        try {
            writer.deleteDocuments(term);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void delete(Query query) {
        try {
            writer.deleteDocuments(query);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void deleteAll() {
        try {
            writer.deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes the changes durable together with the position they bring the index to, then visible. */
    public void commit(String newPosition) {
        Map<String, String> userData = new HashMap<>();
        userData.put(IndexSchema.SCHEMA_KEY, IndexSchema.VERSION);
        if (newPosition != null) {
            userData.put(IndexSchema.POSITION_KEY, newPosition);
        }
        try {
            writer.setLiveCommitData(userData.entrySet());
            writer.commit();
            position = newPosition;
            refresh();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes uncommitted changes searchable (near real time) without a commit, before it returns. */
    public void refresh() {
        reopener.reopenNow();
    }

    /**
     * Makes the changes made so far searchable without a commit, on the reopen thread: returns at once with the
     * generation to wait for ({@link #awaitSearchable(long, Duration)}).
     */
    public long refreshSoon() {
        return reopener.requestReopen();
    }

    public boolean awaitSearchable(long generation, Duration timeout) throws InterruptedException {
        return reopener.awaitSearchable(generation, timeout);
    }

    /** Waits until every {@link #refreshSoon()} asked for so far has reopened the searcher. */
    public boolean awaitRefreshes(Duration timeout) throws InterruptedException {
        return reopener.awaitRequested(timeout);
    }

    /**
     * Runs a replacement of the whole index (from its first delete to its commit) with no reopen meanwhile, so
     * searches never see it half built; {@link #commit(String)} inside it makes it searchable.
     */
    void replaceAll(Runnable replacement) {
        reopener.withoutReopens(replacement);
    }

    /** Lets a test watch or hold the reopens of the searcher. */
    void addRefreshListener(ReferenceManager.RefreshListener listener) {
        searchers.addListener(listener);
    }

    /** Runs a read against one point-in-time searcher, with the facet state that matches it. */
    public <T> T read(SearcherFunction<T> action) {
        IndexSearcher searcher;
        try {
            searcher = searchers.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return action.apply(searcher, facetState(searcher));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                searchers.release(searcher);
            } catch (IOException ignored) {
                // releasing only decrements a reference count
            }
        }
    }

    /** The facet ordinals of a reader are computed once per reader, not per query. */
    private SortedSetDocValuesReaderState facetState(IndexSearcher searcher) throws IOException {
        FacetState state = facetState;
        if (state != null && state.reader == searcher.getIndexReader()) {
            return state.state;
        }
        synchronized (this) {
            state = facetState;
            if (state != null && state.reader == searcher.getIndexReader()) {
                return state.state;
            }
            SortedSetDocValuesReaderState computed = null;
            if (searcher.getIndexReader().numDocs() > 0) {
                try {
                    computed = new DefaultSortedSetDocValuesReaderState(searcher.getIndexReader(), facetsConfig);
                } catch (IllegalArgumentException noFacetsYet) {
                    computed = null;
                }
            }
            facetState = new FacetState(searcher.getIndexReader(), computed);
            return computed;
        }
    }

    public long documentCount() {
        return read((searcher, state) -> (long) searcher.getIndexReader().numDocs());
    }

    @Override
    public void close() {
        try {
            reopener.close();
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FunctionalInterface
    public interface SearcherFunction<T> {
        T apply(IndexSearcher searcher, SortedSetDocValuesReaderState facets) throws IOException;
    }

    private record FacetState(IndexReader reader, SortedSetDocValuesReaderState state) {
    }
}
