package org.parley.comment;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.parley.document.Visibility;
import org.parley.organisation.NewPerson;
import org.parley.organisation.OrganisationService;
import org.parley.organisation.Person;
import org.parley.security.GlobalRole;
import org.parley.security.SystemActor;
import org.parley.testsupport.ParleyTest;
import org.parley.testsupport.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** The e-mail digest through a real SMTP server (GreenMail) on loopback. */
@ParleyTest
@TestPropertySource(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3025",
        "parley.mail.from=parley@uclg.example", "parley.base-url=https://parley.example"})
class NotificationDigestTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP)
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @Autowired
    TestData data;
    @Autowired
    CommentService comments;
    @Autowired
    NotificationDigest digest;
    @Autowired
    OrganisationService organisations;

    private Person author;

    @BeforeEach
    void aReplyToAFrenchSpeaker() {
        data.reset();
        var version = data.openDocument("paper", Visibility.PUBLIC, "# Paper\n\n1. Housing first.\n").latest();
        author = SystemActor.call(() -> organisations.createPerson(
                new NewPerson("nadia@uclg.example", "Nadia", "fr", GlobalRole.CONTRIBUTOR), TestData.PASSWORD));
        data.signIn(author);
        Comment question = comments.post(data.paragraphs(version).get(0).id(),
                NewComment.of(CommentKind.QUESTION, "Which cities?"));
        data.signIn(data.person(GlobalRole.EDITOR));
        comments.post(question.paragraphId(), NewComment.of(CommentKind.COMMENT, "Tangier and Tunis.")
                .replyTo(question.id()));
        data.signOut();
    }

    @Test
    void unread_notifications_are_mailed_once_in_the_readers_language() throws Exception {
        digest.sendDigests();

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("nadia@uclg.example");
        assertThat(received[0].getSubject()).isEqualTo("Parley : 1 nouvelle notification");
        assertThat(GreenMailUtil.getBody(received[0])).contains("https://parley.example/documents/paper/v/1#p-1");

        digest.sendDigests();
        assertThat(smtp.getReceivedMessages()).as("already mailed").hasSize(1);
    }
}
