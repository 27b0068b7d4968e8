package org.parley.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The default database: a real PostgreSQL started from binaries on the classpath, with its data under
 * {@code parley.embedded-database.directory}. Only when no {@code spring.datasource.url} is set; with one,
 * Boot's own DataSource (and pool) connects to the external server instead.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);
    static final String SUPPORTED_MAJOR_VERSION = "17";

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {
        Path dataDirectory = properties.directory().toAbsolutePath().normalize();
        Files.createDirectories(dataDirectory);
        refuseOtherMajorVersion(dataDirectory);
        StalePostmaster.stopIfRunning(dataDirectory);
        log.info("Starting embedded PostgreSQL with data in {}", dataDirectory);
        return EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(properties.port())
                // zonky turns durability off by default; this directory holds real data
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .start();
    }

    /**
     * zonky's own DataSource opens a new connection (a forked PostgreSQL backend) for every request; Hikari keeps a
     * few. Sized by {@code spring.datasource.hikari.*}, the same properties as for an external database.
     */
    @Bean(destroyMethod = "close")
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl("jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres");
        pool.setUsername("postgres");
        pool.setPoolName("parley-embedded");
        return pool;
    }

    @Bean
    DatabaseDescription databaseDescription(EmbeddedPostgres postgres, EmbeddedDatabaseProperties properties) {
        return new DatabaseDescription("embedded PostgreSQL " + SUPPORTED_MAJOR_VERSION + " in "
                + properties.directory().toAbsolutePath().normalize() + " (port " + postgres.getPort() + ")", true);
    }

    /** Binaries of one major version cannot open another's data; zonky would wait and fail obscurely. */
    private static void refuseOtherMajorVersion(Path dataDirectory) throws IOException {
        Path versionFile = dataDirectory.resolve("PG_VERSION");
        if (Files.exists(versionFile)) {
            String found = Files.readString(versionFile).trim();
            if (!found.equals(SUPPORTED_MAJOR_VERSION)) {
                throw new IllegalStateException("The data in " + dataDirectory + " was written by PostgreSQL "
                        + found + ", but Parley's embedded database is PostgreSQL " + SUPPORTED_MAJOR_VERSION
                        + ". Move that directory away (or dump and restore it) and start again.");
            }
        }
    }
}
