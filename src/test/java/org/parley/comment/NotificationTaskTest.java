package org.parley.comment;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.base.PermissionDeniedException;
import org.parley.document.DocumentVersion;
import org.parley.document.Paragraph;
import org.parley.organisation.MembershipRole;
import org.parley.organisation.NewOrganisation;
import org.parley.organisation.Organisation;
import org.parley.organisation.OrganisationKind;
import org.parley.organisation.OrganisationService;
import org.parley.organisation.Person;
import org.parley.security.GlobalRole;
import org.parley.security.SystemActor;
import org.parley.testsupport.ParleyTest;
import org.parley.testsupport.TestClock;
import org.parley.testsupport.TestData;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Notifications say who caused them and become read once their task is done; focal points find their
 * organisation's drafts in one inbox; editors see how many drafts still wait inside organisations.
 */
@ParleyTest
class NotificationTaskTest {

    static final OffsetDateTime OPENS = OffsetDateTime.of(2031, 3, 1, 9, 0, 0, 0, ZoneOffset.UTC);
    static final OffsetDateTime NOW = OffsetDateTime.of(2031, 3, 10, 12, 0, 0, 0, ZoneOffset.UTC);
    static final OffsetDateTime CLOSES = OffsetDateTime.of(2031, 4, 30, 18, 0, 0, 0, ZoneOffset.UTC);

    @Autowired
    CommentService comments;
    @Autowired
    CommentQueryService queries;
    @Autowired
    NotificationService notifications;
    @Autowired
    OrganisationService organisations;
    @Autowired
    TestData data;
    @Autowired
    TestClock clock;

    DocumentVersion version;
    Paragraph p1;
    Paragraph p2;
    Organisation tunis;
    Organisation africa;
    Person tunisFocal;
    Person tunisFocal2;
    Person tunisMember;
    Person africaFocal;
    Person editor;

    @BeforeEach
    void setUp() {
        data.reset();
        clock.set(NOW);
        version = data.openDocument("paper", "# Paper\n\n1. Housing first.\n\n2. Health care for all.\n", OPENS, CLOSES)
                .latest();
        p1 = data.paragraphs(version).get(0);
        p2 = data.paragraphs(version).get(1);
        tunis = SystemActor.call(() -> organisations.createOrganisation(new NewOrganisation(
                OrganisationKind.LOCAL_GOVERNMENT, "City of Tunis", "Tunis", "Tunisia", null, "Ville de Tunis",
                "Ciudad de Túnez")));
        africa = data.organisation(OrganisationKind.REGIONAL_SECTION);
        tunisFocal = member(tunis, MembershipRole.FOCAL_POINT);
        tunisFocal2 = member(tunis, MembershipRole.FOCAL_POINT);
        tunisMember = member(tunis, MembershipRole.MEMBER);
        africaFocal = member(africa, MembershipRole.FOCAL_POINT);
        editor = data.person(GlobalRole.EDITOR);
    }

    @Test
    void a_notification_names_the_person_and_the_organisation_they_spoke_for_in_the_reader_s_language() {
        Comment draft = draft(p1, "Tunis asks for housing first.");

        Notification submitted = only(tunisFocal);
        assertThat(submitted.kind()).isEqualTo(NotificationKind.DRAFT_SUBMITTED);
        assertThat(submitted.actorName()).isEqualTo(tunisMember.displayName());
        assertThat(submitted.actorOrganisation().name(Locale.FRENCH)).isEqualTo("Ville de Tunis");
        assertThat(submitted.createdAt().toInstant()).isEqualTo(NOW.toInstant());

        data.as(tunisFocal, () -> comments.approve(draft.id()));
        data.as(africaFocal, () -> {
            comments.endorse(draft.id(), africa.id());
            return null;
        });

        List<Notification> authors = data.as(tunisMember, notifications::recent);
        assertThat(authors).extracting(Notification::kind)
                .containsExactly(NotificationKind.ENDORSED, NotificationKind.DRAFT_APPROVED);
        assertThat(authors.get(0).actorName()).isEqualTo(africaFocal.displayName());
        assertThat(authors.get(0).actorOrganisation().id()).isEqualTo(africa.id());
        assertThat(authors.get(1).actorName()).isEqualTo(tunisFocal.displayName());
    }

    @Test
    void approving_a_draft_settles_the_request_of_every_focal_point_but_not_the_author_s_news() {
        Comment draft = draft(p1, "Tunis asks for housing first.");
        assertThat(unread(tunisFocal)).isEqualTo(1);
        assertThat(unread(tunisFocal2)).isEqualTo(1);

        data.as(tunisFocal, () -> comments.approve(draft.id()));

        assertThat(unread(tunisFocal)).isZero();
        assertThat(unread(tunisFocal2)).as("the other focal point's task is done too").isZero();
        assertThat(unread(tunisMember)).as("the author's approval notice is news").isEqualTo(1);
    }

