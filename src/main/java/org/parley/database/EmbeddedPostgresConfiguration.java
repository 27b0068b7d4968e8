package org.parley.database;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.IOException;

/**
 * The default database: a real PostgreSQL started from binaries on the classpath, with its data under
 * {@code parley.embedded-database.directory}. Only when no {@code spring.datasource.url} is set; with one,
 * Boot's own DataSource (and pool) connects to the external server instead.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedPostgresConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedDatabaseServer embeddedDatabaseServer(EmbeddedDatabaseProperties properties) throws IOException {
        return new EmbeddedDatabaseServer(properties.directory(), properties.runtimeDirectory(), properties.port())
                .start();
    }

    /**
     * zonky's own DataSource opens a new connection (a forked PostgreSQL backend) for every request; Hikari keeps a
     * few. Sized by {@code spring.datasource.hikari.*}, the same properties as for an external database.
     */
    @Bean(destroyMethod = "close")
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedDatabaseServer server) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(server.jdbcUrl());
        pool.setUsername(server.username());
        pool.setPassword(server.password());
        pool.setPoolName("parley-embedded");
        return pool;
    }

    @Bean(destroyMethod = "close")
    EmbeddedDatabaseSupervisor embeddedDatabaseSupervisor(EmbeddedDatabaseServer server, HikariDataSource pool) {
        return new EmbeddedDatabaseSupervisor(server, pool).start();
    }

    @Bean
    DatabaseDescription databaseDescription(EmbeddedDatabaseServer server) {
        return new DatabaseDescription("embedded PostgreSQL " + EmbeddedDatabaseServer.SUPPORTED_MAJOR_VERSION + " in "
                + server.dataDirectory() + " (port " + server.port() + ")", true);
    }
}
