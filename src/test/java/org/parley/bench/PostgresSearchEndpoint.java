package org.parley.bench;

import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * PostgreSQL full-text search over HTTP, through Parley's own web stack (Tomcat, the security filters, MVC,
 * Jackson) and connection pool: what Parley's search would answer if it were built on PostgreSQL FTS. Only the
 * HTTP search benchmark adds it, to the production jar's classpath ({@code bench/search-http-scale.sh}), and turns
 * it on with its profile: on the test classpath it would otherwise be an endpoint of every test application. The
 * texts are in {@code bench.bench_text}, seeded by {@link HttpScaleBenchmark}.
 */
@Profile(PostgresSearchEndpoint.PROFILE)
@RestController
public class PostgresSearchEndpoint {

    static final String PROFILE = "bench-postgres-search";

    private final DataSource dataSource;

    PostgresSearchEndpoint(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @GetMapping("/api/v1/bench/postgres-search")
    PostgresResultsPage.Page search(@RequestParam("q") String q) throws SQLException {
        try (Connection db = dataSource.getConnection()) {
            return PostgresResultsPage.read(db, "bench.bench_text", q);
        }
    }
}
