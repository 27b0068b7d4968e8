package org.parley.database;

import org.parley.base.DatabaseUnavailable;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.parley.base.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;

/**
 * Outside Spring Security: a database failure anywhere below (the bearer token lookup, the session's user) used to
 * end in Tomcat's error page, which the UI's security sends to /login, so a client with a valid token got
 * "302 → /login". Here it becomes 503 with Retry-After: problem+json for the API, a calm page for the rest.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DatabaseUnavailableFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);
    private final Messages messages;
    private final ObjectMapper json;

    DatabaseUnavailableFilter(Messages messages, ObjectMapper json) {
        this.messages = messages;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!DatabaseUnavailable.isCause(e) || response.isCommitted()) {
                throw e;
            }
            log.warn("Database unavailable on {} {}: {}", request.getMethod(), request.getRequestURI(), e.toString());
            answerUnavailable(request, response);
        }
    }

    private void answerUnavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.reset();
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS);
        response.setCharacterEncoding("UTF-8");
        Locale locale = Messages.supportedOrEnglish(request.getLocale());
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                    messages.get(DatabaseUnavailable.MESSAGE_KEY, locale));
            problem.setInstance(URI.create(request.getRequestURI()));
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            json.writeValue(response.getOutputStream(), problem);
        } else {
            response.setContentType(MediaType.TEXT_HTML_VALUE);
            String title = HtmlUtils.htmlEscape(messages.get("database.unavailable.title", locale));
            String text = HtmlUtils.htmlEscape(messages.get("database.unavailable.text", locale));
            response.getWriter().write("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head>"
                    + "<meta charset=\"utf-8\"><meta http-equiv=\"refresh\" content=\"15\"><title>" + title
                    + "</title></head><body style=\"font-family:sans-serif;max-width:36em;margin:4em auto\">"
                    + "<h1>" + title + "</h1><p>" + text + "</p></body></html>");
        }
    }
}
