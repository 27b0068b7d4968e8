package org.parley.comment;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.document.DocumentVersion;
import org.parley.document.Paragraph;
import org.parley.document.Visibility;
import org.parley.organisation.Person;
import org.parley.security.GlobalRole;
import org.parley.testsupport.ParleyTest;
import org.parley.testsupport.TestData;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Opening a thread reads what its reader was notified about it, and nothing else. */
@ParleyTest
class ThreadNotificationsReadTest {

    @Autowired
    CommentService comments;
    @Autowired
    CommentQueryService queries;
    @Autowired
    NotificationService notifications;
    @Autowired
    TestData data;

    Paragraph p1;
    Paragraph p2;
    Person author;
    Person replier;
    Comment authors;

    @BeforeEach
    void setUp() {
        data.reset();
        DocumentVersion version = data.openDocument("paper", Visibility.PUBLIC,
                "# Paper\n\n1. Housing first.\n\n2. Health care for all.\n").latest();
        p1 = data.paragraphs(version).get(0);
        p2 = data.paragraphs(version).get(1);
        author = data.person(GlobalRole.CONTRIBUTOR);
        replier = data.person(GlobalRole.CONTRIBUTOR);
        authors = post(author, p1, NewComment.of(CommentKind.COMMENT, "Cities need funding."));
        Comment reply = post(replier, p1, NewComment.of(CommentKind.COMMENT, "Which funding?").replyTo(authors.id()));
        post(author, p1, NewComment.of(CommentKind.COMMENT, "National funding.").replyTo(reply.id()));
    }

    @Test
    void opening_the_thread_reads_the_reader_s_notifications_about_it_and_not_the_other_person_s() {
        assertThat(unread(author)).isEqualTo(1);
        assertThat(unread(replier)).as("the author answered the reply").isEqualTo(1);

        data.as(author, () -> queries.openThread(p1.id(), CommentFilter.ALL));

        assertThat(unread(author)).isZero();
        assertThat(unread(replier)).isEqualTo(1);
    }

    @Test
    void the_reader_s_notifications_about_other_threads_stay_unread() {
        Comment onP2 = post(author, p2, NewComment.of(CommentKind.COMMENT, "Clinics for everyone."));
        Comment replyOnP2 = post(replier, p2, NewComment.of(CommentKind.COMMENT, "Agreed.").replyTo(onP2.id()));
        assertThat(unread(author)).isEqualTo(2);

        data.as(author, () -> queries.openThread(p1.id(), CommentFilter.ALL));

        List<Notification> unread = data.as(author, notifications::recent).stream().filter(n -> !n.read()).toList();
        assertThat(unread).extracting(Notification::commentId).containsExactly(replyOnP2.id());
    }

    @Test
    void reading_the_thread_as_the_api_does_leaves_notifications_unread() {
        data.as(author, () -> queries.thread(p1.id(), CommentFilter.ALL));

        assertThat(unread(author)).isEqualTo(1);
    }

    @Test
    void an_anonymous_reader_opening_the_thread_reads_nobody_s_notifications() {
        assertThat(queries.openThread(p1.id(), CommentFilter.ALL)).hasSize(3);

        assertThat(unread(author)).isEqualTo(1);
        assertThat(unread(replier)).isEqualTo(1);
    }

    private Comment post(Person person, Paragraph paragraph, NewComment comment) {
        return data.as(person, () -> comments.post(paragraph.id(), comment));
    }

    private int unread(Person person) {
        return data.as(person, notifications::unreadCount);
    }
}
