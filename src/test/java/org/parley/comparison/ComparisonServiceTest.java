package org.parley.comparison;

import org.parley.disposition.DispositionService;
import org.parley.drafting.MappingCorrection;
import org.parley.drafting.RevisionProposal;
import org.parley.drafting.RevisionService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.document.DocumentNotFoundException;
import org.parley.document.DocumentService;
import org.parley.document.Paragraph;
import org.parley.document.Visibility;
import org.parley.base.WordDiff;
import org.parley.security.GlobalRole;
import org.parley.testsupport.ParleyTest;
import org.parley.testsupport.TestData;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ParleyTest
class ComparisonServiceTest {

    private static final String DRAFT = """
            # Paper

            1. Access to adequate housing is the foundation of every other dimension of inclusion.

            2. Municipal housing policies rarely target migrants explicitly, and they need not do so.

            3. Health is both a fundamental right and a matter of public interest for the whole city.

            4. Mental health deserves particular attention after long and dangerous journeys.
            """;

    @Autowired
    TestData data;
    @Autowired
    RevisionService revisions;
    @Autowired
    DispositionService dispositions;
    @Autowired
    DocumentService documents;
    @Autowired
    ComparisonService comparisons;

    @BeforeEach
    void setUp() {
        data.reset();
        data.openDocument("paper", Visibility.PUBLIC, DRAFT);
        data.signIn(data.person(GlobalRole.EDITOR));
    }

    @Test
    void edited_new_and_deleted_paragraphs_are_marked_with_word_diffs_in_the_newer_order() {
        revise("""
                # Paper

                1. Access to adequate and affordable housing is the foundation of every other dimension of inclusion.

                2. Health is both a fundamental right and a matter of public interest for the whole city.

                3. Mental health deserves particular attention after long and dangerous journeys.

                4. Every city should publish a yearly report on the reception of newcomers and its cost.
                """, List.of());

        Comparison comparison = comparisons.compare("paper", 2, 1);

        assertThat(comparison.olderNumber()).isEqualTo(1);
        assertThat(comparison.newerNumber()).isEqualTo(2);
        assertThat(comparison.rows()).extracting(Comparison.Row::marker).containsExactly(
                ComparisonMarker.EDITED, ComparisonMarker.DELETED, ComparisonMarker.UNCHANGED,
                ComparisonMarker.UNCHANGED, ComparisonMarker.NEW);
        Comparison.Row edited = comparison.rows().get(0);
        assertThat(edited.older()).extracting(Comparison.Side::number).containsExactly("1");
        assertThat(edited.newer().number()).isEqualTo("1");
        assertThat(edited.diff()).contains(new WordDiff.Segment(WordDiff.Change.INSERTED, "and affordable "));
        Comparison.Row deleted = comparison.rows().get(1);
        assertThat(deleted.newer()).isNull();
        assertThat(deleted.older().get(0).text()).startsWith("Municipal housing policies");
        assertThat(deleted.diff()).extracting(WordDiff.Segment::change).containsOnly(WordDiff.Change.DELETED);
        assertThat(deleted.anchor()).isEqualTo("p-2-removed");
        assertThat(comparison.rows().get(2).older().get(0).number()).isEqualTo("3");
        assertThat(comparison.rows().get(2).newer().number()).isEqualTo("2");
        Comparison.Row added = comparison.rows().get(4);
        assertThat(added.older()).isEmpty();
        assertThat(added.diff()).extracting(WordDiff.Segment::change).containsOnly(WordDiff.Change.INSERTED);
        assertThat(added.anchor()).isEqualTo("p-4");
    }

    @Test
    void splits_and_merges_confirmed_by_the_editor_are_marked_and_merged_texts_joined() {
        Map<String, Paragraph> old = byNumber(documents.allParagraphs(documents.version("paper", 1)));
        revise("""
                # Paper

                1. Access to adequate housing is the foundation of inclusion.

                2. It underpins every other dimension of inclusion.

                3. Municipal housing policies rarely target migrants explicitly, and they need not do so.

                4. Health, including mental health after long and dangerous journeys, is a fundamental right.
                """, List.of(new MappingCorrection(0, List.of(old.get("1").id())),
                new MappingCorrection(1, List.of(old.get("1").id())),
                new MappingCorrection(3, List.of(old.get("3").id(), old.get("4").id()))));

        Comparison comparison = comparisons.compare("paper", 1, 2);

        assertThat(comparison.rows()).extracting(Comparison.Row::marker).containsExactly(
                ComparisonMarker.SPLIT, ComparisonMarker.SPLIT, ComparisonMarker.UNCHANGED, ComparisonMarker.MERGED);
        Comparison.Row merged = comparison.rows().get(3);
        assertThat(merged.older()).extracting(Comparison.Side::number).containsExactly("3", "4");
        String oldJoined = merged.diff().stream().filter(s -> s.change() != WordDiff.Change.INSERTED)
                .map(WordDiff.Segment::text).collect(Collectors.joining());
        assertThat(oldJoined).isEqualTo(old.get("3").text() + " " + old.get("4").text());
        assertThat(comparison.rows().get(1).older()).extracting(Comparison.Side::id)
                .containsExactly(old.get("1").id());
    }

