package org.parley.api;

import org.parley.drafting.RevisionProposal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.parley.drafting.MappingCorrection;
import org.parley.drafting.RevisionResult;
import org.parley.drafting.RevisionService;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.io.IOException;
import java.util.List;

@RestController
@RequestMapping(path = "/api/v1/documents/{slug}/versions", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Revisions", description = "New versions: revised drafts aligned to the previous version")
class RevisionApi {

    private final RevisionService revisions;

    RevisionApi(RevisionService revisions) {
        this.revisions = revisions;
    }

    @ApiResponse(responseCode = "202", description = "The proposed mapping, for review; nothing was created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = RevisionProposal.class)))
    @ApiResponse(responseCode = "201", description = "The version, created with the proposed mapping (accept=true)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = RevisionJson.class)))
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(operationId = "startNextDraft",
            summary = "The next draft: a copy of the latest version (JSON, copyOf), or a revised draft imported "
            + "from a Markdown or DOCX file (multipart, file) aligned to the latest version. An import without "
            + "accept=true returns the proposed mapping for review (202) and creates nothing.",
            security = @SecurityRequirement(name = "bearer"),
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
                    schema = @Schema(implementation = RevisedDraftFile.class))))
    ResponseEntity<?> importRevision(@PathVariable String slug, @RequestPart("file") MultipartFile file,
                                     @Parameter(description = "an imported file only: create the version with "
                                             + "the proposed mapping at once")
                                     @RequestParam(defaultValue = "false") boolean accept) throws IOException {
        var proposal = revisions.proposeRevision(slug, file.getOriginalFilename(), file.getBytes());
        if (!accept) {
            return ResponseEntity.status(HttpStatus.ACCEPTED).body(proposal);
        }
        return created(slug, revisions.acceptProposal(slug, proposal.importId(), List.of()));
    }

    /** The multipart body of a revised draft's import. */
    record RevisedDraftFile(@Schema(type = "string", format = "binary",
            requiredMode = Schema.RequiredMode.REQUIRED) String file) {
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(path = "/imports/{importId}/accept", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "acceptRevisionImport",
            summary = "Confirm a proposed mapping, with corrections, and create the version",
            security = @SecurityRequirement(name = "bearer"))
    ResponseEntity<RevisionJson> accept(@PathVariable String slug, @PathVariable long importId,
                                        @RequestBody(required = false) List<MappingCorrection> corrections) {
        return created(slug, revisions.acceptProposal(slug, importId, corrections == null ? List.of() : corrections));
    }

    private static ResponseEntity<RevisionJson> created(String slug, RevisionResult result) {
        var location = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/v1/documents/{slug}/versions/{number}")
                .buildAndExpand(slug, result.version().number()).toUri();
        return ResponseEntity.created(location).body(RevisionJson.of(result));
    }
}
