package org.parley.search.internal;

import java.util.concurrent.TimeUnit;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.TermQuery;
import org.parley.search.CommentSource;
import org.parley.search.IndexStatus;
import org.parley.search.IndexedComment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Keeps the index in step with PostgreSQL: a full rebuild, and catching up with the change log after commit.
 * <p>
 * The position is a transaction-id snapshot, not a sequence number: sequence values can commit out of order,
 * so reading "every row with a seq above the last one" can skip a row whose transaction was still running.
 * Instead each catch-up reads the rows of the transactions that have ended since the last position (see
 * {@link ChangeLogPosition}); those rows are final. The position is committed with the documents it produced, so a
 * crash between a database commit and indexing is repaired at the next start.
 */
public class Indexer {

    private static final Logger log = LoggerFactory.getLogger(Indexer.class);

    private final SearchIndex index;
    private final IndexSourceRepository source;
    private final CommentSource comments;
    private final LuceneDocuments documents = new LuceneDocuments();
    private final ReentrantLock writing = new ReentrantLock();
    /**
     * Held by a commit and by a whole rebuild, not by catching up: a commit's fsyncs (a hundred milliseconds and
     * more on a busy disk) no longer stop changes from becoming searchable meanwhile, and a rebuild is never
     * committed half done.
     */
    private final ReentrantLock committing = new ReentrantLock();
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong total = new AtomicLong();
    private volatile boolean building;
    private volatile String position;
    /**
     * Passes that applied changes, and how many of them the last commit covers: the rest is searchable but not yet
     * durable, and is replayed from the change log after a crash.
     */
    private final AtomicLong appliedPasses = new AtomicLong();
    private volatile long committedPasses;
    /** Comments read per statement: bounded, so one statement's parameters and rows stay small. */
    static final int COMMENT_BATCH = 500;

    Indexer(SearchIndex index, IndexSourceRepository source, CommentSource comments) {
        this.index = index;
        this.source = source;
        this.comments = comments;
        this.position = index.position().orElse(null);
        this.building = index.needsRebuild();
    }

    /** At start: a missing or outdated index is rebuilt; otherwise changes committed meanwhile are applied. */
    public void start() {
        if (index.needsRebuild() || position == null) {
            log.info("Search index missing or outdated (schema {}): rebuilding from the database", IndexSchema.VERSION);
            rebuild();
        } else {
            catchUp();
        }
    }

    public IndexStatus status() {
        long texts = building ? 0 : index.documentCount();
        return new IndexStatus(building, done.get(), total.get(), texts);
    }

    /** True until the first build has committed: the index has nothing to answer with. */
    public boolean firstBuildPending() {
        return position == null;
    }

    /** Rebuilds the whole index from the database; searches keep using the previous index until it commits. */
    public void rebuild() {
        committing.lock();
        writing.lock();
        try {
            building = true;
            index.replaceAll(this::replaceAll);
        } finally {
            building = false;
            writing.unlock();
            committing.unlock();
        }
    }

