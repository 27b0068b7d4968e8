package org.parley.database;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import java.lang.management.ManagementFactory;

/** The one line a person starting Parley looks for: where it is and what it runs on. */
@Component
class StartupReport {

    private static final Logger log = LoggerFactory.getLogger(StartupReport.class);
    private final DatabaseDescription database;
    private final Environment environment;

    StartupReport(DatabaseDescription database, Environment environment) {
        this.database = database;
        this.environment = environment;
    }

    @EventListener
    void onReady(ApplicationReadyEvent event) {
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        String path = environment.getProperty("server.servlet.context-path", "");
        long startMillis = ManagementFactory.getRuntimeMXBean().getUptime();
        log.info("Parley is ready at http://localhost:{}{}/ (database: {}; started in {} ms)",
                port, path, database.description(), startMillis);
    }
}
