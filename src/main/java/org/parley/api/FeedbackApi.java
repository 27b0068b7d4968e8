package org.parley.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.parley.feedback.FeedbackProposal;
import org.parley.feedback.FeedbackResult;
import org.parley.feedback.FeedbackService;
import org.parley.feedback.ProposedFeedback;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.util.HashMap;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Map;

/** Word files of feedback (tracked changes and comments) imported on behalf of the organisation that sent them. */
@RestController
@RequestMapping(path = "/api/v1/documents/{slug}/versions/{number}/feedback",
        produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Word feedback", description = "A .docx with tracked changes and comments, as an organisation's "
        + "amendments, comments, questions and replies")
class FeedbackApi {

    /** The items of the proposal to create; absent or null: all of them. */
    record Acceptance(List<Integer> items) {
    }

    /** The comments created from a Word file, and how many of its items were left out. */
    record FeedbackResultJson(long proposalId, List<CommentJson> created, int skipped) {

        static FeedbackResultJson of(FeedbackResult result) {
            Map<Long, String> texts = new HashMap<>();
            for (ProposedFeedback p : result.proposal().paragraphs()) {
                texts.put(p.paragraphId(), p.text());
            }
            return new FeedbackResultJson(result.proposalId(), result.created().stream()
                    .map(c -> CommentJson.of(c, texts.getOrDefault(c.paragraphId(), ""))).toList(), result.skipped());
        }
    }

    private final FeedbackService feedback;

    FeedbackApi(FeedbackService feedback) {
        this.feedback = feedback;
    }

    @ApiResponse(responseCode = "202", description = "What the file proposes, paragraph by paragraph, for review; "
            + "nothing was created", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(implementation = FeedbackProposal.class)))
    @ApiResponse(responseCode = "201", description = "The comments created from the file (accept=true)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = FeedbackResultJson.class)))
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import a Word file (.docx) of feedback on behalf of an organisation (organisation: its "
            + "short name): each paragraph with tracked changes becomes an amendment, each Word comment a comment "
            + "or question on its passage, each Word reply a reply. Without accept=true the proposal is returned "
            + "(202) and nothing is created. Editors and admins, or the organisation's focal point; the version "
            + "must be open for comments. A file already accepted for this organisation and version is refused "
            + "(409).", security = @SecurityRequirement(name = "bearer"))
    ResponseEntity<?> upload(@PathVariable String slug, @PathVariable int number,
                             @RequestPart(value = "file", required = false) MultipartFile file,
                             @RequestParam(value = "organisation", required = false) String organisation,
                             @RequestParam(defaultValue = "false") boolean accept) throws IOException {
        FeedbackProposal proposal = feedback.propose(slug, number, organisation,
                file == null ? null : file.getOriginalFilename(), file == null ? null : file.getBytes());
        if (!accept) {
            return ResponseEntity.status(HttpStatus.ACCEPTED).body(proposal);
        }
        return created(slug, number, FeedbackResultJson.of(feedback.accept(slug, number, proposal.id(), null)));
    }

    @ApiResponse(responseCode = "201", description = "The comments created", content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = FeedbackResultJson.class)))
    @PostMapping(path = "/{proposalId}/accept", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Accept a stored proposal: create the items whose ids are given (items absent: all)",
            security = @SecurityRequirement(name = "bearer"))
    ResponseEntity<FeedbackResultJson> accept(@PathVariable String slug, @PathVariable int number,
                                              @PathVariable long proposalId,
                                              @RequestBody(required = false) Acceptance acceptance) {
        List<Integer> items = acceptance == null ? null : acceptance.items();
        return created(slug, number, FeedbackResultJson.of(feedback.accept(slug, number, proposalId, items)));
    }

    /** 201 with the address of what was created: the version's comments from the organisation that sent the file. */
    private static ResponseEntity<FeedbackResultJson> created(String slug, int number, FeedbackResultJson result) {
        String comments = "/api/v1/documents/" + slug + "/versions/" + number + "/comments";
        String location = result.created().stream().map(CommentJson::organisation).filter(Objects::nonNull)
                .findFirst().map(organisation -> comments + "?organisation=" + organisation.id()).orElse(comments);
        return ResponseEntity.created(URI.create(location)).body(result);
    }
}
