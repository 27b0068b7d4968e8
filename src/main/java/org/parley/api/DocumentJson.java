package org.parley.api;

import io.swagger.v3.oas.annotations.media.Schema;
import org.parley.document.Visibility;
import org.parley.document.VersionStatus;
import org.parley.document.DocumentSummary;
import org.parley.document.DocumentVersion;

import java.time.OffsetDateTime;
import java.util.List;

record DocumentJson(String slug, String title, String language,
                    @Schema(implementation = Visibility.class) String visibility, List<VersionJson> versions) {

    static DocumentJson of(DocumentSummary summary) {
        return new DocumentJson(summary.document().slug(), summary.document().title(),
                summary.document().sourceLanguage(), summary.document().visibility().name(),
                summary.versions().stream().map(VersionJson::of).toList());
    }

    record VersionJson(int number, String label, @Schema(implementation = VersionStatus.class) String status,
                       String language,
                       OffsetDateTime consultationOpensAt, OffsetDateTime consultationClosesAt, int paragraphs) {

        static VersionJson of(DocumentVersion v) {
            return new VersionJson(v.number(), v.label(), v.status().name(), v.language(),
                    v.consultationOpensAt(), v.consultationClosesAt(), v.paragraphCount());
        }
    }
}
