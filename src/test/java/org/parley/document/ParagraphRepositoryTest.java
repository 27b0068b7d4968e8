package org.parley.document;

import org.jooq.impl.DSL;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.stream.IntStream;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.security.SystemActor;
import org.parley.testsupport.ParleyTest;
import org.parley.testsupport.TestData;
import org.springframework.beans.factory.annotation.Autowired;

/** Storage and reading order of a long real text: Livre Ier of the French Code civil (2015). */
@ParleyTest
class ParagraphRepositoryTest {

    private static final String CODE_CIVIL = "/corpus/fr-code-civil-versions/livre1-personnes_2015-03-31.md";

    @Autowired
    DocumentService documents;
    @Autowired
    TestData data;
    @Autowired
    DSLContext dsl;

    private DocumentVersion version;

    @BeforeEach
    void importCodeCivil() throws IOException {
        data.reset();
        byte[] content;
        try (InputStream in = getClass().getResourceAsStream(CODE_CIVIL)) {
            assertThat(in).as(CODE_CIVIL).isNotNull();
            content = in.readAllBytes();
        }
        version = SystemActor.call(() -> documents.importDocument(
                new NewDocument("code-civil-livre-1", "Code civil, Livre Ier", "fr", Visibility.PUBLIC),
                "livre1-personnes_2015-03-31.md", content)).latest();
    }

    @Test
    void all_paragraphs_and_sections_of_the_code_civil_are_stored() {
        assertThat(version.paragraphCount()).isEqualTo(1671);
        assertThat(dsl.fetchCount(dsl.selectFrom("paragraph").where("version_id = ?", version.id())))
                .isEqualTo(1671);
        assertThat(dsl.fetchCount(dsl.selectFrom("section").where("version_id = ?", version.id())))
                .isEqualTo(774);
        assertThat(dsl.fetchCount(dsl.selectDistinct(DSL.field("lineage_id")).from("paragraph")))
                .isEqualTo(1671);
    }

    @Test
    void sections_start_in_reading_order() {
        List<Section> sections = SystemActor.call(() -> documents.sections(version));

        assertThat(sections).hasSize(774);
        assertThat(sections).extracting(Section::ordinal)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 774).boxed().toList());
        assertThat(sections).extracting(Section::firstParagraphOrdinal).isSorted()
                .allSatisfy(ordinal -> assertThat(ordinal).isBetween(1, 1671));
        // the version line ("P1") comes before the first article
        assertThat(sections.get(0).firstParagraphOrdinal()).isEqualTo(2);
    }

    @Test
    void every_paragraph_of_a_section_lies_between_its_start_and_the_next_sections_start() {
        List<Section> sections = SystemActor.call(() -> documents.sections(version));
        List<Paragraph> paragraphs = SystemActor.call(() -> documents.allParagraphs(version));

        assertThat(paragraphs).extracting(Paragraph::ordinal)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 1671).boxed().toList());
        for (int i = 0; i < sections.size(); i++) {
            Section section = sections.get(i);
            int end = i + 1 < sections.size() ? sections.get(i + 1).firstParagraphOrdinal() : 1672;
            assertThat(paragraphs).filteredOn(p -> section.id() == (p.sectionId() == null ? -1 : p.sectionId()))
                    .as("paragraphs of %s", section.title())
                    .allSatisfy(p -> assertThat(p.ordinal()).isGreaterThanOrEqualTo(section.firstParagraphOrdinal())
                            .isLessThan(end));
        }
    }

    @Test
    void a_page_from_the_middle_returns_ordinals_801_to_850() {
        List<Paragraph> page = SystemActor.call(() -> documents.paragraphs(version, 800, 50));

        assertThat(page).extracting(Paragraph::ordinal)
                .containsExactlyElementsOf(IntStream.rangeClosed(801, 850).boxed().toList());
        assertThat(page).allSatisfy(p -> assertThat(p.text()).isNotBlank());
    }
}
