package org.parley.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.parley.document.DocumentService;
import org.parley.document.DocumentVersion;
import org.parley.document.VersionStatus;
import org.parley.disposition.DispositionService;
import org.parley.drafting.RevisionResult;
import org.parley.drafting.RevisionService;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.time.OffsetDateTime;

/** A version's life: the next draft, its consultation round, publishing it as a milestone. */
@RestController
@RequestMapping(path = "/api/v1/documents/{slug}/versions", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Versions", description = "Next drafts, consultation rounds and publishing")
class VersionApi {

    record NextDraft(@NotNull Integer copyOf) {
    }

    @Schema(name = "RoundDates")
    record Round(OffsetDateTime opensAt, OffsetDateTime closesAt) {
    }

    record Publication(@NotBlank String label, String overrideReason, Round nextRound) {
    }

    private final DocumentService documents;
    private final RevisionService revisions;
    private final DispositionService dispositions;

    VersionApi(DocumentService documents, RevisionService revisions, DispositionService dispositions) {
        this.documents = documents;
        this.revisions = revisions;
        this.dispositions = dispositions;
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "startNextDraft",
            summary = "The next draft: a copy of the latest version (JSON, copyOf), or a revised draft imported "
            + "from a Markdown or DOCX file (multipart, file) aligned to the latest version. An import without "
            + "accept=true returns the proposed mapping for review (202) and creates nothing.",
            security = @SecurityRequirement(name = "bearer"))
    ResponseEntity<RevisionJson> nextDraft(@PathVariable String slug, @Valid @RequestBody NextDraft body) {
        int latest = documents.document(slug).latest().number();
        if (body.copyOf() != latest) {
            throw new InvalidFieldException("copyOf", "api.error.copy-of-latest", latest);
        }
        RevisionResult created = revisions.startNextDraft(slug);
        var location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{number}")
                .buildAndExpand(created.version().number()).toUri();
        return ResponseEntity.created(location).body(RevisionJson.of(created));
    }

    @PutMapping(path = "/{number}/round", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "openRound",
            summary = "Open (or schedule) the consultation round on a version: comments are taken from opensAt "
            + "(absent: now) until closesAt (absent: until closed) (editors)",
            security = @SecurityRequirement(name = "bearer"))
    DocumentJson.VersionJson openRound(@PathVariable String slug, @PathVariable int number,
                                       @RequestBody Round round) {
        DocumentVersion version = documents.version(slug, number);
        return DocumentJson.VersionJson.of(documents.scheduleVersion(version.id(), version.label(),
                VersionStatus.OPEN_FOR_COMMENTS, round.opensAt(), round.closesAt()));
    }

    @DeleteMapping("/{number}/round")
    @Operation(operationId = "closeRound",
            summary = "Close the consultation round now (editors)", security = @SecurityRequirement(name = "bearer"))
    DocumentJson.VersionJson closeRound(@PathVariable String slug, @PathVariable int number) {
        DocumentVersion version = documents.version(slug, number);
        return DocumentJson.VersionJson.of(documents.scheduleVersion(version.id(), version.label(),
                VersionStatus.CLOSED, version.consultationOpensAt(), version.consultationClosesAt()));
    }

    @PostMapping(path = "/{number}/publish", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "publishVersion",
            summary = "Publish a draft as a milestone, optionally opening its own round (nextRound). Refused "
            + "with 409 while comments of the round it answers are unanswered, unless an admin gives overrideReason",
            security = @SecurityRequirement(name = "bearer"))
    DocumentJson.VersionJson publish(@PathVariable String slug, @PathVariable int number,
                                     @Valid @RequestBody Publication body) {
        DocumentVersion version = documents.version(slug, number);
        Round next = body.nextRound() == null ? new Round(null, null) : body.nextRound();
        return DocumentJson.VersionJson.of(dispositions.publish(version.id(), body.label(), body.overrideReason(),
                next.opensAt(), next.closesAt()));
    }
}
