package org.parley.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.parley.base.UserFacingException;
import org.parley.statistics.Breakdown;
import org.parley.statistics.DocumentStatistics;
import org.parley.statistics.StatisticsService;
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
@RequestMapping(path = "/api/v1/documents/{slug}/statistics")
@Tag(name = "Statistics", description = "Participation per organisation, kind, section and round; outcome of answers")
class StatisticsApi {

    private final StatisticsService statistics;

    StatisticsApi(StatisticsService statistics) {
        this.statistics = statistics;
    }

    @GetMapping
    @ApiResponse(responseCode = "200", description = "The statistics as JSON, or one table as CSV", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = DocumentStatistics.class)),
            @Content(mediaType = "text/csv", schema = @Schema(type = "string"))})
    @Operation(operationId = "getStatistics",
            summary = "Participation in a document over every round the caller may see, or in one round; "
            + "format=csv with breakdown=organisation|organisation-kind|section|round|outcome for one table as CSV")
    ResponseEntity<?> statistics(@PathVariable String slug,
                                 @Parameter(description = "a version number; all rounds when absent")
                                 @RequestParam(required = false) Integer round,
                                 @Parameter(description = "json or csv")
                                 @RequestParam(defaultValue = "json") String format,
                                 @RequestParam(defaultValue = "organisation") String breakdown,
                                 HttpServletRequest request) {
        return switch (format) {
            case "json" -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                    .body(statistics.statistics(slug, round));
            case "csv" -> csv(slug, round, Breakdown.parse(breakdown), request);
            default -> throw new UserFacingException("statistics.error.format");
        };
    }

    private ResponseEntity<byte[]> csv(String slug, Integer round, Breakdown breakdown, HttpServletRequest request) {
        String name = slug + (round == null ? "" : "-v" + round) + "-" + breakdown.slug() + ".csv";
        return ResponseEntity.ok().contentType(ComparisonApi.CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build()
                        .toString())
                .body(statistics.csv(slug, round, breakdown, request.getLocale()));
    }
}
