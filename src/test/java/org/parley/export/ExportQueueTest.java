package org.parley.export;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ExportQueueTest {

    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final CountDownLatch release = new CountDownLatch(1);
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicInteger mostAtOnce = new AtomicInteger();

    @AfterEach
    void stop() {
        release.countDown();
        threads.shutdownNow();
    }

    /** A layout that holds its slot until the test lets it go. */
    private Export.Body slowLayout() {
        return out -> {
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                running.decrementAndGet();
            }
            out.write('x');
        };
    }

    private Future<?> start(ExportQueue queue, ExportFormat format) {
        Export.Body body = queue.bounded(format, slowLayout());
        return threads.submit(() -> {
            body.writeTo(new ByteArrayOutputStream());
            return null;
        });
    }

    private static void awaitInProgress(ExportQueue queue, int count) throws InterruptedException {
        for (int i = 0; i < 500 && queue.inProgress() < count; i++) {
            Thread.sleep(10);
        }
        assertThat(queue.inProgress()).isEqualTo(count);
    }

    @Test
    void two_layouts_run_at_once_a_bounded_line_waits_and_the_next_is_refused_with_a_retry_time() throws Exception {
        ExportQueue queue = new ExportQueue(2, 3, Duration.ofMinutes(1));
        List<Future<?>> admitted = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            admitted.add(start(queue, ExportFormat.PDF));
        }
        awaitInProgress(queue, 5);

        ExportBusyException refusal = catchThrowableOfType(ExportBusyException.class,
                () -> queue.bounded(ExportFormat.DOCX, slowLayout()).writeTo(new ByteArrayOutputStream()));
        assertThat(refusal.messageKey()).isEqualTo("export.error.busy");
        assertThat(refusal.retryAfterSeconds()).isEqualTo(15);
        assertThat(running.get()).isEqualTo(2);

        release.countDown();
        for (Future<?> export : admitted) {
            export.get(30, TimeUnit.SECONDS);
        }
        assertThat(mostAtOnce.get()).isEqualTo(2);
        assertThat(queue.inProgress()).isZero();
    }

    @Test
    void a_waiting_export_gives_up_after_the_longest_wait_and_frees_its_place() throws Exception {
        ExportQueue queue = new ExportQueue(1, 1, Duration.ofMillis(200));
        start(queue, ExportFormat.PDF);
        awaitInProgress(queue, 1);

        assertThat(catchThrowableOfType(ExportBusyException.class,
                () -> queue.bounded(ExportFormat.PDF, slowLayout()).writeTo(new ByteArrayOutputStream())))
                .isNotNull();
        assertThat(queue.inProgress()).isEqualTo(1);
    }

    @Test
    void markdown_does_not_queue() throws Exception {
        ExportQueue queue = new ExportQueue(1, 0, Duration.ofMillis(100));
        start(queue, ExportFormat.PDF);
        awaitInProgress(queue, 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        queue.bounded(ExportFormat.MD, o -> o.write('m')).writeTo(out);

        assertThat(out.toString()).isEqualTo("m");
    }
}
