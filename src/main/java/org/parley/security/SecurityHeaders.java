package org.parley.security;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * Response headers for every page and API call. Spring Security's defaults stay (nosniff, frame options, no-cache
 * for personal pages, and Strict-Transport-Security on requests that arrived over HTTPS, as seen through
 * X-Forwarded-Proto with {@code server.forward-headers-strategy=native}).
 * <p>
 * The Content-Security-Policy is what Vaadin Flow runs under: its bootstrap and {@code executeJs} need inline
 * scripts and {@code eval}, its themes inline styles. It still forbids scripts, styles, fonts, frames and form
 * targets from anywhere but Parley itself, plugins, {@code <base>} changes and being framed by another site.
 */
final class SecurityHeaders {

    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "serial=(), bluetooth=(), midi=(), magnetometer=(), gyroscope=(), accelerometer=()";

    private SecurityHeaders() {
    }

    static Customizer<HeadersConfigurer<HttpSecurity>> parley() {
        return headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY))
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000));
    }
}
