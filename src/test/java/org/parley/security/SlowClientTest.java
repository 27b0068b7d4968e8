package org.parley.security;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.parley.testsupport.TestDatabaseInitializer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Clients that send half a request body and then wait (a slowloris on the body) each hold one of the container's
 * request threads, even when their request is refused (401) before the body is read: Tomcat then reads the rest of
 * the body to keep the connection. With more of them than threads, a normal request waits for a thread; the read
 * timeout ({@code server.tomcat.connection-timeout}, the same for headers and bodies) drops the slow ones and frees
 * their threads, so the normal request is answered after about one timeout instead of waiting for as long as they
 * choose. The container here has 8 threads against 10 slow clients, the proportion of the 250 slow clients of the
 * issue against Tomcat's 200 threads ({@code SlowClientsBenchmark} measures those on the production jar). Without
 * the timeout (Tomcat's default of 60 s) the normal request below gets no answer in time. More slow clients than
 * that are a proxy's job (README, Security and operations).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.tomcat.threads.max=8", "server.tomcat.threads.min-spare=2"})
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class SlowClientTest {

    private static final int SLOW_CLIENTS = 10;

    @LocalServerPort
    int port;
    @Value("${server.tomcat.connection-timeout}")
    Duration readTimeout;

    private final List<Socket> slowClients = new ArrayList<>();

    @Test
    void clients_that_stop_sending_a_body_are_dropped_and_do_not_starve_the_others() throws Exception {
        assertThat(readTimeout).isLessThanOrEqualTo(Duration.ofSeconds(10));
        for (int i = 0; i < SLOW_CLIENTS; i++) {
            Socket socket = new Socket("127.0.0.1", port);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/documents/paper/versions/1/paragraphs/1/comments HTTP/1.1\r\n"
                    + "Host: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n"
                    + "{\"kind\": \"COMMENT\", \"body\": \"half of it")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            slowClients.add(socket);
        }

        // a normal reader arriving while every thread is held: answered once the timeout frees them
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Duration patience = readTimeout.multipliedBy(3);
        HttpResponse<String> normal = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/v1/documents")).timeout(patience).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(normal.statusCode()).isEqualTo(200);

        // and every slow client has been dropped by the server, not left to hold its thread
        for (Socket slow : slowClients) {
            slow.setSoTimeout((int) patience.toMillis());
            assertThat(readsToTheEnd(slow.getInputStream())).as("the server closed the slow connection").isTrue();
        }
    }

    private static boolean readsToTheEnd(InputStream in) throws IOException {
        byte[] buffer = new byte[4096];
        try {
            while (in.read(buffer) >= 0) {
                // the refusal the server may send first (401) is read and ignored
            }
            return true;
        } catch (SocketTimeoutException stillOpen) {
            return false;
        } catch (IOException reset) {
            return true; // a reset is a close too
        }
    }

    @AfterEach
    void closeSlowClients() throws IOException {
        for (Socket socket : slowClients) {
            socket.close();
        }
    }
}
