package org.parley.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.parley.document.DocumentNotFoundException;
import org.parley.document.DocumentService;
import org.parley.document.DocumentVersion;
import org.parley.document.ParagraphInVersion;
import org.parley.document.VersionStatus;
import org.parley.drafting.DraftEditingService;
import org.parley.drafting.DraftParagraph;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.List;

/**
 * The draft-editing operations of the workbench over HTTP, recorded in the lineage and the audit trail by
 * {@link DraftEditingService}. Writes guard against lost updates with the paragraph's ETag: required for a text
 * edit, checked when given for the structural operations.
 *
 * <p>Calls that answer no body on success also take {@code Accept: application/problem+json} alone, as clients
 * generated from the OpenAPI document send it (their only documented answers with a body are problems).
 */
@RestController
@RequestMapping(path = "/api/v1/documents/{slug}/versions/{number}/paragraphs",
        produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Drafting", description = "Editing the next draft paragraph by paragraph (editors)")
class DraftApi {

    @Schema(name = "ParagraphText")
    record Text(@NotNull String text) {
    }

    record Split(@NotNull Integer at) {
    }

    record Move(Long after, Long before) {
    }

    record Amendment(@NotNull Long commentId, String text) {
    }

    record Insertion(@NotNull Long after, @NotNull String text) {
    }

    private final DocumentService documents;
    private final DraftEditingService drafts;

    DraftApi(DocumentService documents, DraftEditingService drafts) {
        this.documents = documents;
        this.drafts = drafts;
    }

    @GetMapping("/{paragraphId}")
    @SendsEtag(always = false)
    @Operation(operationId = "getParagraph",
            summary = "One paragraph; in a draft with its revision, also sent as the ETag to edit it with")
    ResponseEntity<DraftParagraphJson> paragraph(@PathVariable String slug, @PathVariable int number,
                                                 @PathVariable long paragraphId) {
        DocumentVersion version = documents.version(slug, number);
        if (version.status() == VersionStatus.DRAFT) {
            return withEtag(ResponseEntity.ok(), draftParagraph(version, paragraphId));
        }
        ParagraphInVersion found = documents.paragraph(paragraphId);
        if (found.version().id() != version.id()) {
            throw new DocumentNotFoundException();
        }
        return ResponseEntity.ok(DraftParagraphJson.of(found.paragraph()));
    }

    @PutMapping(path = "/{paragraphId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @SendsEtag
    @Operation(operationId = "editParagraph",
            summary = "Replace a draft paragraph's text. If-Match (the ETag read) is required: 428 without it, "
            + "412 with the current text when someone saved since", security = @SecurityRequirement(name = "bearer"))
    ResponseEntity<DraftParagraphJson> edit(@PathVariable String slug, @PathVariable int number,
                                            @PathVariable long paragraphId, @Valid @RequestBody Text body,
                                            @Parameter(description = "the ETag of the paragraph as read")
                                            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                                            String ifMatch) {
        int revision = Revisions.required(ifMatch);
        draftParagraph(draftOf(slug, number), paragraphId);
        return withEtag(ResponseEntity.ok(), drafts.editText(paragraphId, body.text(), revision));
    }

    @PostMapping(path = "/{paragraphId}/split", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "splitParagraph",
            summary = "Split a draft paragraph at a character offset of its text; the second part starts a new "
            + "paragraph continuing the same predecessors (SPLIT)", security = @SecurityRequirement(name = "bearer"))
    List<DraftParagraphJson> split(@PathVariable String slug, @PathVariable int number,
                                   @PathVariable long paragraphId, @Valid @RequestBody Split body,
                                   @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        DraftParagraph current = draftParagraph(draftOf(slug, number), paragraphId);
        String text = current.text();
        if (body.at() <= 0 || body.at() >= text.length()) {
            throw new InvalidFieldException("at", "api.error.split-at", text.length() - 1);
        }
        return drafts.split(paragraphId, revisionOr(ifMatch, current), text.substring(0, body.at()),
                text.substring(body.at())).stream().map(DraftParagraphJson::of).toList();
    }

    @PostMapping("/{paragraphId}/merge-next")
    @SendsEtag
    @Operation(operationId = "mergeParagraphWithNext",
            summary = "Merge a draft paragraph with the one after it (MERGED)",
            security = @SecurityRequirement(name = "bearer"))
    ResponseEntity<DraftParagraphJson> mergeNext(@PathVariable String slug, @PathVariable int number,
                                                 @PathVariable long paragraphId,
                                                 @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                                                 String ifMatch) {
        DocumentVersion draft = draftOf(slug, number);
        List<DraftParagraph> all = drafts.paragraphs(draft.id());
        DraftParagraph current = find(all, paragraphId);
        int index = all.indexOf(current);
        long nextId = index + 1 < all.size() ? all.get(index + 1).id() : -1;
        return withEtag(ResponseEntity.ok(), drafts.mergeWithNext(paragraphId, revisionOr(ifMatch, current), nextId));
    }

    @PostMapping(path = "/{paragraphId}/move", consumes = MediaType.APPLICATION_JSON_VALUE)
    @SendsEtag
    @Operation(operationId = "moveParagraph",
            summary = "Move a draft paragraph just after (after) or before (before) another one (MOVED)",
            security = @SecurityRequirement(name = "bearer"))
    ResponseEntity<DraftParagraphJson> move(@PathVariable String slug, @PathVariable int number,
                                            @PathVariable long paragraphId, @RequestBody Move body) {
        draftParagraph(draftOf(slug, number), paragraphId);
        if ((body.after() == null) == (body.before() == null)) {
            throw new InvalidFieldException("after", "api.error.move-target");
        }
        long target = body.after() != null ? body.after() : body.before();
        return withEtag(ResponseEntity.ok(), drafts.move(paragraphId, target, body.after() != null));
    }

    @PostMapping(path = "/{paragraphId}/apply-amendment", consumes = MediaType.APPLICATION_JSON_VALUE)
    @SendsEtag(always = false)
    @ApiResponse(responseCode = "200", description = "The paragraph as amended", content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = DraftParagraphJson.class)))
    @ApiResponse(responseCode = "204", description = "The amendment deleted the paragraph (its proposed text is "
            + "empty, as a deleted paragraph of a Word file imports)")
    @Operation(operationId = "applyAmendment",
            summary = "Apply an amendment to this draft paragraph. If the paragraph changed since the amendment "
            + "was written: 409 with the original, current and proposed texts; send the combined text with If-Match",
            security = @SecurityRequirement(name = "bearer"))
    ResponseEntity<DraftParagraphJson> applyAmendment(@PathVariable String slug, @PathVariable int number,
                                                      @PathVariable long paragraphId,
                                                      @Valid @RequestBody Amendment body,
                                                      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                                                      String ifMatch) {
        draftParagraph(draftOf(slug, number), paragraphId);
        if (body.text() == null) {
            return drafts.applyAmendment(body.commentId(), paragraphId)
                    .map(amended -> withEtag(ResponseEntity.ok(), amended))
                    .orElseGet(() -> ResponseEntity.noContent().build());
        }
        return withEtag(ResponseEntity.ok(), drafts.editText(paragraphId, body.text(), Revisions.required(ifMatch)));
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @SendsEtag
    @Operation(operationId = "insertParagraph",
            summary = "Insert a new paragraph (a new lineage) after another one of the draft",
            security = @SecurityRequirement(name = "bearer"))
    ResponseEntity<DraftParagraphJson> insert(@PathVariable String slug, @PathVariable int number,
                                              @Valid @RequestBody Insertion body) {
        draftParagraph(draftOf(slug, number), body.after());
        DraftParagraph inserted = drafts.insertAfter(body.after(), body.text());
        var location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}")
                .buildAndExpand(inserted.id()).toUri();
        return withEtag(ResponseEntity.created(location), inserted);
    }

    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteMapping(path = "/{paragraphId}",
            produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    @Operation(operationId = "deleteParagraph",
            summary = "Delete a draft paragraph; its predecessors' comments then show as on removed text",
            security = @SecurityRequirement(name = "bearer"))
    ResponseEntity<Void> delete(@PathVariable String slug, @PathVariable int number, @PathVariable long paragraphId,
                                @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        DraftParagraph current = draftParagraph(draftOf(slug, number), paragraphId);
        drafts.delete(paragraphId, revisionOr(ifMatch, current));
        return ResponseEntity.noContent().build();
    }

    private DocumentVersion draftOf(String slug, int number) {
        return documents.version(slug, number);
    }

    /** The paragraph of this draft (editors only), or 404 when it is not one of the draft's. */
    private DraftParagraph draftParagraph(DocumentVersion version, long paragraphId) {
        return find(drafts.paragraphs(version.id()), paragraphId);
    }

    private static DraftParagraph find(List<DraftParagraph> paragraphs, long paragraphId) {
        return paragraphs.stream().filter(p -> p.id() == paragraphId).findFirst()
                .orElseThrow(DocumentNotFoundException::new);
    }

    private static int revisionOr(String ifMatch, DraftParagraph current) {
        Integer given = Revisions.optional(ifMatch);
        return given == null ? current.revision() : given;
    }

    private static ResponseEntity<DraftParagraphJson> withEtag(ResponseEntity.BodyBuilder answer, DraftParagraph p) {
        return answer.eTag(Revisions.etag(p.revision())).body(DraftParagraphJson.of(p));
    }
}
