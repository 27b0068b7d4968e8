package org.parley.disposition;

import java.time.OffsetDateTime;
import org.parley.drafting.RevisionResult;
import org.parley.drafting.RevisionService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.base.UserFacingException;
import org.parley.comment.Comment;
import org.parley.comment.CommentKind;
import org.parley.comment.CommentService;
import org.parley.comment.NewComment;
import org.parley.comment.Notification;
import org.parley.comment.NotificationKind;
import org.parley.comment.NotificationService;
import org.parley.document.DocumentService;
import org.parley.document.DocumentVersion;
import org.parley.document.VersionStatus;
import org.parley.document.Visibility;
import org.parley.organisation.Person;
import org.parley.security.GlobalRole;
import org.parley.base.PermissionDeniedException;
import org.parley.testsupport.ParleyTest;
import org.parley.testsupport.TestData;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ParleyTest
class DispositionServiceTest {

    @Autowired
    TestData data;
    @Autowired
    DispositionService dispositions;
    @Autowired
    RevisionService revisions;
    @Autowired
    CommentService comments;
    @Autowired
    DocumentService documents;

    private Person editor;
    private Person author;
    private Comment first;
    private Comment second;
    private DocumentVersion round;

    @BeforeEach
    void setUp() {
        data.reset();
        round = data.openDocument("paper", Visibility.PUBLIC, """
                # Paper

                1. Access to adequate housing is the foundation of inclusion.

                2. Health is a fundamental right for every resident.
                """).latest();
        List<Long> paragraphIds = data.paragraphs(round).stream().map(p -> p.id()).toList();
        author = data.person(GlobalRole.CONTRIBUTOR);
        data.signIn(author);
        first = comments.post(paragraphIds.get(0), NewComment.of(CommentKind.SUPPORT, "We agree."));
        second = comments.post(paragraphIds.get(1), NewComment.of(CommentKind.OBJECTION, "Too vague."));
        editor = data.person(GlobalRole.EDITOR);
        data.signIn(editor);
        data.schedule(round, VersionStatus.CLOSED, null, null);
    }

    @Test
    void every_comment_of_the_round_is_listed_unanswered_until_it_gets_a_disposition() {
        assertThat(dispositions.round(round.id())).extracting(RoundItem::answered).containsExactly(false, false);

        dispositions.dispose(first.id(), DispositionKind.ACCEPTED, null, List.of(), null);

        assertThat(dispositions.round(round.id())).extracting(RoundItem::answered).containsExactly(true, false);
        assertThat(dispositions.nextUnanswered(round.id(), null)).get()
                .extracting(item -> item.comment().id()).isEqualTo(second.id());
    }

