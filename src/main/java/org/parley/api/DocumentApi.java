package org.parley.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.parley.document.DocumentService;
import org.parley.document.DocumentSummary;
import org.parley.document.DocumentVersion;
import org.parley.document.NewDocument;
import org.parley.document.Visibility;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.io.IOException;

@RestController
@RequestMapping(path = "/api/v1/documents", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Documents", description = "Policy documents, their versions and numbered paragraphs")
class DocumentApi {

    private final DocumentService documents;

    DocumentApi(DocumentService documents) {
        this.documents = documents;
    }

    @GetMapping
    @Operation(operationId = "listDocuments",
            summary = "Documents the caller may read, a page at a time")
    PageJson<DocumentJson> list(@Valid @ParameterObject PageJson.Request page) {
        return page.of(documents.readableDocuments().stream().map(DocumentJson::of).toList());
    }

    @GetMapping("/{slug}")
    @Operation(operationId = "getDocument",
            summary = "One document with its versions")
    DocumentJson get(@PathVariable String slug) {
        return DocumentJson.of(documents.document(slug));
    }

    @GetMapping("/{slug}/versions/{number}")
    @Operation(operationId = "getVersion",
            summary = "One version with its sections and paragraphs in reading order")
    VersionContentJson version(@PathVariable String slug, @PathVariable int number) {
        DocumentVersion version = documents.version(slug, number);
        return VersionContentJson.of(version, documents.sections(version), documents.allParagraphs(version));
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(operationId = "createDocument",
            summary = "Create a document with version 1 from a Markdown or DOCX file (editors and admins)",
            security = @SecurityRequirement(name = "bearer"))
    ResponseEntity<DocumentJson> create(@RequestPart("file") MultipartFile file,
                                        @RequestParam("title") String title,
                                        @RequestParam("slug") String slug,
                                        @RequestParam("language") String language,
                                        @RequestParam(value = "visibility", defaultValue = "MEMBERS")
                                        Visibility visibility) throws IOException {
        DocumentSummary created = documents.importDocument(new NewDocument(slug, title, language, visibility),
                file.getOriginalFilename(), file.getBytes());
        var location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{slug}")
                .buildAndExpand(created.document().slug()).toUri();
        return ResponseEntity.status(HttpStatus.CREATED).location(location).body(DocumentJson.of(created));
    }
}