    private void replaceAll() {
        long started = System.nanoTime();
        String current = source.currentPosition();
        List<Long> versions = source.allVersionIds();
        total.set(versions.size());
        done.set(0);
        index.deleteAll();
        long texts = 0;
        for (long versionId : versions) {
            texts += addVersion(versionId);
            done.incrementAndGet();
        }
        index.commit(current);
        position = current;
        committedPasses = appliedPasses.get();
        log.info("Search index rebuilt: {} texts of {} versions in {} ms", texts, versions.size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * Applies the changes committed since the last position. Returns the number of changed entities; does
     * nothing (and returns 0) while a rebuild holds the writer or before the first build.
     */
    public int catchUp() {
        if (!writing.tryLock()) {
            return 0;
        }
        try {
            if (position == null) {
                return 0;
            }
            long started = System.nanoTime();
            ChangedEntities read = source.onOneConnection(this::readChanges);
            long readDone = System.nanoTime();
            String reached = read.since().position();
            List<IndexSourceRepository.ChangedRow> changes = read.since().rows();
            for (IndexSourceRepository.ChangedRow change : changes) {
                if (!"COMMENT".equals(change.entityType())) {
                    apply(change);
                }
            }
            replaceComments(read.commentIds(), read.comments());
            String from = position;
            position = reached;
            if (!changes.isEmpty()) {
                // searchable once the reopen thread has reopened the searcher, while this thread reads the next
                // changes; made durable (with the position) by the next periodic commit, because an fsync per
                // change would add its latency to every comment. A crash before that replays the range.
                index.refreshSoon();
                appliedPasses.incrementAndGet();
            }
            if (log.isDebugEnabled() && !changes.isEmpty()) {
                log.debug("Applied {} changed entities in {} ms (read {} ms), change log from {} to {}",
                        changes.size(), (System.nanoTime() - started) / 1_000_000,
                        (readDone - started) / 1_000_000, from, reached);
            }
            return changes.size();
        } finally {
            writing.unlock();
        }
    }

    /**
     * Makes every applied change durable, with the position it brings the index to; run once a second by the
     * indexer's commit thread, and at shutdown. Changes applied while it runs may be in the commit too; the change
     * log replays them after a crash, which only writes the same documents again. Gives up after a second when
     * another commit or a rebuild holds the index.
     */
    public void commitNow() {
        try {
            if (!committing.tryLock(1, TimeUnit.SECONDS)) {
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        try {
            long applied = appliedPasses.get();
            // read after the pass count: everything up to this position was added to the writer before it
            String reached = position;
            if (applied != committedPasses && reached != null) {
                index.commit(reached);
                committedPasses = applied;
            }
        } finally {
            committing.unlock();
        }
    }

    private void apply(IndexSourceRepository.ChangedRow change) {
        switch (change.entityType()) {
            case "VERSION" -> {
                replaceVersion(change.entityId());
                // later versions read this version's translations where they have none of their own
                source.laterVersionIds(change.entityId()).forEach(this::replaceTranslations);
            }
            case "DOCUMENT" -> {
                index.delete(LuceneDocuments.documentTerm(change.entityId()));
                source.versionIdsOfDocument(change.entityId()).forEach(this::addVersion);
            }
            case "PARAGRAPH" -> {
                // its translations go with it: an edited source text can make them outdated
                index.delete(LuceneDocuments.translationsOfParagraph(change.entityId()));
                source.paragraph(change.entityId()).ifPresentOrElse(p -> {
                    index.upsert(LuceneDocuments.paragraphUid(p.id()), documents.paragraph(p));
                    source.translationsOf(p).forEach(t -> index.add(documents.translation(t)));
                }, () -> index.delete(LuceneDocuments.paragraphUid(change.entityId())));
            }
            default -> log.warn("Ignoring change_log row of unknown type {}", change.entityType());
        }
    }

    /**
     * The change log since the position and the changed comments as the index shows them, on one connection. Comments
     * come in batches under load (hundreds a second): they are read in a few statements per batch, not one round
     * trip each, so the index keeps up with the writers.
     */
    private ChangedEntities readChanges() {
        IndexSourceRepository.Changes since = source.changesSince(position);
        List<Long> commentIds = since.rows().stream().filter(change -> "COMMENT".equals(change.entityType()))
                .map(IndexSourceRepository.ChangedRow::entityId).toList();
        List<IndexedComment> visible = new ArrayList<>();
        for (int from = 0; from < commentIds.size(); from += COMMENT_BATCH) {
            visible.addAll(comments.visibleComments(
                    commentIds.subList(from, Math.min(commentIds.size(), from + COMMENT_BATCH))));
        }
        return new ChangedEntities(since, commentIds, visible);
    }

    private record ChangedEntities(IndexSourceRepository.Changes since, List<Long> commentIds,
                                   List<IndexedComment> comments) {
    }

    /** Upserts the visible ones of these comments, and deletes the others (gone, hidden, withdrawn). */
    private void replaceComments(List<Long> commentIds, List<IndexedComment> visible) {
        Set<Long> gone = new HashSet<>(commentIds);
        for (IndexedComment comment : visible) {
            index.upsert(LuceneDocuments.commentUid(comment.id()), documents.comment(comment));
            gone.remove(comment.id());
        }
        gone.forEach(id -> index.delete(LuceneDocuments.commentUid(id)));
    }

    private void replaceVersion(long versionId) {
        index.delete(LuceneDocuments.versionTerm(versionId));
        addVersion(versionId);
    }

    /** Deletes and re-reads the translations of one version's paragraphs, leaving the rest of it alone. */
    private void replaceTranslations(long versionId) {
        index.delete(new BooleanQuery.Builder()
                .add(new TermQuery(LuceneDocuments.versionTerm(versionId)),
                        BooleanClause.Occur.FILTER)
                .add(new TermQuery(LuceneDocuments.TRANSLATION_MARK),
                        BooleanClause.Occur.FILTER)
                .build());
        addTranslations(versionId, source.paragraphsOfVersion(versionId));
    }

    private int addVersion(long versionId) {
        List<IndexedParagraph> paragraphs = source.paragraphsOfVersion(versionId);
        paragraphs.forEach(p -> index.add(documents.paragraph(p)));
        int translations = addTranslations(versionId, paragraphs);
        List<IndexedComment> visible = comments.visibleCommentsOfVersion(versionId);
        visible.forEach(c -> index.add(documents.comment(c)));
        return paragraphs.size() + translations + visible.size();
    }

    private int addTranslations(long versionId, List<IndexedParagraph> paragraphs) {
        List<IndexedTranslation> translations = source.translationsOfVersion(versionId, paragraphs);
        translations.forEach(t -> index.add(documents.translation(t)));
        return translations.size();
    }
}
