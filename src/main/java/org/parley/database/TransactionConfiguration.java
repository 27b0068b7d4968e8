package org.parley.database;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.transaction.TransactionManagerCustomizers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.time.Duration;

/** Replaces Boot's JdbcTransactionManager (which backs off) with one that bounds interactive transactions. */
@Configuration(proxyBeanMethods = false)
class TransactionConfiguration {

    @Bean
    TimedTransactionManager transactionManager(
            DataSource dataSource, ObjectProvider<TransactionManagerCustomizers> customizers,
            @Value("${parley.database.interactive-statement-timeout:15s}") Duration statementTimeout,
            @Value("${parley.database.interactive-idle-in-transaction-timeout:30s}") Duration idleTimeout) {
        TimedTransactionManager manager = new TimedTransactionManager(dataSource, statementTimeout, idleTimeout);
        customizers.ifAvailable(c -> c.customize(manager));
        return manager;
    }
}
