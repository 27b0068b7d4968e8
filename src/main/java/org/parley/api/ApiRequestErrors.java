package org.parley.api;

import java.time.temporal.Temporal;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import org.parley.base.Messages;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Problem answers to calls the API cannot even start on: an unknown path, a method or content type the path does
 * not take, an Accept it cannot satisfy, a body that is not JSON, fields of the wrong type or with values outside
 * their enum. These are raised before a controller of this package is chosen (or for none), so this advice is not
 * limited to the package; for paths outside /api it declines and the default handling applies.
 *
 * <p>Field errors come as {@code errors}: {@code field} (a JSON path such as {@code paragraphs[2]}),
 * {@code message} in the caller's language and, for enums, {@code allowed}.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice
class ApiRequestErrors {

    /** One wrong field of a request. {@code allowed}: the values an enum field takes (null otherwise). */
    record FieldProblem(String field, String message, List<String> allowed) {
    }

    private final Messages messages;

    ApiRequestErrors(Messages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> noSuchCall(NoResourceFoundException e, HttpServletRequest request) throws Exception {
        requireApi(request, e);
        return answer(HttpStatus.NOT_FOUND, HttpHeaders.EMPTY, request, "api.error.no-such-call",
                request.getMethod(), request.getRequestURI());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> wrongMethod(HttpRequestMethodNotSupportedException e, HttpServletRequest request)
            throws Exception {
        requireApi(request, e);
        String allowed = e.getSupportedHttpMethods() == null ? "" : e.getSupportedHttpMethods().stream()
                .map(Object::toString).sorted().collect(Collectors.joining(", "));
        return answer(HttpStatus.METHOD_NOT_ALLOWED, e.getHeaders(), request, "api.error.method-not-allowed",
                e.getMethod(), allowed);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> wrongContentType(HttpMediaTypeNotSupportedException e, HttpServletRequest request)
            throws Exception {
        requireApi(request, e);
        String sent = e.getContentType() == null ? "-" : e.getContentType().toString();
        return answer(HttpStatus.UNSUPPORTED_MEDIA_TYPE, e.getHeaders(), request, "api.error.content-type", sent,
                MediaType.toString(e.getSupportedMediaTypes()));
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<ProblemDetail> notAcceptable(HttpMediaTypeNotAcceptableException e, HttpServletRequest request)
            throws Exception {
        requireApi(request, e);
        String asked = request.getHeader(HttpHeaders.ACCEPT);
        return answer(HttpStatus.NOT_ACCEPTABLE, HttpHeaders.EMPTY, request, "api.error.not-acceptable",
                asked == null ? "-" : asked, MediaType.toString(e.getSupportedMediaTypes()));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadableBody(HttpMessageNotReadableException e, HttpServletRequest request)
            throws Exception {
        requireApi(request, e);
        Locale locale = request.getLocale();
        Throwable cause = e.getCause();
        if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            return invalid(HttpStatus.BAD_REQUEST, request, List.of(fieldProblem(mismatch, locale)));
        }
        if (cause instanceof JsonProcessingException json && !(cause instanceof JsonMappingException)) {
            JsonLocation at = json.getLocation();
            return answer(HttpStatus.BAD_REQUEST, HttpHeaders.EMPTY, request, "api.error.malformed-json",
                    at == null ? "?" : at.getLineNr(), at == null ? "?" : at.getColumnNr());
        }
        return answer(HttpStatus.BAD_REQUEST, HttpHeaders.EMPTY, request, "api.error.body-required");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> wrongParameter(MethodArgumentTypeMismatchException e, HttpServletRequest request)
            throws Exception {
        requireApi(request, e);
        return invalid(HttpStatus.BAD_REQUEST, request,
                List.of(typeProblem(e.getName(), e.getRequiredType(), request.getLocale())));
    }

    /**
     * Bound objects: query parameters bound to a record (400 when a value has the wrong type) and JSON bodies
     * checked with Bean Validation (422: readable, but values missing or out of range).
     */
    @ExceptionHandler(BindException.class)
    ResponseEntity<ProblemDetail> invalidFields(BindException e, HttpServletRequest request) throws Exception {
        requireApi(request, e);
        Locale locale = request.getLocale();
        boolean typeErrors = false;
        List<FieldProblem> problems = new ArrayList<>();
        for (FieldError error : e.getFieldErrors()) {
            if (error.contains(TypeMismatchException.class)) {
                typeErrors = true;
                problems.add(typeProblem(error.getField(),
                        error.unwrap(TypeMismatchException.class).getRequiredType(), locale));
            } else {
                problems.add(new FieldProblem(error.getField(), constraintMessage(error, locale), null));
            }
        }
        return invalid(typeErrors ? HttpStatus.BAD_REQUEST : HttpStatus.UNPROCESSABLE_ENTITY, request, problems);
    }

    private String constraintMessage(FieldError error, Locale locale) {
        String code = error.getCode();
        if ("NotNull".equals(code) || "NotBlank".equals(code) || "NotEmpty".equals(code)) {
            return messages.get("api.error.field.required", locale);
        }
        if (("Min".equals(code) || "Max".equals(code)) && error.contains(ConstraintViolation.class)) {
            Object bound = error.unwrap(ConstraintViolation.class).getConstraintDescriptor().getAttributes()
                    .get("value");
            return messages.get("Min".equals(code) ? "api.error.field.min" : "api.error.field.max", locale, bound);
        }
        return messages.get("api.error.field.invalid", locale);
    }

    private FieldProblem fieldProblem(MismatchedInputException e, Locale locale) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        Class<?> target = e instanceof InvalidFormatException format ? format.getTargetType() : e.getTargetType();
        return typeProblem(path.toString(), target, locale);
    }

    private FieldProblem typeProblem(String field, Class<?> type, Locale locale) {
        if (type != null && type.isEnum()) {
            List<String> allowed = Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
            return new FieldProblem(field, messages.get("api.error.field.enum", locale, String.join(", ", allowed)),
                    allowed);
        }
        return new FieldProblem(field, messages.get("api.error.field.type", locale, typeName(type, locale)), null);
    }

    private String typeName(Class<?> type, Locale locale) {
        if (type == null) {
            return messages.get("api.type.value", locale);
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return messages.get("api.type.number", locale);
        }
        if (type == Boolean.class || type == boolean.class) {
            return messages.get("api.type.boolean", locale);
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return messages.get("api.type.date-time", locale);
        }
        if (Iterable.class.isAssignableFrom(type) || type.isArray()) {
            return messages.get("api.type.list", locale);
        }
        if (type == String.class) {
            return messages.get("api.type.text", locale);
        }
        return messages.get("api.type.object", locale);
    }

    private ResponseEntity<ProblemDetail> invalid(HttpStatus status, HttpServletRequest request,
                                                  List<FieldProblem> problems) {
        ResponseEntity<ProblemDetail> answer = answer(status, HttpHeaders.EMPTY, request, "api.error.invalid-fields",
                problems.stream().map(FieldProblem::field).collect(Collectors.joining(", ")));
        answer.getBody().setProperty("errors", problems);
        return answer;
    }

    private ResponseEntity<ProblemDetail> answer(HttpStatus status, HttpHeaders headers, HttpServletRequest request,
                                                 String key, Object... arguments) {
        ProblemDetail problem = Problems.of(status, messages.get(key, request.getLocale(), arguments), request);
        return ResponseEntity.status(status).headers(headers).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /** Outside the API (the UI, its resources) these errors keep their default handling. */
    private static void requireApi(HttpServletRequest request, Exception e) throws Exception {
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            throw e;
        }
    }
}
