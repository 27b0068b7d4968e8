package org.parley.disposition;

import org.parley.resolution.ResolutionFilter;
import org.parley.resolution.ResolutionMatrix;
import org.parley.resolution.ResolutionRow;
import org.junit.jupiter.api.Test;
import org.parley.comment.Comment;
import org.parley.comment.CommentKind;
import org.parley.comment.CommentStatus;
import org.parley.comment.OrganisationRef;
import org.parley.organisation.OrganisationKind;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Progress of a round per section and per organisation, and the resolution matrix filter. */
class RoundProgressTest {

    private static final OrganisationRef AFRICA = new OrganisationRef(1, "UCLG Africa", "UCLG Africa",
            OrganisationKind.REGIONAL_SECTION);
    private static final OrganisationRef ASPAC = new OrganisationRef(2, "ASPAC", "UCLG Asia-Pacific",
            OrganisationKind.REGIONAL_SECTION);

    @Test
    void progress_counts_answered_of_total_per_section_in_reading_order_and_per_organisation() {
        List<RoundItem> items = List.of(
                item(1, "Housing", ASPAC, true), item(2, "Housing", null, false),
                item(3, "Health", AFRICA, false), item(4, "Health", AFRICA, true), item(5, null, ASPAC, true));

        RoundProgress progress = RoundProgress.of(items);

        assertThat(progress.answered()).isEqualTo(3);
        assertThat(progress.total()).isEqualTo(5);
        assertThat(progress.bySection()).containsExactly(new RoundProgress.Tally("Housing", 1, 2),
                new RoundProgress.Tally("Health", 1, 2), new RoundProgress.Tally(null, 1, 1));
        assertThat(progress.byOrganisation()).containsExactly(new RoundProgress.Tally("UCLG Africa", 1, 2),
                new RoundProgress.Tally("UCLG Asia-Pacific", 2, 2), new RoundProgress.Tally(null, 0, 1));
        assertThat(progress.byOrganisation().get(1).complete()).isTrue();
    }

    @Test
    void the_matrix_filter_combines_its_fields_and_knows_unanswered_rows() {
        ResolutionRow answered = row("Housing", "UCLG Africa", CommentKind.SUPPORT, "We agree", DispositionKind.NOTED);
        ResolutionRow open = row("Health", null, CommentKind.OBJECTION, "Too vague", null);
        ResolutionMatrix matrix = new ResolutionMatrix("paper", 1, null, List.of(answered, open));

        assertThat(matrix.filtered(ResolutionFilter.ALL).rows()).containsExactly(answered, open);
        assertThat(matrix.filtered(new ResolutionFilter(null, null, ResolutionFilter.UNANSWERED, null, null)).rows())
                .containsExactly(open);
        assertThat(matrix.filtered(new ResolutionFilter(null, null, "NOTED", "Housing", null)).rows())
                .containsExactly(answered);
        assertThat(matrix.filtered(new ResolutionFilter("UCLG Africa", CommentKind.OBJECTION, null, null, null))
                .rows()).isEmpty();
        assertThat(matrix.filtered(new ResolutionFilter(null, null, null, null, "VAGUE")).rows())
                .containsExactly(open);
        assertThat(matrix.filtered(new ResolutionFilter(null, null, null, null, "reason of 1")).rows())
                .isEmpty();
    }

    private static ResolutionRow row(String section, String organisation, CommentKind kind, String text,
                                     DispositionKind disposition) {
        return new ResolutionRow(text.length(), "1", organisation, "Ana", kind, text, null, disposition,
                disposition == null ? null : "Reason", List.of(), section);
    }

    private static RoundItem item(long id, String section, OrganisationRef organisation, boolean answered) {
        Comment comment = new Comment(id, 1, id, UUID.randomUUID(), null, 0, CommentKind.COMMENT, "Text " + id,
                null, null, null, "en", 1, "Ana", organisation, CommentStatus.PUBLISHED, null, null, null, null, null,
                List.of(), 0);
        Disposition disposition = answered ? new Disposition(id, DispositionKind.NOTED, null, List.of(), 1L, null, 0)
                : null;
        return new RoundItem(comment, String.valueOf(id), disposition, section);
    }
}
