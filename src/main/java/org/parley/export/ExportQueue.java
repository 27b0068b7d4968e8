package org.parley.export;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Laying out a PDF or a Word file takes a core and a few hundred megabytes for a long document: at most
 * {@code parley.export.concurrent-layouts} run at once (default: one per core), a bounded number wait their turn
 * for at most {@code parley.export.max-wait}, and the rest are refused at once with {@link ExportBusyException}
 * (503 with Retry-After over the API). Markdown is written straight away: it is cheap.
 */
@Component
public class ExportQueue {

    private final Semaphore layouts;
    private final int maxWaiting;
    private final Duration maxWait;
    private final AtomicInteger admitted = new AtomicInteger();
    private final int concurrentLayouts;

    ExportQueue(@Value("${parley.export.concurrent-layouts:0}") int concurrentLayouts,
                @Value("${parley.export.max-waiting:8}") int maxWaiting,
                @Value("${parley.export.max-wait:PT2M}") Duration maxWait) {
        this.concurrentLayouts = concurrentLayouts > 0 ? concurrentLayouts
                : Math.max(1, Runtime.getRuntime().availableProcessors());
        this.layouts = new Semaphore(this.concurrentLayouts, true);
        this.maxWaiting = maxWaiting;
        this.maxWait = maxWait;
    }

    /** The body, to be written when its turn comes. */
    Export.Body bounded(ExportFormat format, Export.Body body) {
        return format == ExportFormat.MD ? body : out -> run(body, out);
    }

    private void run(Export.Body body, OutputStream out) throws IOException {
        if (admitted.incrementAndGet() > concurrentLayouts + maxWaiting) {
            admitted.decrementAndGet();
            throw new ExportBusyException(retryAfterSeconds());
        }
        try {
            if (!layouts.tryAcquire(maxWait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new ExportBusyException(retryAfterSeconds());
            }
            try {
                body.writeTo(out);
            } finally {
                layouts.release();
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new ExportBusyException(retryAfterSeconds());
        } finally {
            admitted.decrementAndGet();
        }
    }

    /** Exports running or waiting now. */
    int inProgress() {
        return admitted.get();
    }

    private long retryAfterSeconds() {
        return Math.max(5, maxWait.toSeconds() / 4);
    }
}
