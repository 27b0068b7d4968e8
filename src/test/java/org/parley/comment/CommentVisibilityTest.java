package org.parley.comment;

import java.util.Arrays;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.parley.organisation.Membership;
import org.parley.organisation.MembershipRole;
import org.parley.organisation.Organisation;
import org.parley.organisation.OrganisationKind;
import org.parley.security.GlobalRole;
import org.parley.security.ParleyUser;

class CommentVisibilityTest {

    static final Organisation AFRICA = new Organisation(1, OrganisationKind.REGIONAL_SECTION, "UCLG Africa",
            "AFRICA", null, null);
    static final long AUTHOR = 10;

    private static ParleyUser user(long id, GlobalRole role) {
        return new ParleyUser(id, "p" + id + "@test.example", "Person " + id, role, "en", true, null);
    }

    private static CommentVisibility viewer(long id, GlobalRole role, MembershipRole... roles) {
        List<Membership> memberships = Arrays.stream(roles)
                .map(r -> new Membership(id, AFRICA, r)).toList();
        return new CommentVisibility(user(id, role), memberships);
    }

    private static Comment comment(CommentStatus status, boolean forAfrica, String hiddenReason) {
        return new Comment(1, 2, 3, UUID.randomUUID(), null, 0, CommentKind.COMMENT, "text", null, null, null, "en",
                AUTHOR, "Author", forAfrica ? new OrganisationRef(AFRICA.id(), "AFRICA", "UCLG Africa",
                OrganisationKind.REGIONAL_SECTION) : null, status, null, hiddenReason,
                OffsetDateTime.of(2031, 3, 1, 0, 0, 0, 0, ZoneOffset.UTC), null, null, List.of(), 0);
    }

    @Test
    void published_comment_is_seen_by_everyone_including_anonymous_readers() {
        Comment published = comment(CommentStatus.PUBLISHED, false, null);

        assertThat(new CommentVisibility(null, List.of()).canSee(published)).isTrue();
        assertThat(viewer(20, GlobalRole.READER).canSee(published)).isTrue();
    }

    @Test
    void draft_for_an_organisation_is_seen_by_its_author_and_members_only() {
        for (CommentStatus draft : List.of(CommentStatus.PENDING_APPROVAL, CommentStatus.RETURNED)) {
            Comment comment = comment(draft, true, null);

            assertThat(viewer(AUTHOR, GlobalRole.CONTRIBUTOR).canSee(comment)).isTrue();
            assertThat(viewer(20, GlobalRole.CONTRIBUTOR, MembershipRole.MEMBER).canSee(comment)).isTrue();
            assertThat(viewer(21, GlobalRole.CONTRIBUTOR, MembershipRole.FOCAL_POINT).canSee(comment)).isTrue();
            assertThat(viewer(22, GlobalRole.CONTRIBUTOR).canSee(comment)).isFalse();
            assertThat(viewer(23, GlobalRole.ADMIN).canSee(comment)).isFalse();
            assertThat(new CommentVisibility(null, List.of()).canSee(comment)).isFalse();
        }
    }

    @Test
    void hidden_comment_is_seen_by_its_author_and_moderators_only() {
        Comment hidden = comment(CommentStatus.PUBLISHED, true, "Insulting");

        assertThat(viewer(AUTHOR, GlobalRole.CONTRIBUTOR).canSee(hidden)).isTrue();
        assertThat(viewer(20, GlobalRole.EDITOR).canSee(hidden)).isTrue();
        assertThat(viewer(21, GlobalRole.ADMIN).canSee(hidden)).isTrue();
        assertThat(viewer(22, GlobalRole.CONTRIBUTOR, MembershipRole.FOCAL_POINT).canSee(hidden)).isFalse();
        assertThat(new CommentVisibility(null, List.of()).canSee(hidden)).isFalse();
        assertThat(viewer(22, GlobalRole.CONTRIBUTOR).seesAsPlaceholder(hidden)).isFalse();
    }

    @Test
    void withdrawn_comment_is_the_authors_and_a_placeholder_for_others() {
        Comment withdrawn = comment(CommentStatus.WITHDRAWN, false, null);

        assertThat(viewer(AUTHOR, GlobalRole.CONTRIBUTOR).canSee(withdrawn)).isTrue();
        assertThat(viewer(AUTHOR, GlobalRole.CONTRIBUTOR).seesAsPlaceholder(withdrawn)).isFalse();
        assertThat(viewer(20, GlobalRole.EDITOR).canSee(withdrawn)).isFalse();
        assertThat(viewer(20, GlobalRole.EDITOR).seesAsPlaceholder(withdrawn)).isTrue();
    }

    @Test
    void membership_of_the_comments_organisation() {
        OrganisationRef africa = new OrganisationRef(AFRICA.id(), "AFRICA", "UCLG Africa",
                OrganisationKind.REGIONAL_SECTION);

        assertThat(viewer(20, GlobalRole.CONTRIBUTOR, MembershipRole.MEMBER).isMemberOf(africa)).isTrue();
        assertThat(viewer(20, GlobalRole.CONTRIBUTOR).isMemberOf(africa)).isFalse();
        assertThat(viewer(20, GlobalRole.CONTRIBUTOR, MembershipRole.MEMBER).isMemberOf(null)).isFalse();
    }
}
