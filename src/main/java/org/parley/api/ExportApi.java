package org.parley.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.parley.export.Export;
import org.parley.export.ExportService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Files for print and for Word. The export is read and checked before the response starts (so errors are
 * problem details), then written straight to the response.
 */
@RestController
@RequestMapping("/api/v1/documents/{slug}")
@Tag(name = "Exports", description = "A version as PDF, DOCX or Markdown; the redline between two versions")
class ExportApi {

    private final ExportService exports;

    ExportApi(ExportService exports) {
        this.exports = exports;
    }

    @GetMapping("/versions/{number}/export")
    @Operation(operationId = "exportVersion",
            summary = "One version as PDF (cover, contents, page numbers), DOCX (re-importable as the next "
            + "draft) or Markdown", responses = @ApiResponse(responseCode = "200", content = {
            @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = "text/markdown", schema = @Schema(type = "string"))}))
    ResponseEntity<StreamingResponseBody> version(
            @PathVariable String slug, @PathVariable int number,
            @Parameter(description = "pdf, docx or md") @RequestParam(defaultValue = "pdf") String format,
            @Parameter(description = "language of the text (en, fr, es, ar); default: the version's own")
            @RequestParam(required = false) String lang, Locale locale) {
        return stream(exports.version(slug, number, format, lang, locale));
    }

    @GetMapping("/redline/{a}/{b}")
    @Operation(operationId = "exportRedline",
            summary = "The changes from version a to version b: DOCX with Word tracked changes, or PDF with "
            + "insertions underlined and deletions struck through", responses = @ApiResponse(responseCode = "200",
            content = {
            @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    schema = @Schema(type = "string", format = "binary"))}))
    ResponseEntity<StreamingResponseBody> redline(
            @PathVariable String slug, @PathVariable int a, @PathVariable int b,
            @Parameter(description = "docx or pdf") @RequestParam(defaultValue = "docx") String format,
            Locale locale) {
        return stream(exports.redline(slug, a, b, format, locale));
    }

    private static ResponseEntity<StreamingResponseBody> stream(Export export) {
        StreamingResponseBody body = out -> export.body().writeTo(out);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(export.fileName(), StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType(export.contentType()))
                .body(body);
    }
}
