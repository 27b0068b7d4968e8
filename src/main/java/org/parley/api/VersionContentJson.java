package org.parley.api;

import io.swagger.v3.oas.annotations.media.Schema;
import org.parley.document.VersionStatus;
import org.parley.document.DocumentVersion;
import org.parley.document.Paragraph;
import org.parley.document.Section;

import java.util.List;
import java.util.UUID;

/** A version's text: {@code section} of a paragraph is the id of its section in {@code sections}. */
record VersionContentJson(int number, String label, @Schema(implementation = VersionStatus.class) String status,
                          String language,
                          List<SectionJson> sections, List<ParagraphJson> paragraphs) {

    static VersionContentJson of(DocumentVersion version, List<Section> sections, List<Paragraph> paragraphs) {
        return new VersionContentJson(version.number(), version.label(), version.status().name(),
                version.language(),
                sections.stream().map(s -> new SectionJson(s.id(), s.parentId(), s.level(), s.number(),
                        s.heading())).toList(),
                paragraphs.stream().map(p -> new ParagraphJson(p.id(), p.lineageId(), p.number(), p.sectionId(),
                        p.text())).toList());
    }

    record SectionJson(long id, Long parentId, int level, String number, String heading) {
    }

    @Schema(name = "VersionParagraph")
    record ParagraphJson(long id, UUID lineageId, String number, Long section, String text) {
    }
}
