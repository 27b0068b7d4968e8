package org.parley.database;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.parley.testsupport.TestDatabaseInitializer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** No client that went quiet, and no request whose client left, holds a thread or a connection for long. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class BoundedWorkTest {

    /** Tomcat's own default keeps a silent connection 60 s; Parley's limit is 10 s. */
    private static final int PATIENCE_MILLIS = 30_000;

    @LocalServerPort
    int port;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void leaveRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void a_client_that_stops_in_the_middle_of_its_headers_is_disconnected() throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(PATIENCE_MILLIS);
            socket.getOutputStream().write("GET /api/v1/documents HTTP/1.1\r\nHost: localhost\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            assertThat(readUntilClosed(socket.getInputStream())).as("the server ended the connection").isNotNull();
        }
    }

    @Test
    void a_client_that_stops_in_the_middle_of_its_body_is_refused_and_disconnected() throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(PATIENCE_MILLIS);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/documents/any/versions/1/paragraphs/1/comments HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"text\": \"half")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String answer = readUntilClosed(socket.getInputStream());
            assertThat(answer).as("the server ended the connection").isNotNull().doesNotStartWith("HTTP/1.1 2");
        }
    }

    @Test
    void a_transaction_of_a_request_is_bounded_and_background_work_is_not() {
        List<String> background = transaction.execute(status -> limits());
        assertThat(background).containsExactly("0", "0");

        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        List<String> interactive = transaction.execute(status -> limits());
        assertThat(interactive).containsExactly("15s", "30s");

        RequestContextHolder.resetRequestAttributes();
        List<String> afterwards = transaction.execute(status -> limits());
        assertThat(afterwards).as("nothing carried over on the pooled connection").containsExactly("0", "0");
    }

    private List<String> limits() {
        return jdbc.queryForObject("SELECT current_setting('statement_timeout'), "
                        + "current_setting('idle_in_transaction_session_timeout')",
                (rs, row) -> List.of(rs.getString(1), rs.getString(2)));
    }

    /** Everything the server sent before it closed the connection, or null if it kept it open past our patience. */
    private static String readUntilClosed(InputStream in) throws IOException {
        StringBuilder received = new StringBuilder();
        byte[] buffer = new byte[4096];
        try {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                received.append(new String(buffer, 0, n, StandardCharsets.ISO_8859_1));
            }
            return received.toString();
        } catch (SocketTimeoutException stillOpen) {
            return null;
        }
    }
}
