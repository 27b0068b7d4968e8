package org.parley.database;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${spring.datasource.url:}'.isEmpty()")
class ExternalDatabaseConfiguration {

    @Bean
    DatabaseDescription databaseDescription(@Value("${spring.datasource.url}") String url) {
        return new DatabaseDescription("external PostgreSQL at " + withoutCredentials(url), false);
    }

    static String withoutCredentials(String url) {
        return url.replaceAll("(?i)(password|user)=[^&]*&?", "").replaceAll("[?&]$", "");
    }
}
