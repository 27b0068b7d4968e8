package org.parley.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.parley.comment.Notification;
import org.parley.comment.NotificationService;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The bell: what the caller should know about comments, newest first.
 *
 * <p>Calls that answer no body on success also take {@code Accept: application/problem+json} alone, as clients
 * generated from the OpenAPI document send it (their only documented answers with a body are problems).
 */
@RestController
@RequestMapping(path = "/api/v1/notifications", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Notifications", description = "Replies, decisions on drafts, comments on followed paragraphs")
class NotificationApi {

    private final NotificationService notifications;

    NotificationApi(NotificationService notifications) {
        this.notifications = notifications;
    }

    @GetMapping
    @Operation(operationId = "listNotifications",
            summary = "The caller's recent notifications (the latest 50), a page at a time",
            security = @SecurityRequirement(name = "bearer"))
    PageJson<Notification> list(@Valid @ParameterObject PageJson.Request page) {
        return page.of(notifications.recent());
    }

    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PostMapping(path = "/read",
            produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    @Operation(operationId = "markNotificationsRead",
            summary = "Mark all the caller's notifications read", security = @SecurityRequirement(name = "bearer"))
    ResponseEntity<Void> markRead() {
        notifications.markAllRead();
        return ResponseEntity.noContent().build();
    }
}
