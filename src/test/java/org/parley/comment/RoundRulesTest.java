package org.parley.comment;

import java.util.Objects;
import java.util.Optional;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.comment.PermissionMatrix.Audience;
import org.parley.comment.PermissionMatrix.Behalf;
import org.parley.comment.PermissionMatrix.Cell;
import org.parley.comment.PermissionMatrix.Round;
import org.parley.document.DocumentVersion;
import org.parley.document.VersionStatus;
import org.parley.organisation.Membership;
import org.parley.organisation.MembershipRole;
import org.parley.organisation.Organisation;
import org.parley.organisation.OrganisationKind;
import org.parley.security.GlobalRole;

class RoundRulesTest {

    static final OffsetDateTime NOW = OffsetDateTime.of(2031, 3, 10, 12, 0, 0, 0, ZoneOffset.UTC);
    static final Organisation MINE = new Organisation(1, OrganisationKind.COMMISSION, "Commission on migration",
            "MIG", null, null);
    static final Organisation OTHER = new Organisation(2, OrganisationKind.REGIONAL_SECTION, "UCLG Africa",
            "AFRICA", "Africa", null);
    static final long PERSON = 7;

    static Stream<Cell> everyCell() {
        return PermissionMatrix.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyCell")
    void permission_matrix(Cell cell) {
        List<Membership> memberships = memberships(cell.membership());
        Long onBehalfOf = onBehalfOf(cell.behalf());

        var refusal = RoundRules.refusalToComment(cell.role(), memberships, onBehalfOf, version(cell.round()),
                audience(cell.audience()), NOW);

        assertThat(refusal).isEqualTo(Optional.ofNullable(cell.refusal()));
        if (cell.refusal() == null) {
            assertThat(RoundRules.initialStatus(memberships, onBehalfOf)).isEqualTo(cell.status());
        }
    }

    @Test
    void the_matrix_has_every_cell_and_reaches_every_refusal_and_status() {
        List<Cell> cells = PermissionMatrix.all().toList();

        assertThat(cells).hasSize(4 * 3 * 5 * 5 * 3);
        assertThat(cells.stream().map(Cell::refusal).filter(Objects::nonNull).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("comment.error.readers-cannot-comment", "comment.error.round-not-open",
                        "comment.error.round-not-started", "comment.error.round-closed",
                        "comment.error.not-a-member", "comment.error.not-in-audience",
                        "comment.error.audience-not-yet");
        assertThat(cells.stream().map(Cell::status).filter(Objects::nonNull).collect(Collectors.toSet()))
                .isEqualTo(Set.of(CommentStatus.PUBLISHED, CommentStatus.PENDING_APPROVAL));
    }

    @Test
    void the_round_opens_at_its_opening_instant_and_closes_at_its_closing_instant() {
        DocumentVersion opensNow = version(VersionStatus.OPEN_FOR_COMMENTS, NOW, NOW.plusDays(1));
        DocumentVersion closesNow = version(VersionStatus.OPEN_FOR_COMMENTS, NOW.minusDays(1), NOW);

        assertThat(RoundRules.refusalForRound(opensNow, NOW)).isEmpty();
        assertThat(RoundRules.refusalForRound(closesNow, NOW)).contains("comment.error.round-closed");
        assertThat(RoundRules.refusalForRound(version(VersionStatus.OPEN_FOR_COMMENTS, null, null), NOW)).isEmpty();
    }

    @Test
    void a_version_closed_by_its_status_says_the_round_is_closed() {
        assertThat(RoundRules.refusalForRound(version(VersionStatus.CLOSED, null, null), NOW))
                .contains("comment.error.round-closed");
    }

    @Test
    void an_audience_turn_starting_now_is_open() {
        var rules = List.of(AudienceRule.kind(OrganisationKind.COMMISSION).from(NOW));

        assertThat(RoundRules.refusalToComment(GlobalRole.CONTRIBUTOR, memberships(PermissionMatrix.Membership.MEMBER),
                null, version(Round.OPEN), rules, NOW)).isEmpty();
    }

    @Test
    void speaking_for_an_organisation_outside_the_audience_is_refused_even_if_another_of_mine_is_in_it() {
        List<Membership> both = List.of(new Membership(PERSON, MINE, MembershipRole.MEMBER),
                new Membership(PERSON, OTHER, MembershipRole.FOCAL_POINT));
        var onlyMine = List.of(AudienceRule.organisation(MINE.id()));

        assertThat(RoundRules.refusalToComment(GlobalRole.CONTRIBUTOR, both, OTHER.id(), version(Round.OPEN),
                onlyMine, NOW)).contains("comment.error.not-in-audience");
        assertThat(RoundRules.refusalToComment(GlobalRole.CONTRIBUTOR, both, null, version(Round.OPEN),
                onlyMine, NOW)).isEmpty();
        assertThat(RoundRules.initialStatus(both, OTHER.id())).isEqualTo(CommentStatus.PUBLISHED);
        assertThat(RoundRules.initialStatus(both, MINE.id())).isEqualTo(CommentStatus.PENDING_APPROVAL);
    }

    @Test
    void a_later_turn_and_an_open_turn_for_the_same_person_let_them_comment_now() {
        var rules = List.of(AudienceRule.organisation(MINE.id()).from(NOW.plusDays(3)),
                AudienceRule.kind(OrganisationKind.COMMISSION));

        assertThat(RoundRules.refusalToComment(GlobalRole.CONTRIBUTOR, memberships(PermissionMatrix.Membership.MEMBER),
                null, version(Round.OPEN), rules, NOW)).isEmpty();
    }

    private static List<Membership> memberships(PermissionMatrix.Membership membership) {
        return switch (membership) {
            case NONE -> List.of();
            case MEMBER -> List.of(new Membership(PERSON, MINE, MembershipRole.MEMBER));
            case FOCAL_POINT -> List.of(new Membership(PERSON, MINE, MembershipRole.FOCAL_POINT));
        };
    }

    private static Long onBehalfOf(Behalf behalf) {
        return switch (behalf) {
            case NONE -> null;
            case MY_ORGANISATION -> MINE.id();
            case OTHER_ORGANISATION -> OTHER.id();
        };
    }

    static List<AudienceRule> audience(Audience audience) {
        return switch (audience) {
            case EVERYONE -> List.of();
            case MY_ORGANISATION -> List.of(AudienceRule.organisation(MINE.id()));
            case MY_KIND -> List.of(AudienceRule.kind(MINE.kind()));
            case OTHER_ORGANISATION -> List.of(AudienceRule.organisation(OTHER.id()));
            case MY_KIND_LATER -> List.of(AudienceRule.kind(MINE.kind()).from(NOW.plusDays(7)));
        };
    }

    private static DocumentVersion version(Round round) {
        return switch (round) {
            case DRAFT -> version(VersionStatus.DRAFT, null, null);
            case NOT_STARTED -> version(VersionStatus.OPEN_FOR_COMMENTS, NOW.plusDays(1), NOW.plusDays(30));
            case OPEN -> version(VersionStatus.OPEN_FOR_COMMENTS, NOW.minusDays(9), NOW.plusDays(30));
            case CLOSED -> version(VersionStatus.OPEN_FOR_COMMENTS, NOW.minusDays(30), NOW.minusHours(1));
            case PUBLISHED -> version(VersionStatus.PUBLISHED, NOW.minusDays(30), NOW.minusDays(9));
        };
    }

    private static DocumentVersion version(VersionStatus status, OffsetDateTime opens, OffsetDateTime closes) {
        return new DocumentVersion(11, 3, 1, "Draft", status, opens, closes, "en", null, null, 4);
    }
}
