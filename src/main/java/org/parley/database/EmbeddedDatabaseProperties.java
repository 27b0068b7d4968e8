package org.parley.database;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;

/**
 * Where the embedded PostgreSQL keeps its data, where its binaries and socket go (a private directory, never the
 * shared temporary one), and the port it listens on (loopback only).
 */
@ConfigurationProperties("parley.embedded-database")
record EmbeddedDatabaseProperties(@DefaultValue("data/postgres") Path directory,
                                  @DefaultValue("data/postgres-runtime") Path runtimeDirectory,
                                  @DefaultValue("54329") int port) {
}
