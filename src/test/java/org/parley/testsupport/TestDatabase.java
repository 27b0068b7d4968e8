package org.parley.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/**
 * One real PostgreSQL for the whole test run: a Testcontainers container where a Docker engine answers,
 * otherwise an embedded PostgreSQL in a temporary directory. Chosen once, automatically.
 */
public final class TestDatabase {

    private static TestDatabase instance;

    private final String jdbcUrl;
    private final String username;
    private final String password;
    private final String description;

    private TestDatabase(String jdbcUrl, String username, String password, String description) {
        this.jdbcUrl = jdbcUrl;
        this.username = username;
        this.password = password;
        this.description = description;
    }

    public static synchronized TestDatabase get() {
        if (instance == null) {
            instance = dockerAvailable() ? startContainer() : startEmbedded();
        }
        return instance;
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    public String description() {
        return description;
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    @SuppressWarnings("resource") // stopped by Testcontainers' Ryuk when the JVM exits
    private static TestDatabase startContainer() {
        PostgreSQLContainer<?> container = new PostgreSQLContainer<>("postgres:17-alpine");
        container.start();
        return new TestDatabase(container.getJdbcUrl(), container.getUsername(), container.getPassword(),
                "Testcontainers " + container.getDockerImageName());
    }

    private static TestDatabase startEmbedded() {
        try {
            var dataDirectory = Files.createTempDirectory("parley-test-pg");
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(dataDirectory).start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(postgres)));
            return new TestDatabase(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres",
                    "embedded PostgreSQL (no Docker engine)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void closeQuietly(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException ignored) {
            // the JVM is exiting; the temporary directory is left to the OS
        }
    }
}
