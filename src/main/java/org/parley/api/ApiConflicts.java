package org.parley.api;

import jakarta.servlet.http.HttpServletRequest;
import org.parley.base.Messages;
import org.parley.base.UserFacingException;
import org.parley.drafting.AmendmentConflictException;
import org.parley.drafting.DraftEditConflictException;
import org.parley.drafting.DraftParagraph;
import org.parley.feedback.FeedbackRejectedException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.List;
import java.util.Map;

/**
 * Problems of writes that collide with someone else's: a stale If-Match (412, with the current state and its
 * ETag), a missing one (428), an amendment whose paragraph changed since (409, with the three texts), a round
 * not fully answered (409); and a readable field the call cannot use (422, with {@code errors}).
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(basePackageClasses = ApiConflicts.class)
class ApiConflicts {

    /** Refusals about the state of the thing rather than the request: conflicts, and things not there. */
    private static final Map<String, HttpStatus> STATUS_BY_KEY = Map.of(
            "revision.error.undisposed", HttpStatus.CONFLICT,
            "revision.error.draft-exists", HttpStatus.CONFLICT,
            "version.error.already-published", HttpStatus.CONFLICT,
            "error.concurrent-change", HttpStatus.PRECONDITION_FAILED,
            "error.not-found", HttpStatus.NOT_FOUND,
            "feedback.error.already-imported", HttpStatus.CONFLICT);

    private final Messages messages;

    ApiConflicts(Messages messages) {
        this.messages = messages;
    }

    static HttpStatus statusOf(UserFacingException e) {
        return STATUS_BY_KEY.getOrDefault(e.messageKey(), HttpStatus.BAD_REQUEST);
    }

    @ExceptionHandler(DraftEditConflictException.class)
    ResponseEntity<ProblemDetail> staleEdit(DraftEditConflictException e, HttpServletRequest request) {
        DraftParagraph current = e.current();
        ProblemDetail problem = problem(HttpStatus.PRECONDITION_FAILED, request, "api.error.precondition-failed",
                Revisions.etag(current.revision()));
        problem.setProperty("currentText", current.text());
        problem.setProperty("currentRevision", current.revision());
        problem.setProperty("attemptedText", e.attemptedText());
        return answer(problem, Revisions.etag(current.revision()));
    }

    @ExceptionHandler(StaleWriteException.class)
    ResponseEntity<ProblemDetail> staleWrite(StaleWriteException e, HttpServletRequest request) {
        String etag = Revisions.etag(e.currentRevision());
        ProblemDetail problem = problem(HttpStatus.PRECONDITION_FAILED, request, "api.error.precondition-failed",
                etag);
        problem.setProperty("current", e.current());
        problem.setProperty("currentRevision", e.currentRevision());
        return answer(problem, etag);
    }

    /** The refusal a service gives when the revision a write started from is no longer current. */
    static boolean isStale(UserFacingException e) {
        return STATUS_BY_KEY.get(e.messageKey()) == HttpStatus.PRECONDITION_FAILED;
    }

    @ExceptionHandler(AmendmentConflictException.class)
    ResponseEntity<ProblemDetail> amendmentConflict(AmendmentConflictException e, HttpServletRequest request) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, messages.get(e, request.getLocale()), request);
        problem.setProperty("code", e.messageKey());
        problem.setProperty("originalText", e.originalText());
        problem.setProperty("currentText", e.current().text());
        problem.setProperty("currentRevision", e.current().revision());
        problem.setProperty("proposedText", e.proposedText());
        return answer(problem, Revisions.etag(e.current().revision()));
    }

    @ExceptionHandler(Revisions.PreconditionRequiredException.class)
    ResponseEntity<ProblemDetail> ifMatchMissing(Revisions.PreconditionRequiredException e,
                                                 HttpServletRequest request) {
        return answer(problem(HttpStatus.PRECONDITION_REQUIRED, request, "api.error.precondition-required"), null);
    }

    @ExceptionHandler(InvalidFieldException.class)
    ResponseEntity<ProblemDetail> invalidField(InvalidFieldException e, HttpServletRequest request) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_ENTITY, request, "api.error.invalid-fields",
                e.field());
        problem.setProperty("errors", List.of(new ApiRequestErrors.FieldProblem(e.field(),
                messages.get(e.messageKey(), request.getLocale(), e.arguments()), null)));
        return answer(problem, null);
    }

    @ExceptionHandler(FeedbackRejectedException.class)
    ResponseEntity<ProblemDetail> feedbackRejected(FeedbackRejectedException e, HttpServletRequest request) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_ENTITY, request, "api.error.invalid-fields",
                e.field());
        problem.setProperty("code", e.messageKey());
        problem.setProperty("errors", List.of(new ApiRequestErrors.FieldProblem(e.field(),
                messages.get(e, request.getLocale()), null)));
        return answer(problem, null);
    }

    private ProblemDetail problem(HttpStatus status, HttpServletRequest request, String key, Object... arguments) {
        return Problems.of(status, messages.get(key, request.getLocale(), arguments), request);
    }

    private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem, String etag) {
        var answer = ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (etag != null) {
            answer.header(HttpHeaders.ETAG, etag);
        }
        return answer.body(problem);
    }
}
