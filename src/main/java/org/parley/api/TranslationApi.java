package org.parley.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.parley.base.UserFacingException;
import org.parley.document.DocumentNotFoundException;
import org.parley.document.DocumentService;
import org.parley.document.DocumentVersion;
import org.parley.translation.LanguageStatus;
import org.parley.document.ParagraphTranslation;
import org.parley.translation.TranslatedParagraph;
import org.parley.translation.TranslationProposal;
import org.parley.translation.TranslationService;
import org.springdoc.core.annotations.ParameterObject;
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
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.io.IOException;
import java.util.List;

@RestController
@RequestMapping(path = "/api/v1/documents/{slug}/versions/{number}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Translations", description = "A version's text in other languages, aligned paragraph by paragraph")
class TranslationApi {

    record TranslationText(String text) {
    }

    /** An accepted import: the language and how many paragraphs were saved. */
    record TranslationSaved(String language, int saved) {
    }

    private final DocumentService documents;
    private final TranslationService translations;

    TranslationApi(DocumentService documents, TranslationService translations) {
        this.documents = documents;
        this.translations = translations;
    }

    @GetMapping("/translations")
    @Operation(operationId = "listLanguages",
            summary = "The languages of a version: source first, with translated and outdated paragraph counts")
    PageJson<LanguageStatus> languages(@PathVariable String slug, @PathVariable int number,
                                       @Valid @ParameterObject PageJson.Request page) {
        return page.of(translations.status(documents.version(slug, number)));
    }

    @ApiResponse(responseCode = "202", description = "The proposed alignment, for review; nothing was saved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = TranslationProposal.class)))
    @ApiResponse(responseCode = "201", description = "Saved as proposed (accept=true): language and saved count; "
            + "Location is the version's languages", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(implementation = TranslationSaved.class)))
    @PostMapping(path = "/translations/{language}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(operationId = "importTranslation",
            summary = "Import a translation (Markdown or DOCX) aligned to the version's paragraphs. Without "
            + "accept=true the proposed alignment is returned for review (202) and nothing is saved; with it, the "
            + "proposal is saved as shown (201).", security = @SecurityRequirement(name = "bearer"))
    ResponseEntity<?> importTranslation(@PathVariable String slug, @PathVariable int number,
                                        @PathVariable String language, @RequestPart("file") MultipartFile file,
                                        @RequestParam(defaultValue = "false") boolean accept) throws IOException {
        DocumentVersion version = documents.version(slug, number);
        TranslationProposal proposal = translations.propose(version, language, file.getOriginalFilename(),
                file.getBytes());
        if (!accept) {
            return ResponseEntity.status(HttpStatus.ACCEPTED).body(proposal);
        }
        int saved = translations.accept(version, language,
                proposal.paragraphs().stream().map(p -> new TranslatedParagraph(p.paragraphId(), p.proposedText()))
                        .toList(),
                proposal.headings().stream().map(h -> new TranslatedParagraph(h.sectionId(), h.proposedHeading()))
                        .toList());
        var location = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/v1/documents/{slug}/versions/{number}/translations").buildAndExpand(slug, number).toUri();
        return ResponseEntity.created(location).body(new TranslationSaved(language, saved));
    }

    @GetMapping("/paragraphs/{paragraph}/translations/{language}")
    @SendsEtag(always = false)
    @Operation(operationId = "getParagraphTranslation",
            summary = "One paragraph's text in a language (paragraph: its number): its own translation, with its "
                    + "revision as the ETag to update it with, or one carried forward from an earlier version")
    ResponseEntity<ParagraphTranslation> translation(@PathVariable String slug, @PathVariable int number,
                                                     @PathVariable String paragraph, @PathVariable String language) {
        ParagraphTranslation found = translations.translation(documents.version(slug, number), paragraph, language)
                .orElseThrow(DocumentNotFoundException::new);
        var answer = ResponseEntity.ok();
        if (found.ownRevision() != null) {
            answer.eTag(Revisions.etag(found.ownRevision()));
        }
        return answer.body(found);
    }

    @PutMapping(path = "/paragraphs/{paragraph}/translations/{language}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @SendsEtag
    @Operation(operationId = "translateParagraph",
            summary = "Write or update one paragraph's translation. Updating the paragraph's own translation needs "
                    + "If-Match (the ETag read): 428 without it, 412 with the current translation when someone "
                    + "saved since; the first one takes none", security = @SecurityRequirement(name = "bearer"))
    ResponseEntity<ParagraphTranslation> translate(@PathVariable String slug, @PathVariable int number,
                                                   @PathVariable String paragraph, @PathVariable String language,
                                                   @RequestBody TranslationText body,
                                                   @Parameter(description = "the ETag of the translation as read")
                                                   @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                                                   String ifMatch) {
        DocumentVersion version = documents.version(slug, number);
        Integer own = translations.translation(version, paragraph, language).map(ParagraphTranslation::ownRevision)
                .orElse(null);
        Integer revision = own == null ? Revisions.optional(ifMatch) : Integer.valueOf(Revisions.required(ifMatch));
        try {
            ParagraphTranslation saved = translations.translate(version, paragraph, language, body.text(), revision);
            return ResponseEntity.ok().eTag(Revisions.etag(saved.ownRevision())).body(saved);
        } catch (UserFacingException e) {
            if (ApiConflicts.isStale(e)) {
                ParagraphTranslation current = translations.translation(version, paragraph, language).orElseThrow();
                throw new StaleWriteException(current, current.ownRevision() == null ? 0 : current.ownRevision());
            }
            throw e;
        }
    }
}
