package org.parley.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.DispatcherType;
import org.parley.base.Messages;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.Arrays;

/**
 * Enum values in query parameters and paths in any case, as in JSON bodies (spring.jackson.mapper); the container's
 * own errors on API calls as problems.
 */
@Configuration(proxyBeanMethods = false)
class ApiWebConfiguration implements WebMvcConfigurer {

    @Bean
    FilterRegistrationBean<ContainerErrorProblems> containerErrorProblems(Messages messages, ObjectMapper json,
                                                                         ServerProperties server) {
        var registration = new FilterRegistrationBean<>(new ContainerErrorProblems(messages, json));
        registration.setDispatcherTypes(DispatcherType.ERROR);
        registration.addUrlPatterns(server.getError().getPath());
        return registration;
    }

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverterFactory(new AnyCaseEnumConverterFactory());
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    static final class AnyCaseEnumConverterFactory implements ConverterFactory<String, Enum> {

        @Override
        public <T extends Enum> Converter<String, T> getConverter(Class<T> targetType) {
            Class<?> enumType = targetType.isEnum() ? targetType : targetType.getSuperclass();
            return source -> {
                String value = source.trim();
                if (value.isEmpty()) {
                    return null;
                }
                return (T) Arrays.stream(enumType.getEnumConstants()).map(c -> (Enum) c)
                        .filter(c -> c.name().equalsIgnoreCase(value)).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("No enum constant " + value));
            };
        }
    }
}
