package org.parley.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springdoc.core.annotations.ParameterObject;
import org.parley.comment.AudienceRule;
import org.parley.comment.Comment;
import org.parley.comment.ConsultationService;
import org.parley.comment.CommentFilter;
import org.parley.comment.CommentKind;
import org.parley.comment.CommentQueryService;
import org.parley.comment.CommentService;
import org.parley.comment.CommentStatus;
import org.parley.comment.NewComment;
import org.parley.comment.RoundAudience;
import org.parley.base.UserFacingException;
import org.parley.document.DocumentNotFoundException;
import org.parley.document.DocumentService;
import org.parley.document.DocumentVersion;
import org.parley.document.ParagraphInVersion;
import org.parley.document.ParagraphTextHtml;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@RestController
@RequestMapping(path = "/api/v1/documents/{slug}/versions/{number}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Comments", description = "Comments, questions, positions and amendments on paragraphs")
class CommentApi {

    private final DocumentService documents;
    private final CommentService comments;
    private final CommentQueryService queries;
    private final ConsultationService consultation;

    CommentApi(DocumentService documents, CommentService comments, CommentQueryService queries,
               ConsultationService consultation) {
        this.documents = documents;
        this.comments = comments;
        this.queries = queries;
        this.consultation = consultation;
    }

    @GetMapping("/comments")
    @Operation(operationId = "listVersionComments",
            summary = "Comments on a version the caller may see, in thread order, with filters")
    PageJson<CommentJson> versionComments(@PathVariable String slug, @PathVariable int number,
                                          @ParameterObject FilterParameters filters,
                                          @Valid @ParameterObject PageJson.Request page) {
        DocumentVersion version = documents.version(slug, number);
        CommentFilter filter = filters.toFilter();
        Map<Long, String> texts = new HashMap<>();
        documents.allParagraphs(version).forEach(p -> texts.put(p.id(), ParagraphTextHtml.toPlainText(p.text())));
        return page.of(queries.comments(version.id(), filter).stream()
                .map(c -> CommentJson.of(c, texts.get(c.paragraphId()))).toList());
    }

    @GetMapping("/paragraphs/{paragraphId}/comments")
    @Operation(operationId = "listParagraphComments",
            summary = "The thread of one paragraph")
    PageJson<CommentJson> paragraphComments(@PathVariable String slug, @PathVariable int number,
                                            @PathVariable long paragraphId,
                                            @ParameterObject FilterParameters filters,
                                            @Valid @ParameterObject PageJson.Request page) {
        ParagraphInVersion target = paragraphOf(slug, number, paragraphId);
        String text = ParagraphTextHtml.toPlainText(target.paragraph().text());
        return page.of(queries.thread(paragraphId, filters.toFilter()).stream().map(c -> CommentJson.of(c, text))
                .toList());
    }

    /** The filters of both listings, bound from query parameters. */
    record FilterParameters(Long organisation, CommentKind kind, CommentStatus status, Boolean mine,
                            Boolean myOrganisation, Boolean unanswered) {

        CommentFilter toFilter() {
            return new CommentFilter(organisation, kind, status, Boolean.TRUE.equals(mine),
                    Boolean.TRUE.equals(myOrganisation), Boolean.TRUE.equals(unanswered));
        }
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(path = "/paragraphs/{paragraphId}/comments", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "postComment",
            summary = "Post a comment, reply or amendment; a repeated Idempotency-Key returns the first one",
            description = "A retry with the same Idempotency-Key (per caller) stores nothing and answers exactly like "
                    + "the first post: 201 with the same comment and Location.",
            security = @SecurityRequirement(name = "bearer"))
    ResponseEntity<CommentJson> post(@PathVariable String slug, @PathVariable int number,
                                     @PathVariable long paragraphId, @RequestBody NewCommentJson body,
                                     @Parameter(description = "makes a retried post create one comment, not two")
                                     @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        ParagraphInVersion target = paragraphOf(slug, number, paragraphId);
        Comment comment = comments.post(paragraphId, body.toNewComment(key));
        URI location = URI.create("/api/v1/documents/" + slug + "/versions/" + number + "/paragraphs/"
                + paragraphId + "/comments#" + comment.id());
        return ResponseEntity.status(HttpStatus.CREATED).location(location)
                .body(CommentJson.of(comment, ParagraphTextHtml.toPlainText(target.paragraph().text())));
    }

    @GetMapping("/audience")
    @SendsEtag
    @Operation(operationId = "getAudience",
            summary = "Who may comment in this version's round (empty: every contributing member)")
    ResponseEntity<List<AudienceRule>> audience(@PathVariable String slug, @PathVariable int number) {
        RoundAudience audience = consultation.roundAudience(documents.version(slug, number).id());
        return ResponseEntity.ok().eTag(Revisions.etag(audience.revision())).body(audience.rules());
    }

    @PutMapping(path = "/audience", consumes = MediaType.APPLICATION_JSON_VALUE)
    @SendsEtag
    @Operation(operationId = "setAudience",
            summary = "Set who may comment in this version's round (editors and admins). If-Match (the ETag read) "
                    + "is required: 428 without it, 412 with the current audience when someone set it since",
            security = @SecurityRequirement(name = "bearer"))
    ResponseEntity<List<AudienceRule>> setAudience(@PathVariable String slug, @PathVariable int number,
                                                   @RequestBody List<AudienceRule> rules,
                                                   @Parameter(description = "the ETag of the audience as read")
                                                   @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                                                   String ifMatch) {
        long versionId = documents.version(slug, number).id();
        int revision = Revisions.required(ifMatch);
        try {
            consultation.setAudience(versionId, rules, revision);
        } catch (UserFacingException e) {
            if (ApiConflicts.isStale(e)) {
                RoundAudience current = consultation.roundAudience(versionId);
                throw new StaleWriteException(current.rules(), current.revision());
            }
            throw e;
        }
        RoundAudience saved = consultation.roundAudience(versionId);
        return ResponseEntity.ok().eTag(Revisions.etag(saved.revision())).body(saved.rules());
    }

    private ParagraphInVersion paragraphOf(String slug, int number, long paragraphId) {
        ParagraphInVersion target = documents.paragraph(paragraphId);
        if (!target.document().slug().equals(slug) || target.version().number() != number) {
            throw new DocumentNotFoundException();
        }
        return target;
    }

    record NewCommentJson(CommentKind kind, String body, String proposedText, String quote, Integer quoteStart,
                          Long onBehalfOf, String language, Long parentId) {

        NewComment toNewComment(String idempotencyKey) {
            return new NewComment(kind, body, proposedText, quote, quoteStart, onBehalfOf, language, parentId,
                    idempotencyKey);
        }
    }
}
