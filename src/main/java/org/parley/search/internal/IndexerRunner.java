package org.parley.search.internal;

import org.parley.journal.ChangeRecorded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The indexer's own thread: builds or catches up at start (in the background, so Parley starts at once and
 * search answers "index being built" meanwhile), then applies changes right after each commit (woken by
 * {@link ChangeRecorded}) and every 100 ms (changes committed by other nodes, or by SQL outside Parley). A second
 * thread makes the applied changes durable once a second, so the indexer never waits for the disk.
 */
@Component
class IndexerRunner implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(IndexerRunner.class);
    private static final long POLL_MILLIS = 100;
    /**
     * Under a stream of commits (hundreds of comments a second) a pass gathers what arrived during the last one:
     * each pass flushes a new segment and reopens the searcher, and one pass per commit spent the indexer's time
     * on that fixed cost (JFR: two thirds of its samples in the reopen) and let it fall seconds behind.
     */
    private static final long MIN_PASS_MILLIS = 50;
    private static final long COMMIT_INTERVAL_MILLIS = 1000;

    private final Indexer indexer;
    private final Semaphore wakeUp = new Semaphore(0);
    private volatile Thread thread;
    private volatile ScheduledExecutorService committer;
    private volatile boolean running;

    IndexerRunner(Indexer indexer) {
        this.indexer = indexer;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void changeCommitted(ChangeRecorded change) {
        wakeUp.release();
    }

    @Override
    public void start() {
        running = true;
        thread = new Thread(this::run, "search-indexer");
        thread.setDaemon(true);
        thread.start();
        committer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread commits = new Thread(task, "search-index-commit");
            commits.setDaemon(true);
            return commits;
        });
        committer.scheduleWithFixedDelay(this::commitQuietly, COMMIT_INTERVAL_MILLIS, COMMIT_INTERVAL_MILLIS,
                TimeUnit.MILLISECONDS);
    }

    private void commitQuietly() {
        try {
            indexer.commitNow();
        } catch (RuntimeException e) {
            log.warn("Search index not committed; retrying in 1 s (the change log is replayed after a crash): {}",
                    e.toString());
        }
    }

    private void run() {
        try {
            indexer.start();
        } catch (RuntimeException e) {
            log.error("Search index could not be built at start; retrying with the change log", e);
        }
        while (running) {
            try {
                if (wakeUp.tryAcquire(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                    wakeUp.drainPermits();
                }
                if (indexer.firstBuildPending()) {
                    indexer.start();
                } else {
                    long passStarted = System.nanoTime();
                    int applied = indexer.catchUp();
                    long rest = MIN_PASS_MILLIS - (System.nanoTime() - passStarted) / 1_000_000;
                    if (applied > 0 && rest > 0) {
                        Thread.sleep(rest);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                log.warn("Search indexer failed to apply changes; retrying in 1 s: {}", e.toString());
                sleepQuietly();
            }
        }
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void stop() {
        running = false;
        ScheduledExecutorService commits = committer;
        if (commits != null) {
            commits.shutdown();
            try {
                commits.awaitTermination(2, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        Thread t = thread;
        if (t != null) {
            // no interrupt: an interrupted Lucene write can leave the writer closed; wake the loop instead
            wakeUp.release();
            try {
                t.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            indexer.commitNow();
        } catch (RuntimeException e) {
            log.warn("Search index not committed at shutdown; the change log is replayed at the next start: {}",
                    e.toString());
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
