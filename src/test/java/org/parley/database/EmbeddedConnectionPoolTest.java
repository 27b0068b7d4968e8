package org.parley.database;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import javax.sql.DataSource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Parley on its default, embedded PostgreSQL (not the shared test database): the DataSource is a pool, so serving
 * many requests reuses a few backends instead of forking one per connection.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class EmbeddedConnectionPoolTest {

    @DynamicPropertySource
    static void embeddedDatabase(DynamicPropertyRegistry registry) {
        EmbeddedTestDirectories.register(registry);
    }

    @Autowired
    DataSource dataSource;

    @LocalServerPort
    int port;

    @Test
    void hundred_requests_open_at_most_a_pool_of_backends() throws Exception {
        assertThat(dataSource).isInstanceOf(HikariDataSource.class);
        int poolSize = ((HikariDataSource) dataSource).getMaximumPoolSize();
        HttpClient client = HttpClient.newHttpClient();
        get(client, "/api/v1/documents"); // the first request opens the pool's connections

        long sessionsBefore = sessionsEstablished();
        for (int i = 0; i < 100; i++) {
            HttpResponse<String> response = get(client, "/api/v1/documents");
            assertThat(response.statusCode()).isEqualTo(200);
        }
        long opened = sessionsEstablished() - sessionsBefore;

        assertThat(opened).as("backends opened for 100 requests (pool of %d)", poolSize).isLessThanOrEqualTo(poolSize);
    }

    private HttpResponse<String> get(HttpClient client, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** PostgreSQL's own count of sessions ever opened to the database (a backend that exits flushes its count). */
    private long sessionsEstablished() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SELECT pg_stat_clear_snapshot()");
            try (ResultSet rs = statement.executeQuery(
                    "SELECT sessions FROM pg_stat_database WHERE datname = current_database()")) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
