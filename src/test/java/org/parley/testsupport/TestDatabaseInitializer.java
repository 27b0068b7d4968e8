package org.parley.testsupport;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Points a Spring test context at the shared test database (so the embedded default and demo stay off). */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestDatabase database = TestDatabase.get();
        TestPropertyValues.of(
                "spring.datasource.url=" + database.jdbcUrl(),
                "spring.datasource.username=" + database.username(),
                "spring.datasource.password=" + database.password(),
                // a connection held longer than this is logged with the stack that took it
                "spring.datasource.hikari.leak-detection-threshold=10000",
                "parley.demo-content=false",
                "parley.search.index-directory=memory",
                "logging.file.name=target/test-logs/parley.json"
        ).applyTo(context);
    }
}
