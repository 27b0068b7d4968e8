package org.parley.alignment;

import org.junit.jupiter.api.Test;
import org.parley.document.ChangeKind;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ParagraphAlignerTest {

    private static final String HOUSING = "Access to adequate housing is the foundation of every other dimension "
            + "of inclusion for migrants arriving in the city.";
    private static final String HEALTH = "Health is both a fundamental right and a matter of public interest for "
            + "every resident of the municipality.";
    private static final String SCHOOL = "School is often the first public institution with which migrant families "
            + "have regular contact in their new neighbourhood.";
    private static final String WORK = "Access to employment depends on the recognition of qualifications "
            + "obtained abroad and on language courses for adults.";

    @Test
    void identical_texts_map_one_to_one_as_unchanged() {
        var result = ParagraphAligner.align(List.of(HOUSING, HEALTH), List.of(HOUSING, HEALTH));

        assertThat(result.links()).extracting(ParagraphAligner.Link::change)
                .containsExactly(ChangeKind.UNCHANGED, ChangeKind.UNCHANGED);
        assertThat(result.links()).extracting(ParagraphAligner.Link::oldIndexes)
                .containsExactly(List.of(0), List.of(1));
        assertThat(result.deletedOldIndexes()).isEmpty();
    }

    @Test
    void an_edited_paragraph_keeps_its_predecessor_and_is_marked_edited() {
        String edited = HEALTH.replace("every resident", "every resident, whatever their status,");

        var result = ParagraphAligner.align(List.of(HOUSING, HEALTH), List.of(HOUSING, edited));

        assertThat(result.links().get(1).oldIndexes()).containsExactly(1);
        assertThat(result.links().get(1).change()).isEqualTo(ChangeKind.EDITED);
    }

    @Test
    void new_and_deleted_paragraphs_are_recognised() {
        var result = ParagraphAligner.align(List.of(HOUSING, HEALTH, SCHOOL), List.of(HOUSING, WORK, SCHOOL));

        assertThat(result.links().get(1).change()).isNull();
        assertThat(result.links().get(1).oldIndexes()).isEmpty();
        assertThat(result.deletedOldIndexes()).containsExactly(1);
    }

    @Test
    void a_paragraph_moved_elsewhere_is_marked_moved() {
        var result = ParagraphAligner.align(List.of(HOUSING, HEALTH, SCHOOL, WORK),
                List.of(HEALTH, SCHOOL, WORK, HOUSING));

        assertThat(result.links().get(3).oldIndexes()).containsExactly(0);
        assertThat(result.links().get(3).change()).isEqualTo(ChangeKind.MOVED);
        assertThat(result.links().get(0).change()).isEqualTo(ChangeKind.UNCHANGED);
        assertThat(result.deletedOldIndexes()).isEmpty();
    }

    @Test
    void a_paragraph_split_in_two_links_both_halves_to_it() {
        String both = HOUSING + " " + HEALTH;

        var result = ParagraphAligner.align(List.of(both, SCHOOL), List.of(HOUSING, HEALTH, SCHOOL));

        assertThat(result.links().get(0).oldIndexes()).containsExactly(0);
        assertThat(result.links().get(1).oldIndexes()).containsExactly(0);
        assertThat(result.links().get(0).change()).isEqualTo(ChangeKind.SPLIT);
        assertThat(result.links().get(1).change()).isEqualTo(ChangeKind.SPLIT);
        assertThat(result.links().get(2).change()).isEqualTo(ChangeKind.UNCHANGED);
    }

    @Test
    void two_paragraphs_merged_into_one_are_both_its_predecessors() {
        String both = HOUSING + " " + HEALTH;

        var result = ParagraphAligner.align(List.of(HOUSING, HEALTH, SCHOOL), List.of(both, SCHOOL));

        assertThat(result.links().get(0).oldIndexes()).containsExactly(0, 1);
        assertThat(result.links().get(0).change()).isEqualTo(ChangeKind.MERGED);
        assertThat(result.deletedOldIndexes()).isEmpty();
    }

    @Test
    void accents_and_case_do_not_hide_a_match_but_count_as_an_edit() {
        var result = ParagraphAligner.align(List.of("L'intégration des migrants relève des villes et des régions."),
                List.of("L'integration des migrants releve des villes et des regions."));

        assertThat(result.links().get(0).oldIndexes()).containsExactly(0);
        assertThat(result.links().get(0).change()).isEqualTo(ChangeKind.EDITED);
    }

    @Test
    void empty_versions_align_to_nothing() {
        var result = ParagraphAligner.align(List.of(), List.of(HOUSING));

        assertThat(result.links()).singleElement().extracting(ParagraphAligner.Link::change).isNull();
        assertThat(ParagraphAligner.align(List.of(HOUSING), List.of()).deletedOldIndexes()).containsExactly(0);
    }
}
