package org.parley.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.parley.document.DocumentService;
import org.parley.document.DocumentVersion;
import org.parley.translation.LanguageStatus;
import org.parley.document.ParagraphTranslation;
import org.parley.translation.TranslatedParagraph;
import org.parley.translation.TranslationProposal;
import org.parley.translation.TranslationService;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.util.List;
import java.util.Map;

@RestController
@RequestMapping(path = "/api/v1/documents/{slug}/versions/{number}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Translations", description = "A version's text in other languages, aligned paragraph by paragraph")
class TranslationApi {

    record TranslationText(String text, Integer revision) {
    }

    private final DocumentService documents;
    private final TranslationService translations;

    TranslationApi(DocumentService documents, TranslationService translations) {
        this.documents = documents;
        this.translations = translations;
    }

    @GetMapping("/translations")
    @Operation(summary = "The languages of a version: source first, with translated and outdated paragraph counts")
    List<LanguageStatus> languages(@PathVariable String slug, @PathVariable int number) {
        return translations.status(documents.version(slug, number));
    }

    @ApiResponse(responseCode = "202", description = "The proposed alignment, for review; nothing was saved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = TranslationProposal.class)))
    @ApiResponse(responseCode = "201", description = "Saved as proposed (accept=true): language and saved count",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE))
    @PostMapping(path = "/translations/{language}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import a translation (Markdown or DOCX) aligned to the version's paragraphs. Without "
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
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("language", language, "saved", saved));
    }

    @PutMapping(path = "/paragraphs/{paragraph}/translations/{language}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Write or update one paragraph's translation; revision is the one read (absent for a "
            + "first translation)", security = @SecurityRequirement(name = "bearer"))
    ParagraphTranslation translate(@PathVariable String slug, @PathVariable int number, @PathVariable String paragraph,
                                   @PathVariable String language, @RequestBody TranslationText body) {
        return translations.translate(documents.version(slug, number), paragraph, language, body.text(),
                body.revision());
    }
}
