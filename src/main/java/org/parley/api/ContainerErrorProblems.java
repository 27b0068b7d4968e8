package org.parley.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.parley.base.Messages;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.net.URI;

/**
 * The answers the servlet container itself gives to an API call, outside Spring MVC (a body that stopped arriving
 * answers 408 after the read timeout): a problem in the caller's language like every other API answer, instead of
 * Boot's own error JSON. Runs on the container's error dispatch to the error page only.
 */
class ContainerErrorProblems extends OncePerRequestFilter {

    private final Messages messages;
    private final ObjectMapper json;

    ContainerErrorProblems(Messages messages, ObjectMapper json) {
        this.messages = messages;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer number ? HttpStatus.resolve(number) : null;
        if (!(uri instanceof String path) || !path.startsWith("/api/") || status == null || response.isCommitted()) {
            chain.doFilter(request, response);
            return;
        }
        String detail = status == HttpStatus.REQUEST_TIMEOUT
                ? messages.get("api.error.body-timeout", request.getLocale())
                : messages.get("api.error.container", request.getLocale(), status.value());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setInstance(URI.create(path));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
