package org.parley.security;

import java.net.URI;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.parley.base.Messages;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

import java.io.IOException;

/** 401/403 for the REST API as RFC 7807 problem details, in the caller's language. */
@Component
class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final Messages messages;
    private final ObjectMapper json;
    private final java.time.Clock clock;

    ProblemAuthenticationEntryPoint(Messages messages, ObjectMapper json, java.time.Clock clock) {
        this.messages = messages;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer");
        write(request, response, HttpStatus.UNAUTHORIZED,
                request.getHeader("Authorization") == null ? "error.login-required" : "error.api-unauthorized");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(request, response, HttpStatus.FORBIDDEN, "error.forbidden");
    }

    /** 429 with Retry-After: the caller's address has sent too many wrong tokens. */
    void tooManyAttempts(HttpServletRequest request, HttpServletResponse response, LoginThrottle.Refusal refusal)
            throws IOException {
        long seconds = refusal.secondsFrom(clock.instant());
        response.setHeader("Retry-After", String.valueOf(seconds));
        write(request, response, HttpStatus.TOO_MANY_REQUESTS, "error.too-many-attempts", seconds);
    }

    /** 413 before the body is read: the declared length is over this kind of call's limit. */
    void tooLarge(HttpServletRequest request, HttpServletResponse response, long limit) throws IOException {
        response.setHeader("Connection", "close");
        write(request, response, HttpStatus.PAYLOAD_TOO_LARGE, "error.body-too-large",
                RequestBodyLimitFilter.sizeInWords(limit));
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String key,
                       Object... arguments) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                messages.get(key, request.getLocale(), arguments));
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
