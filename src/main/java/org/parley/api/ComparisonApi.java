package org.parley.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.parley.base.UserFacingException;
import org.parley.comparison.ComparisonService;
import org.parley.resolution.ResolutionMatrix;
import org.parley.resolution.ResolutionMatrixExport;
import org.parley.resolution.ResolutionMatrixService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/documents/{slug}")
@Tag(name = "Revisions", description = "New versions: revised drafts aligned to the previous version")
class ComparisonApi {

    static final String XLSX_VALUE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final MediaType XLSX = MediaType.parseMediaType(XLSX_VALUE);
    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private final ComparisonService comparisons;
    private final ResolutionMatrixService matrices;
    private final ResolutionMatrixExport export;

    ComparisonApi(ComparisonService comparisons, ResolutionMatrixService matrices, ResolutionMatrixExport export) {
        this.comparisons = comparisons;
        this.matrices = matrices;
        this.export = export;
    }

    @GetMapping(path = "/compare/{a}/{b}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "compareVersions",
            summary = "Two versions aligned by lineage, with markers and word diffs (older first whatever the order)")
    ComparisonJson compare(@PathVariable String slug, @PathVariable int a, @PathVariable int b) {
        return ComparisonJson.of(comparisons.compare(slug, a, b));
    }

    @GetMapping(path = "/versions/{number}/resolution")
    @ApiResponse(responseCode = "200", description = "The matrix as JSON, or a CSV or XLSX download", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = ResolutionMatrix.class)),
            @Content(mediaType = "text/csv", schema = @Schema(type = "string")),
            @Content(mediaType = XLSX_VALUE, schema = @Schema(type = "string", format = "binary"))})
    @Operation(operationId = "getResolutionMatrix",
            summary = "The resolution matrix of the round on a version: every comment with its answer and the "
            + "resulting paragraphs; format=csv or format=xlsx for a download")
    ResponseEntity<?> resolution(@PathVariable String slug, @PathVariable int number,
                                 @Parameter(description = "json, csv or xlsx")
                                 @RequestParam(defaultValue = "json") String format, HttpServletRequest request) {
        ResolutionMatrix matrix = matrices.matrix(slug, number);
        String name = slug + "-v" + number + "-resolution";
        return switch (format) {
            case "json" -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(matrix);
            case "csv" -> download(export.csv(matrix, request.getLocale()), CSV, name + ".csv");
            case "xlsx" -> download(export.xlsx(matrix, request.getLocale()), XLSX, name + ".xlsx");
            default -> throw new UserFacingException("resolution.error.format");
        };
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String fileName) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName).build().toString())
                .body(body);
    }
}
