package org.parley.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.parley.base.Messages;
import org.parley.base.UserFacingException;
import org.parley.base.DatabaseUnavailable;
import org.parley.document.DocumentNotFoundException;
import org.parley.base.PermissionDeniedException;
import org.parley.export.ExportBusyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.parley.security.RequestBodyLimitFilter;
import org.slf4j.Logger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.util.unit.DataSize;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

import java.util.UUID;

/**
 * Every REST error as an RFC 9457 problem detail with a message in the caller's language
 * (Accept-Language); never a stack trace. Unexpected failures are logged with an id the caller can quote.
 * Ordered first: Spring Boot's own problem-details handler (spring.mvc.problemdetails) would otherwise answer
 * framework errors in English. Errors raised before a controller is chosen (unknown path, wrong method, media
 * types, unreadable or invalid input) are answered by {@link ApiRequestErrors}.
 */
@Order(Ordered.HIGHEST_PRECEDENCE + 1) // after ApiRequestErrors, whose errors this one's catch-all would take
@RestControllerAdvice(basePackageClasses = ApiErrorHandler.class)
class ApiErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiErrorHandler.class);
    private final Messages messages;
    private final DataSize maxUpload;

    ApiErrorHandler(Messages messages,
                    @Value("${spring.servlet.multipart.max-request-size}") DataSize maxUpload) {
        this.messages = messages;
        this.maxUpload = maxUpload;
    }

    @ExceptionHandler(PermissionDeniedException.class)
    ProblemDetail permissionDenied(PermissionDeniedException e, HttpServletRequest request) {
        HttpStatus status = e.isLoginRequired() ? HttpStatus.UNAUTHORIZED : HttpStatus.FORBIDDEN;
        return problem(status, messages.get(e, request.getLocale()), request);
    }

    @ExceptionHandler(DocumentNotFoundException.class)
    ProblemDetail notFound(DocumentNotFoundException e, HttpServletRequest request) {
        return problem(HttpStatus.NOT_FOUND, messages.get(e, request.getLocale()), request);
    }

    @ExceptionHandler(ExportBusyException.class)
    ResponseEntity<ProblemDetail> busy(ExportBusyException e, HttpServletRequest request) {
        ProblemDetail problem = problem(HttpStatus.SERVICE_UNAVAILABLE, messages.get(e, request.getLocale()), request);
        problem.setProperty("code", e.messageKey());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()))
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @ExceptionHandler(UserFacingException.class)
    ProblemDetail refused(UserFacingException e, HttpServletRequest request) {
        ProblemDetail problem = problem(ApiConflicts.statusOf(e), messages.get(e, request.getLocale()), request);
        problem.setProperty("code", e.messageKey());
        return problem;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        return problem(HttpStatus.PAYLOAD_TOO_LARGE, messages.get("error.body-too-large", request.getLocale(),
                RequestBodyLimitFilter.sizeInWords(e.getMaxUploadSize() > 0 ? e.getMaxUploadSize()
                        : maxUpload.toBytes())), request);
    }

    @ExceptionHandler({MissingServletRequestPartException.class, MissingServletRequestParameterException.class,
            MultipartException.class, MissingRequestHeaderException.class})
    ProblemDetail badRequest(Exception e, HttpServletRequest request) {
        if (request.getAttribute(RequestBodyLimitFilter.EXCEEDED) instanceof Long limit) {
            return problem(HttpStatus.PAYLOAD_TOO_LARGE, messages.get("error.body-too-large", request.getLocale(),
                    RequestBodyLimitFilter.sizeInWords(limit)), request);
        }
        return problem(HttpStatus.BAD_REQUEST, messages.get("error.bad-request", request.getLocale(),
                whatIsWrong(e)), request);
    }

    /** Names the faulty part without echoing framework messages (they name Java types). */
    private static String whatIsWrong(Exception e) {
        if (e instanceof MissingServletRequestPartException missing) {
            return missing.getRequestPartName();
        }
        if (e instanceof MissingServletRequestParameterException missing) {
            return missing.getParameterName();
        }
        if (e instanceof MissingRequestHeaderException missing) {
            return missing.getHeaderName();
        }
        return "multipart";
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e, HttpServletRequest request, HttpServletResponse response) {
        if (DatabaseUnavailable.isCause(e)) {
            log.warn("Database unavailable on {} {}: {}", request.getMethod(), request.getRequestURI(), e.toString());
            response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS);
            return problem(HttpStatus.SERVICE_UNAVAILABLE,
                    messages.get(DatabaseUnavailable.MESSAGE_KEY, request.getLocale()), request);
        }
        String incident = UUID.randomUUID().toString();
        log.error("Unexpected error {} on {} {}", incident, request.getMethod(), request.getRequestURI(), e);
        ProblemDetail problem = problem(HttpStatus.INTERNAL_SERVER_ERROR,
                messages.get("error.unexpected", request.getLocale(), incident), request);
        problem.setProperty("incident", incident);
        return problem;
    }

    private static ProblemDetail problem(HttpStatus status, String detail, HttpServletRequest request) {
        return Problems.of(status, detail, request);
    }
}
