package org.parley.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI parleyOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Parley API").version("v1")
                        .description("Policy documents paragraph by paragraph. Authenticate with a personal "
                                + "API token: Authorization: Bearer pat_…; errors are RFC 7807 problem details."))
                .components(new Components().addSecuritySchemes("bearer",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")));
    }
}