    @Test
    void a_returned_draft_s_notice_is_read_once_the_author_sends_it_again() {
        Comment draft = draft(p1, "Tunis asks for housing first.");
        Comment returned = data.as(tunisFocal2, () -> comments.returnToAuthor(draft.id(), "Name the programme."));
        assertThat(unread(tunisFocal)).as("returned by the other focal point").isZero();
        assertThat(unread(tunisMember)).isEqualTo(1);

        data.as(tunisMember, () -> comments.edit(draft.id(), "Tunis asks for Housing First.", null, returned.revision()));

        assertThat(unread(tunisMember)).isZero();
        assertThat(unread(tunisFocal)).as("asked again").isEqualTo(1);
    }

    @Test
    void opening_the_thread_of_a_draft_leaves_the_tasks_about_it_unread() {
        Comment draft = draft(p1, "Tunis asks for housing first.");
        assertThat(data.as(tunisFocal, () -> queries.openThread(p1.id(), CommentFilter.ALL)))
                .as("the focal point is shown the draft").extracting(Comment::id).contains(draft.id());
        assertThat(unread(tunisFocal)).isEqualTo(1);

        data.as(tunisFocal2, () -> comments.returnToAuthor(draft.id(), "Name the programme."));
        assertThat(data.as(tunisMember, () -> queries.openThread(p1.id(), CommentFilter.ALL)))
                .as("the author is shown the returned draft").extracting(Comment::id).contains(draft.id());
        assertThat(unread(tunisMember)).isEqualTo(1);
    }

    @Test
    void withdrawing_a_draft_settles_the_focal_points_request() {
        Comment draft = draft(p1, "Tunis asks for housing first.");

        data.as(tunisMember, () -> {
            comments.withdraw(draft.id());
            return null;
        });

        assertThat(unread(tunisFocal)).isZero();
    }

    @Test
    void a_focal_point_s_inbox_holds_the_drafts_of_the_organisations_they_speak_for() {
        Comment first = draft(p1, "Tunis asks for housing first.");
        Comment second = draft(p2, "Tunis asks for health care.");
        Person africaMember = member(africa, MembershipRole.MEMBER);
        data.as(africaMember, () -> comments.post(p1.id(), NewComment.of(CommentKind.COMMENT, "Africa's view.")
                .onBehalfOf(africa.id())));

        List<DraftAwaitingApproval> inbox = data.as(tunisFocal, queries::awaitingMyApproval);

        assertThat(inbox).extracting(i -> i.draft().id()).containsExactly(first.id(), second.id());
        assertThat(inbox.get(1).paragraphNumber()).isEqualTo(p2.number());
        assertThat(inbox.get(1).documentSlug()).isEqualTo("paper");
        assertThat(data.as(tunisMember, queries::awaitingMyApproval)).as("a member approves nothing").isEmpty();
        data.as(tunisFocal, () -> comments.approve(first.id()));
        assertThat(data.as(tunisFocal2, queries::awaitingMyApproval)).extracting(i -> i.draft().id())
                .containsExactly(second.id());
    }

    @Test
    void editors_see_how_many_drafts_still_wait_inside_organisations_per_paragraph_and_nobody_else_does() {
        draft(p2, "One.");
        draft(p1, "Two.");
        draft(p2, "Three.");

        Map<String, Integer> pending = data.as(editor, () -> queries.draftsAwaitingApproval(version.id()));

        assertThat(pending).containsExactly(Map.entry(p1.number(), 1), Map.entry(p2.number(), 2));
        assertThatThrownBy(() -> data.as(tunisFocal, () -> queries.draftsAwaitingApproval(version.id())))
                .isInstanceOf(PermissionDeniedException.class);
    }

    private Comment draft(Paragraph paragraph, String body) {
        Comment draft = data.as(tunisMember, () -> comments.post(paragraph.id(), NewComment.of(CommentKind.COMMENT, body)
                .onBehalfOf(tunis.id())));
        assertThat(draft.status()).isEqualTo(CommentStatus.PENDING_APPROVAL);
        return draft;
    }

    private Notification only(Person person) {
        List<Notification> recent = data.as(person, notifications::recent);
        assertThat(recent).hasSize(1);
        return recent.get(0);
    }

    private int unread(Person person) {
        return data.as(person, notifications::unreadCount);
    }

    private Person member(Organisation organisation, MembershipRole role) {
        Person person = data.person(GlobalRole.CONTRIBUTOR);
        data.membership(person, organisation, role);
        return person;
    }
}
