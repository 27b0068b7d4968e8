package org.parley.search;

import org.parley.search.internal.Indexer;
import org.parley.search.internal.QueryEngine;
import org.parley.document.ReaderRights;
import org.parley.document.DocumentService;
import org.parley.security.CurrentUser;
import org.parley.security.GlobalRole;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Search for readers (results filtered by what the current reader may read: anonymous readers see public
 * documents, signed-in readers every document, editors drafts too) and the admin reindex.
 */
@Service
public class SearchService {

    private final QueryEngine engine;
    private final Indexer indexer;
    private final CurrentUser currentUser;
    private final DocumentService documents;
    private final ExecutorService reindexing = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "search-reindex");
        thread.setDaemon(true);
        return thread;
    });

    SearchService(QueryEngine engine, Indexer indexer, CurrentUser currentUser, DocumentService documents) {
        this.engine = engine;
        this.indexer = indexer;
        this.currentUser = currentUser;
        this.documents = documents;
    }

    /**
     * A page of results with facets and highlighted snippets. Unusable input (empty, only stop words) gives
     * empty results with a notice; input too long gives a {@link org.parley.base.UserFacingException}.
     */
    public SearchResults search(SearchRequest request) {
        if (indexer.firstBuildPending()) {
            return SearchResults.empty(Math.max(0, request.page()), request.pageSize(), "search.notice.building");
        }
        return engine.search(request, rights());
    }

    /** Words starting like the last word typed, for suggestions as you type. */
    public List<String> suggest(String typed) {
        if (indexer.firstBuildPending()) {
            return List.of();
        }
        return engine.suggest(typed, rights(), 8);
    }

    public IndexStatus status() {
        currentUser.requireRole(GlobalRole.ADMIN);
        return indexer.status();
    }

    /** Starts rebuilding the index from the database (admins); searches use the old index until it is done. */
    public void reindex() {
        currentUser.requireRole(GlobalRole.ADMIN);
        if (!indexer.status().building()) {
            reindexing.submit(indexer::rebuild);
        }
    }

    private ReaderRights rights() {
        return documents.readerRights();
    }
}