    @Test
    void declining_needs_a_reason_and_links_point_into_the_new_draft_only() {
        assertThatThrownBy(() -> dispositions.dispose(second.id(), DispositionKind.DECLINED, " ", List.of(), null))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("revision.error.reason-required"));
        assertThatThrownBy(() -> dispositions.dispose(second.id(), DispositionKind.ACCEPTED, null,
                List.of(second.paragraphId()), null))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("revision.error.paragraph-not-in-draft"));

        RevisionResult draft = revisions.startNextDraft("paper");
        Disposition saved = dispositions.dispose(second.id(), DispositionKind.PARTLY_ACCEPTED, "Made more precise.",
                List.of(draft.paragraphs().get(1).id()), null);

        assertThat(saved.paragraphIds()).containsExactly(draft.paragraphs().get(1).id());
        assertThat(saved.reason()).isEqualTo("Made more precise.");
    }

    @Test
    void a_stale_answer_does_not_overwrite_a_newer_one() {
        Disposition saved = dispositions.dispose(first.id(), DispositionKind.NOTED, null, List.of(), null);
        dispositions.dispose(first.id(), DispositionKind.ACCEPTED, null, List.of(), saved.revision());

        assertThatThrownBy(() -> dispositions.dispose(first.id(), DispositionKind.DECLINED, "No.", List.of(),
                saved.revision()))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.concurrent-change"));
        assertThat(dispositions.round(round.id()).get(0).disposition().kind()).isEqualTo(DispositionKind.ACCEPTED);
    }

    @Test
    void publishing_is_refused_while_comments_are_unanswered_unless_an_admin_says_why() {
        DocumentVersion draft = revisions.startNextDraft("paper").version();
        dispositions.dispose(first.id(), DispositionKind.ACCEPTED, null, List.of(), null);

        assertThatThrownBy(() -> dispositions.publish(draft.id(), "Bogotá draft", null, null, null))
                .isInstanceOfSatisfying(UserFacingException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("revision.error.undisposed");
                    assertThat(e.arguments()).containsExactly(1L);
                });

        data.signIn(data.person(GlobalRole.ADMIN));
        assertThatThrownBy(() -> dispositions.publish(draft.id(), "Bogotá draft", null, null, null))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("revision.error.override-reason"));
        DocumentVersion published = dispositions.publish(draft.id(),
                "Draft for the UCLG World Congress, Bogotá, October 2016", "Congress deadline", null, null);

        assertThat(published.status()).isEqualTo(VersionStatus.PUBLISHED);
        assertThat(published.label()).isEqualTo("Draft for the UCLG World Congress, Bogotá, October 2016");
        assertThat(published.publishedAt()).isNotNull();
    }

    @Autowired
    NotificationService notifications;

    @Test
    void publishing_tells_each_author_that_the_answer_to_their_comment_can_be_read() {
        DocumentVersion draft = revisions.startNextDraft("paper").version();
        dispositions.dispose(first.id(), DispositionKind.ACCEPTED, null, List.of(), null);
        dispositions.dispose(second.id(), DispositionKind.DECLINED, "Out of the paper's scope.", List.of(), null);
        data.signIn(author);
        assertThat(notifications.recent()).isEmpty();

        data.signIn(editor);
        dispositions.publish(draft.id(), "Bogotá draft", null, null, null);

        data.signIn(author);
        assertThat(notifications.recent()).extracting(Notification::kind)
                .containsExactly(NotificationKind.ANSWER_PUBLISHED, NotificationKind.ANSWER_PUBLISHED);
        assertThat(notifications.unreadCount()).isEqualTo(2);
    }

    @Test
    void publishing_closes_the_round_it_answers_if_it_was_still_open() {
        data.schedule(round, VersionStatus.OPEN_FOR_COMMENTS, null, null);
        DocumentVersion draft = revisions.startNextDraft("paper").version();
        dispositions.dispose(first.id(), DispositionKind.ACCEPTED, null, List.of(), null);
        dispositions.dispose(second.id(), DispositionKind.NOTED, null, List.of(), null);

        dispositions.publish(draft.id(), "Bogotá draft", null, null, null);

        DocumentVersion answered = documents.version(round.id());
        assertThat(answered.status()).isEqualTo(VersionStatus.CLOSED);
        assertThat(answered.consultationClosesAt()).isNotNull();
        data.signIn(data.person(GlobalRole.CONTRIBUTOR));
        long paragraph = data.paragraphs(round).get(0).id();
        assertThatThrownBy(() -> comments.post(paragraph, NewComment.of(CommentKind.COMMENT, "Too late?")))
                .isInstanceOf(UserFacingException.class);
    }

    @Test
    void a_published_version_cannot_be_published_again_nor_its_answers_changed() {
        DocumentVersion draft = revisions.startNextDraft("paper").version();
        dispositions.dispose(first.id(), DispositionKind.ACCEPTED, null, List.of(), null);
        Disposition answer = dispositions.dispose(second.id(), DispositionKind.NOTED, null, List.of(), null);
        dispositions.publish(draft.id(), "Bogotá", null, null, null);

        assertThatThrownBy(() -> dispositions.publish(draft.id(), "Again", null, null, null))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("version.error.already-published"));
        assertThatThrownBy(() -> dispositions.dispose(second.id(), DispositionKind.DECLINED, "Late.", List.of(),
                answer.revision()))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("revision.error.published"));
    }

    @Test
    void publishing_can_open_the_next_round() {
        DocumentVersion draft = revisions.startNextDraft("paper").version();
        dispositions.dispose(first.id(), DispositionKind.ACCEPTED, null, List.of(), null);
        dispositions.dispose(second.id(), DispositionKind.NOTED, null, List.of(), null);

        DocumentVersion published = dispositions.publish(draft.id(), "Bogotá", null, null,
                OffsetDateTime.now().plusDays(30));

        assertThat(published.status()).isEqualTo(VersionStatus.OPEN_FOR_COMMENTS);
        assertThat(published.consultationClosesAt()).isNotNull();
    }

    @Test
    void contributors_cannot_answer_comments() {
        data.signIn(data.person(GlobalRole.CONTRIBUTOR));

        assertThatThrownBy(() -> dispositions.dispose(first.id(), DispositionKind.ACCEPTED, null, List.of(), null))
                .isInstanceOf(PermissionDeniedException.class);
    }
}
