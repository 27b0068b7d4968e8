package org.parley.api;

import java.nio.charset.StandardCharsets;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.parley.document.DocumentNotFoundException;
import org.parley.organisation.Organisation;
import org.parley.organisation.OrganisationService;
import org.parley.position.Position;
import org.parley.position.PositionsService;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Locale;

@RestController
@RequestMapping("/api/v1/organisations/{shortName}/positions")
@Tag(name = "Positions", description = "Everything an organisation said, with the answers it got")
class PositionsApi {

    private final PositionsService positions;
    private final OrganisationService organisations;

    PositionsApi(PositionsService positions, OrganisationService organisations) {
        this.positions = positions;
        this.organisations = organisations;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "listPositions",
            summary = "The organisation's published comments, and the comments it endorsed (kind ENDORSEMENT, "
                    + "endorsed naming whose), across documents and versions, with dispositions, a page at a time")
    PageJson<Position> positions(@PathVariable String shortName, @Valid @ParameterObject PageJson.Request page) {
        return page.of(positions.positions(organisation(shortName).id()));
    }

    @GetMapping(produces = "text/csv")
    @Operation(operationId = "listPositions",
            summary = "The same, all of them, as CSV (UTF-8 with a byte order mark, for spreadsheets)")
    ResponseEntity<byte[]> csv(@PathVariable String shortName, Locale locale) {
        Organisation organisation = organisation(shortName);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"positions-"
                        + organisation.shortName().replaceAll("[^A-Za-z0-9]+", "-") + ".csv\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(positions.csv(organisation.id(), locale));
    }

    @GetMapping(produces = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @Operation(operationId = "listPositions",
            summary = "The same, all of them, as an Excel workbook (XLSX)")
    ResponseEntity<byte[]> xlsx(@PathVariable String shortName, Locale locale) {
        Organisation organisation = organisation(shortName);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"positions-"
                        + organisation.shortName().replaceAll("[^A-Za-z0-9]+", "-") + ".xlsx\"")
                .contentType(MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body(positions.xlsx(organisation.id(), locale));
    }

    private Organisation organisation(String shortName) {
        return organisations.findByShortName(shortName).orElseThrow(DocumentNotFoundException::new);
    }
}
