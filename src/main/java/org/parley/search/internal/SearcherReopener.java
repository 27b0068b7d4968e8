package org.parley.search.internal;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ReferenceManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Reopens the near-real-time searcher on a thread of its own when asked, so the indexer reads and applies the next
 * changes while the reopen (a segment flush, and the facet ordinals of the new reader) runs. Requests that arrive
 * during a reopen are served together by the next one.
 * <p>
 * It reopens only when asked, never on a timer (as Lucene's {@code ControlledRealTimeReopenThread} does): a timed
 * reopen during a rebuild would show searches the index half built. Generations are the writer's sequence numbers.
 */
final class SearcherReopener implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SearcherReopener.class);
    private static final long RETRY_MILLIS = 1000;

    private final IndexWriter writer;
    private final ReferenceManager<IndexSearcher> searchers;
    /** Held around each reopen, and by a rebuild from its first delete to its commit. */
    private final ReentrantLock reopening = new ReentrantLock();
    private final Thread thread;
    private long requested;
    private long searchable;
    private boolean closed;

    SearcherReopener(IndexWriter writer, ReferenceManager<IndexSearcher> searchers) {
        this.writer = writer;
        this.searchers = searchers;
        this.thread = new Thread(this::run, "search-reopen");
        thread.setDaemon(true);
        thread.start();
    }

    /** Asks for a reopen that shows every change made to the writer so far; returns at once with its generation. */
    long requestReopen() {
        long generation = writer.getMaxCompletedSequenceNumber();
        synchronized (this) {
            if (generation > requested) {
                requested = generation;
                notifyAll();
            }
        }
        return generation;
    }

    /** Reopens on the calling thread: every change made to the writer so far is searchable when it returns. */
    void reopenNow() {
        long generation = writer.getMaxCompletedSequenceNumber();
        reopening.lock();
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            reopening.unlock();
        }
        reached(generation);
    }

    /** Waits until the changes of {@code generation} are searchable; false if that took longer than the timeout. */
    synchronized boolean awaitSearchable(long generation, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (searchable < generation) {
            long left = deadline - System.nanoTime();
            if (left <= 0 || closed) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }

    /** Waits until every reopen asked for so far is done. */
    boolean awaitRequested(Duration timeout) throws InterruptedException {
        long generation;
        synchronized (this) {
            generation = requested;
        }
        return awaitSearchable(generation, timeout);
    }

    /**
     * Runs {@code work} with no reopen started meanwhile (a reopen already running finishes first), except those it
     * makes itself through {@link #reopenNow()}.
     */
    void withoutReopens(Runnable work) {
        reopening.lock();
        try {
            work.run();
        } finally {
            reopening.unlock();
        }
    }

    private void run() {
        while (true) {
            long generation;
            synchronized (this) {
                while (!closed && requested <= searchable) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                if (closed) {
                    return;
                }
                generation = requested;
            }
            try {
                long started = System.nanoTime();
                reopening.lock();
                try {
                    searchers.maybeRefreshBlocking();
                } finally {
                    reopening.unlock();
                }
                reached(generation);
                if (log.isDebugEnabled()) {
                    log.debug("Searcher reopened up to generation {} in {} ms", generation,
                            (System.nanoTime() - started) / 1_000_000);
                }
            } catch (IOException | RuntimeException e) {
                if (isClosed()) {
                    return;
                }
                log.warn("Search index not reopened; retrying in {} ms: {}", RETRY_MILLIS, e.toString());
                try {
                    Thread.sleep(RETRY_MILLIS);
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }

    private synchronized void reached(long generation) {
        if (generation > searchable) {
            searchable = generation;
            notifyAll();
        }
    }

    private synchronized boolean isClosed() {
        return closed;
    }

    /** Stops the thread, letting a reopen in progress finish (an interrupted Lucene read can close the writer). */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            notifyAll();
        }
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
