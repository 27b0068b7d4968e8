package org.parley.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.parley.comment.Comment;
import org.parley.comment.CommentQueryService;
import org.parley.comment.CommentService;
import org.parley.document.DocumentNotFoundException;
import org.parley.document.DocumentService;
import org.parley.document.ParagraphTextHtml;
import org.parley.disposition.Disposition;
import org.parley.disposition.DispositionKind;
import org.parley.disposition.DispositionService;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A comment's life after it is posted, by id: the author edits or withdraws it, the organisation's focal point
 * approves or returns it and endorses others', anyone flags it, editors hide it and answer it (disposition).
 *
 * <p>Calls that answer no body on success also take {@code Accept: application/problem+json} alone, as clients
 * generated from the OpenAPI document send it (their only documented answers with a body are problems).
 */
@RestController
@RequestMapping(path = "/api/v1/comments/{commentId}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Comments")
class CommentLifeApi {

    record Edit(String body, String proposedText) {
    }

    record Note(String note) {
    }

    record Reason(String reason) {
    }

    record Endorsement(@NotNull Long organisationId) {
    }

    record DispositionRequest(@NotNull DispositionKind disposition, String reason, List<Long> paragraphs) {
    }

    record DispositionJson(long commentId, DispositionKind disposition, String reason, List<Long> paragraphs,
                           Long decidedBy, OffsetDateTime decidedAt, int revision) {

        static DispositionJson of(Disposition d) {
            return new DispositionJson(d.commentId(), d.kind(), d.reason(), d.paragraphIds(), d.decidedBy(),
                    d.decidedAt(), d.revision());
        }
    }

    private final CommentService comments;
    private final CommentQueryService queries;
    private final DocumentService documents;
    private final DispositionService dispositions;

    CommentLifeApi(CommentService comments, CommentQueryService queries, DocumentService documents,
                   DispositionService dispositions) {
        this.comments = comments;
        this.queries = queries;
        this.documents = documents;
        this.dispositions = dispositions;
    }

    @GetMapping
    @SendsEtag
    @Operation(operationId = "getComment",
            summary = "One comment the caller may see; its revision is the ETag to edit it with")
    ResponseEntity<CommentJson> get(@PathVariable long commentId) {
        return withEtag(ResponseEntity.ok(), queries.comment(commentId).orElseThrow(DocumentNotFoundException::new));
    }

    @PatchMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @SendsEtag
    @Operation(operationId = "editComment",
            summary = "The author changes the text (and an amendment's proposed text) while it may still be "
            + "edited; If-Match (the ETag read) is required", security = @SecurityRequirement(name = "bearer"))
    ResponseEntity<CommentJson> edit(@PathVariable long commentId, @RequestBody Edit body,
                                     @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return withEtag(ResponseEntity.ok(), comments.edit(commentId, body.body(), body.proposedText(),
                Revisions.required(ifMatch)));
    }

    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteMapping(produces = {MediaType.APPLICATION_JSON_VALUE,
            MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    @Operation(operationId = "withdrawComment",
            summary = "The author withdraws the comment", security = @SecurityRequirement(name = "bearer"))
    ResponseEntity<Void> withdraw(@PathVariable long commentId) {
        comments.withdraw(commentId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/approve")
    @SendsEtag
    @Operation(operationId = "approveComment",
            summary = "A focal point publishes a member's draft on behalf of the organisation",
            security = @SecurityRequirement(name = "bearer"))
    ResponseEntity<CommentJson> approve(@PathVariable long commentId) {
        return withEtag(ResponseEntity.ok(), comments.approve(commentId));
    }

    @PostMapping(path = "/return", consumes = MediaType.APPLICATION_JSON_VALUE)
    @SendsEtag
    @Operation(operationId = "returnComment",
            summary = "A focal point returns a member's draft to its author with a note",
            security = @SecurityRequirement(name = "bearer"))
    ResponseEntity<CommentJson> returnToAuthor(@PathVariable long commentId, @RequestBody Note body) {
        return withEtag(ResponseEntity.ok(), comments.returnToAuthor(commentId, body.note()));
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(path = "/endorsements", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    @Operation(operationId = "endorseComment",
            summary = "A focal point endorses the comment on behalf of an organisation",
            security = @SecurityRequirement(name = "bearer"))
    ResponseEntity<Void> endorse(@PathVariable long commentId, @Valid @RequestBody Endorsement body) {
        comments.endorse(commentId, body.organisationId());
        var location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{organisationId}")
                .buildAndExpand(body.organisationId()).toUri();
        return ResponseEntity.created(location).build();
    }

    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteMapping(path = "/endorsements/{organisationId}",
            produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    @Operation(operationId = "withdrawEndorsement",
            summary = "Withdraw an organisation's endorsement", security = @SecurityRequirement(name = "bearer"))
    ResponseEntity<Void> withdrawEndorsement(@PathVariable long commentId, @PathVariable long organisationId) {
        comments.withdrawEndorsement(commentId, organisationId);
        return ResponseEntity.noContent().build();
    }

    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PostMapping(path = "/flags", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    @Operation(operationId = "flagComment",
            summary = "Flag the comment for the moderators with a reason",
            security = @SecurityRequirement(name = "bearer"))
    ResponseEntity<Void> flag(@PathVariable long commentId, @RequestBody Reason body) {
        comments.flag(commentId, body.reason());
        return ResponseEntity.noContent().build();
    }

    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PostMapping(path = "/hide", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    @Operation(operationId = "hideComment",
            summary = "Hide the comment with a reason everyone sees (editors)",
            security = @SecurityRequirement(name = "bearer"))
    ResponseEntity<Void> hide(@PathVariable long commentId, @RequestBody Reason body) {
        comments.hide(commentId, body.reason());
        return ResponseEntity.noContent().build();
    }

    @PutMapping(path = "/disposition", consumes = MediaType.APPLICATION_JSON_VALUE)
    @SendsEtag
    @Operation(operationId = "disposeComment",
            summary = "Answer a comment of the round: a reason is required except for ACCEPTED and NOTED; "
            + "paragraphs are ids in the next draft. Replacing an answer needs If-Match (its ETag)",
            security = @SecurityRequirement(name = "bearer"))
    ResponseEntity<DispositionJson> dispose(@PathVariable long commentId, @Valid @RequestBody DispositionRequest body,
                                            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                                            String ifMatch) {
        Disposition saved = dispositions.dispose(commentId, body.disposition(), body.reason(),
                body.paragraphs() == null ? List.of() : body.paragraphs(), Revisions.optional(ifMatch));
        return ResponseEntity.ok().eTag(Revisions.etag(saved.revision())).body(DispositionJson.of(saved));
    }

    private ResponseEntity<CommentJson> withEtag(ResponseEntity.BodyBuilder answer, Comment comment) {
        String paragraphText = ParagraphTextHtml.toPlainText(documents.paragraph(comment.paragraphId()).paragraph()
                .text());
        return answer.eTag(Revisions.etag(comment.revision())).body(CommentJson.of(comment, paragraphText));
    }
}
