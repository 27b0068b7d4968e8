package org.parley.database;

import org.springframework.test.context.DynamicPropertyRegistry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

/** A Spring test of Parley on its own embedded PostgreSQL, in a fresh data directory on a free port. */
final class EmbeddedTestDirectories {

    private EmbeddedTestDirectories() {
    }

    static Path register(DynamicPropertyRegistry registry) {
        try {
            Path data = Files.createTempDirectory("parley-embedded-test");
            int port = freePort();
            registry.add("parley.embedded-database.directory", () -> data.resolve("postgres").toString());
            registry.add("parley.embedded-database.runtime-directory", () -> data.resolve("postgres-runtime").toString());
            registry.add("parley.embedded-database.port", () -> port);
            registry.add("parley.search.index-directory", () -> "memory");
            registry.add("parley.demo-content", () -> "false");
            registry.add("logging.file.name", () -> "target/test-logs/parley-embedded.json");
            registry.add("spring.datasource.hikari.leak-detection-threshold", () -> "10000");
            return data;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
