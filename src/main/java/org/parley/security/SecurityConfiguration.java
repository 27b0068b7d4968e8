package org.parley.security;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategy;
import org.springframework.security.core.context.SecurityContextHolder;
import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.parley.security.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * Two filter chains: the stateless REST API (bearer tokens, problem-details errors; its reads also know the
 * person signed in to the screens) and the Vaadin UI (form login, session). Access rules for data live in the services; these chains only authenticate.
 */
@Configuration
@EnableWebSecurity
class SecurityConfiguration {

    private static final VaadinAwareSecurityContextHolderStrategy STRATEGY =
            new VaadinAwareSecurityContextHolderStrategy();

    /**
     * The Vaadin-aware security context strategy, one for the JVM, installed in the static SecurityContextHolder.
     * Vaadin's own configuration makes one per application context and installs each: with several contexts in one
     * JVM (the test suite, where MockMvc tests and tests on a real port each have one) the static holder then
     * names the last context's strategy, and an earlier context's filters no longer see the caller a bearer token
     * authenticated: its tokens look refused (401). See vaadin/flow#16953.
     */
    @Bean(name = "VaadinSecurityContextHolderStrategy")
    static VaadinAwareSecurityContextHolderStrategy securityContextHolderStrategy() {
        SecurityContextHolder.setContextHolderStrategy(STRATEGY);
        return STRATEGY;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(HttpSecurity http, ApiTokenService tokens,
                                       ProblemAuthenticationEntryPoint problems, LoginThrottle throttle,
                                       LockNotice lockNotice,
                                       @Value("${parley.import.max-bytes}") long maxImportBytes) throws Exception {
        return http.securityMatcher("/api/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(new SessionReadingContextRepository()))
                .addFilterBefore(new BearerTokenFilter(tokens, problems, throttle, lockNotice), AnonymousAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .headers(SecurityHeaders.parley())
                .authorizeHttpRequests(SecurityConfiguration::gateBeforeTheBody)
                .addFilterAfter(RequestBodyLimitFilter.forApi(maxImportBytes, problems), AuthorizationFilter.class)
                .build();
    }

    /**
     * A first gate, decided from method and path alone, before any request body is read: the editors' writes
     * (uploads, rounds, the next draft and its paragraphs, answers, publishing, moderation) need an editor or an
     * admin, the admins' writes an admin, every other write a signed-in caller. The services check the same rules
     * and the finer ones (which document, which round); this gate only keeps anonymous or unprivileged bodies from
     * being read, and answers them 401/403 whatever the path names, so it tells nothing about what exists.
     */
    private static void gateBeforeTheBody(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry auth) {
        String[] editing = {GlobalRole.ADMIN.authority(), GlobalRole.EDITOR.authority()};
        String version = "/api/v1/documents/*/versions/*";
        auth.requestMatchers(HttpMethod.POST, "/api/v1/documents", "/api/v1/documents/*/versions",
                        "/api/v1/documents/*/versions/imports/*/accept", version + "/translations/*",
                        version + "/paragraphs", version + "/paragraphs/*/split", version + "/paragraphs/*/merge-next",
                        version + "/paragraphs/*/move", version + "/paragraphs/*/apply-amendment",
                        version + "/publish", "/api/v1/comments/*/hide").hasAnyAuthority(editing)
                .requestMatchers(HttpMethod.PUT, version + "/paragraphs/*/translations/*", version + "/audience",
                        version + "/paragraphs/*", version + "/round", "/api/v1/comments/*/disposition")
                .hasAnyAuthority(editing)
                .requestMatchers(HttpMethod.DELETE, version + "/paragraphs/*", version + "/round")
                .hasAnyAuthority(editing)
                .requestMatchers(HttpMethod.POST, "/api/v1/organisations", "/api/v1/organisations/*/members",
                        "/api/v1/people").hasAuthority(GlobalRole.ADMIN.authority())
                .requestMatchers(HttpMethod.PUT, "/api/v1/organisations/*/names")
                .hasAuthority(GlobalRole.ADMIN.authority())
                .requestMatchers(HttpMethod.POST, "/api/**").authenticated()
                .requestMatchers(HttpMethod.PUT, "/api/**").authenticated()
                .requestMatchers(HttpMethod.PATCH, "/api/**").authenticated()
                .requestMatchers(HttpMethod.DELETE, "/api/**").authenticated()
                .anyRequest().permitAll();
    }

    @Bean
    @Order(2)
    SecurityFilterChain uiFilterChain(HttpSecurity http, RequestUtil requestUtil,
                                      ProblemAuthenticationEntryPoint problems,
                                      @Value("${parley.import.max-bytes}") long maxImportBytes) throws Exception {
        // Vaadin's own CSRF set-up exempts the login form's POST; here only Vaadin's internal requests (which carry
        // Vaadin's own token) are exempt, so a sign-in needs Spring's token, which the login form sends from the
        // page's _csrf meta tags: a foreign site cannot sign a visitor in to an account of its choosing.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(requestUtil::isFrameworkInternalRequest));
        http.headers(SecurityHeaders.parley());
        http.addFilterAfter(RequestBodyLimitFilter.forScreens(maxImportBytes, problems), AuthorizationFilter.class);
        http.authorizeHttpRequests(auth -> auth
                // an error page is the answer to a request already authorised (or an async timeout of one): never a
                // redirect to the login page in its place
                .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                .requestMatchers("/images/**", "/icons/**").permitAll());
        // set before Vaadin names the login page, which then keeps this handler instead of a plain redirect; the
        // page is named here too, or Spring Security would serve its own generated "Please sign in" page at /login
        http.formLogin(form -> form.loginPage("/login")
                .failureHandler(new SignInEmail.RememberingFailureHandler("/login?error")));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                        .enableCsrfConfiguration(false))
                .build();
    }
}
