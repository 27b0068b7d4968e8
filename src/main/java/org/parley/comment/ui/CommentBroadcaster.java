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

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Tells every open UI that a comment changed, after the change is committed, so that it re-reads what it shows
 * through the services as its own reader (the event carries ids only: nobody sees what they may not).
 * <p>
 * The UIs are called from a small pool of threads with no security context of their own: inside
 * {@code ui.access} the reader's context then comes from their Vaadin session (Vaadin's security-context
 * strategy), and an anonymous reader stays anonymous instead of borrowing the poster's identity, which would
 * happen if the poster's request thread ran the other UIs' updates.
 */
@Component
public class CommentBroadcaster {

    private static final Logger log = LoggerFactory.getLogger(CommentBroadcaster.class);
    private static final long ALL_VERSIONS = -1;

    private final ConcurrentHashMap<Long, Set<Listener>> listeners = new ConcurrentHashMap<>();
    private final ExecutorService pool = Executors.newFixedThreadPool(2, daemonThreads());

    private record Listener(UI ui, Consumer<CommentChanged> action) {
    }

    /** Calls {@code action} in {@code ui.access} for every change on this version, until the registration is removed. */
    public Registration register(UI ui, long versionId, Consumer<CommentChanged> action) {
        Listener listener = new Listener(ui, action);
        listeners.computeIfAbsent(versionId, k -> new CopyOnWriteArraySet<>()).add(listener);
        return () -> listeners.computeIfPresent(versionId, (k, set) -> {
            set.remove(listener);
            return set.isEmpty() ? null : set;
        });
    }

    /** For changes on any version (the notification bell). */
    public Registration registerForAll(UI ui, Consumer<CommentChanged> action) {
        return register(ui, ALL_VERSIONS, action);
    }

    int registeredCount() {
        return listeners.values().stream().mapToInt(Set::size).sum();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    public void onCommentChanged(CommentChanged event) {
        notify(listeners.getOrDefault(event.versionId(), Set.of()), event);
        notify(listeners.getOrDefault(ALL_VERSIONS, Set.of()), event);
    }

    private void notify(Set<Listener> targets, CommentChanged event) {
        for (Listener listener : targets) {
            try {
                pool.execute(() -> deliver(listener, event));
            } catch (RejectedExecutionException shuttingDown) {
                return;
            }
        }
    }

    private void deliver(Listener listener, CommentChanged event) {
        SecurityContextHolder.clearContext();
        try {
            listener.ui().access(() -> listener.action().accept(event));
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
