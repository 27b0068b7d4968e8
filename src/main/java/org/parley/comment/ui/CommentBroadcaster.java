package org.parley.comment.ui;

import java.util.concurrent.ThreadFactory;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.PreDestroy;
import org.parley.comment.CommentChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Tells every open UI that a comment changed, after the change is committed, so that it re-reads what it shows
 * through the services as its own reader (the event carries ids only: nobody sees what they may not).
 * <p>
 * The UIs are called from a small pool of threads with no security context of their own: inside
 * {@code ui.access} the reader's context then comes from their Vaadin session (Vaadin's security-context
 * strategy), and an anonymous reader stays anonymous instead of borrowing the poster's identity, which would
 * happen if the poster's request thread ran the other UIs' updates.
 * <p>
 * A UI that has not yet taken its last changes is not called again for each new one: the changes wait, the latest
 * per paragraph, and are handed over together. Under a stream of comments (hundreds a second, a thousand readers)
 * each UI then does as much work as it can keep up with, instead of a queue of calls growing without bound and
 * live updates falling minutes behind.
 */
@Component
public class CommentBroadcaster {

    private static final Logger log = LoggerFactory.getLogger(CommentBroadcaster.class);
    private static final long ALL_VERSIONS = -1;

    private final ConcurrentHashMap<Long, Set<Listener>> listeners = new ConcurrentHashMap<>();
    private final ExecutorService pool = Executors.newFixedThreadPool(2, daemonThreads());
    private final AtomicLong broadcasts = new AtomicLong();

    /**
     * A change as broadcast: {@code sequence} grows with every change broadcast, so a reader can tell whether
     * something it read was read after this change was committed.
     */
    public record Change(CommentChanged what, long sequence) {
    }

    static final class Listener {
        private final UI ui;
        private final Consumer<Change> action;
        /** The latest change per paragraph not yet handed to the UI; guarded by this. */
        private final Map<Long, Change> waiting = new LinkedHashMap<>();
        private boolean called;

        Listener(UI ui, Consumer<Change> action) {
            this.ui = ui;
            this.action = action;
        }

        /** True when the UI must be called; false when a call that will take this change is already on its way. */
        synchronized boolean offer(Change change) {
            waiting.remove(change.what().paragraphId());
            waiting.put(change.what().paragraphId(), change);
            boolean call = !called;
            called = true;
            return call;
        }

        /** The waiting changes, newest first (a reader that reads for the newest needs no read for the others). */
        synchronized List<Change> take() {
            List<Change> changes = new ArrayList<>(waiting.values());
            Collections.reverse(changes);
            waiting.clear();
            called = false;
            return changes;
        }
    }

    /**
     * Calls {@code action} in {@code ui.access} for changes on this version, until the registration is removed:
     * for every change, or, when changes come faster than the UI takes them, for the latest one per paragraph.
     */
    public Registration register(UI ui, long versionId, Consumer<Change> action) {
        Listener listener = new Listener(ui, action);
        listeners.computeIfAbsent(versionId, k -> new CopyOnWriteArraySet<>()).add(listener);
        return () -> listeners.computeIfPresent(versionId, (k, set) -> {
            set.remove(listener);
            return set.isEmpty() ? null : set;
        });
    }

    /** For changes on any version (the notification bell). */
    public Registration registerForAll(UI ui, Consumer<Change> action) {
        return register(ui, ALL_VERSIONS, action);
    }

    int registeredCount() {
        return listeners.values().stream().mapToInt(Set::size).sum();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    public void onCommentChanged(CommentChanged event) {
        Change change = new Change(event, broadcasts.incrementAndGet());
        notify(listeners.getOrDefault(event.versionId(), Set.of()), change);
        notify(listeners.getOrDefault(ALL_VERSIONS, Set.of()), change);
    }

    private void notify(Set<Listener> targets, Change change) {
        for (Listener listener : targets) {
            if (!listener.offer(change)) {
                continue;
            }
            try {
                pool.execute(() -> deliver(listener));
            } catch (RejectedExecutionException shuttingDown) {
                return;
            }
        }
    }

    private void deliver(Listener listener) {
        SecurityContextHolder.clearContext();
        try {
            // taken inside the UI's lock: changes arriving while this waits for it are handed over too
            listener.ui.access(() -> listener.take().forEach(listener.action));
        } catch (UIDetachedException gone) {
            log.debug("UI closed before a comment change reached it", gone);
        }
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger number = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "comment-broadcast-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