    @Test
    void three_versions_compose_their_lineage_links() {
        Map<String, Paragraph> first = byNumber(documents.allParagraphs(documents.version("paper", 1)));
        long second = revise("""
                # Paper

                1. Access to adequate and affordable housing is the foundation of every other dimension of inclusion.

                2. Municipal housing policies rarely target migrants explicitly, and they need not do so.

                3. Every city should publish a yearly report on the reception of newcomers and its cost.

                4. Health is both a fundamental right and a matter of public interest for the whole city.

                5. Mental health deserves particular attention after long and dangerous journeys.
                """, List.of());
        dispositions.publish(second, "Bogotá", null, null, null);
        revise("""
                # Paper

                1. Access to adequate and affordable housing is the foundation of every dimension of inclusion.

                2. Every city should publish a yearly report on the reception of newcomers and its cost.

                3. Health is both a fundamental right and a matter of public interest for the whole city.

                4. Mental health deserves particular attention after long and dangerous journeys.
                """, List.of());

        Comparison comparison = comparisons.compare("paper", 1, 3);

        assertThat(comparison.rows()).extracting(Comparison.Row::marker).containsExactly(
                ComparisonMarker.EDITED, ComparisonMarker.DELETED, ComparisonMarker.NEW,
                ComparisonMarker.UNCHANGED, ComparisonMarker.UNCHANGED);
        assertThat(comparison.rows().get(0).older()).extracting(Comparison.Side::id)
                .containsExactly(first.get("1").id());
        assertThat(comparison.rows().get(0).diff()).contains(
                new WordDiff.Segment(WordDiff.Change.INSERTED, "and affordable "),
                new WordDiff.Segment(WordDiff.Change.DELETED, "other "));
        assertThat(comparison.rows().get(1).older()).extracting(Comparison.Side::id)
                .containsExactly(first.get("2").id());
        assertThat(comparison.rows().get(4).older()).extracting(Comparison.Side::id)
                .containsExactly(first.get("4").id());
    }

    @Test
    void a_moved_paragraph_is_marked_and_a_version_with_itself_is_unchanged() {
        revise("""
                # Paper

                1. Health is both a fundamental right and a matter of public interest for the whole city.

                2. Access to adequate housing is the foundation of every other dimension of inclusion.

                3. Municipal housing policies rarely target migrants explicitly, and they need not do so.

                4. Mental health deserves particular attention after long and dangerous journeys.
                """, List.of());

        assertThat(comparisons.compare("paper", 1, 2).rows()).extracting(Comparison.Row::marker)
                .containsExactly(ComparisonMarker.MOVED, ComparisonMarker.UNCHANGED, ComparisonMarker.UNCHANGED,
                        ComparisonMarker.UNCHANGED);
        assertThat(comparisons.compare("paper", 1, 1).rows()).extracting(Comparison.Row::marker)
                .containsOnly(ComparisonMarker.UNCHANGED);
    }

    @Test
    void readers_cannot_compare_with_a_draft_they_may_not_see() {
        revisions.startNextDraft("paper");
        data.signIn(data.person(GlobalRole.CONTRIBUTOR));

        assertThatThrownBy(() -> comparisons.compare("paper", 1, 2)).isInstanceOf(DocumentNotFoundException.class);
        assertThat(comparisons.compare("paper", 1, 1).rows()).hasSize(4);
    }

    private long revise(String markdown, List<MappingCorrection> corrections) {
        RevisionProposal proposal = revisions.proposeRevision("paper", "revised.md",
                markdown.getBytes(StandardCharsets.UTF_8));
        return revisions.acceptProposal(proposal.importId(), corrections).version().id();
    }

    private static Map<String, Paragraph> byNumber(List<Paragraph> paragraphs) {
        return paragraphs.stream().collect(Collectors.toMap(Paragraph::number, Function.identity()));
    }
}
