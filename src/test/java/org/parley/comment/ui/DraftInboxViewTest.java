package org.parley.comment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.comment.CommentKind;
import org.parley.comment.CommentService;
import org.parley.comment.CommentStatus;
import org.parley.comment.NewComment;
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
import org.parley.testsupport.MockUi;
import org.parley.testsupport.ParleyTest;
import org.parley.testsupport.TestClock;
import org.parley.testsupport.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

@ParleyTest
class DraftInboxViewTest {

    static final OffsetDateTime OPENS = OffsetDateTime.of(2031, 3, 1, 9, 0, 0, 0, ZoneOffset.UTC);
    static final OffsetDateTime NOW = OffsetDateTime.of(2031, 3, 10, 12, 0, 0, 0, ZoneOffset.UTC);

    @Autowired
    ApplicationContext context;
    @Autowired
    TestData data;
    @Autowired
    TestClock clock;
    @Autowired
    CommentService comments;
    @Autowired
    OrganisationService organisations;

    @BeforeEach
    void resetData() {
        data.reset();
        clock.set(NOW);
    }

    @AfterEach
    void closeUi() {
        MockUi.close();
        data.signOut();
    }

    @Test
    void a_focal_point_reads_a_waiting_draft_in_french_and_approves_it_from_the_inbox() {
        DocumentVersion version = data.openDocument("paper", "# Paper\n\n1. Housing first.\n", OPENS,
                OPENS.plusMonths(2)).latest();
        Paragraph paragraph = data.paragraphs(version).get(0);
        Organisation tunis = SystemActor.call(() -> organisations.createOrganisation(new NewOrganisation(
                OrganisationKind.LOCAL_GOVERNMENT, "City of Tunis", "Tunis", null, null, "Ville de Tunis", null)));
        Person focal = data.person(GlobalRole.CONTRIBUTOR);
        data.membership(focal, tunis, MembershipRole.FOCAL_POINT);
        Person member = data.person(GlobalRole.CONTRIBUTOR);
        data.membership(member, tunis, MembershipRole.MEMBER);
        data.signIn(member);
        var draft = comments.post(paragraph.id(), NewComment.of(CommentKind.QUESTION, "Who pays?").onBehalfOf(tunis.id()));
        data.signOut();
        clock.advance(Duration.ofMinutes(5));

        data.signIn(focal);
        MockUi.open(context).setLocale(Locale.FRENCH);
        MockUi.navigate("drafts");

        Div card = _get(Div.class, spec -> spec.withClasses("draft-card"));
        assertThat(_get(card, Span.class, spec -> spec.withClasses("draft-meta")).getText())
                .isEqualTo("Question de " + member.displayName() + " pour Ville de Tunis, il y a 5 minutes");
        _click(_get(card, Button.class, spec -> spec.withClasses("approve-draft")));

        assertThat(_find(Div.class, spec -> spec.withClasses("draft-card"))).isEmpty();
        assertThat(statusOf(draft.id())).isEqualTo(CommentStatus.PUBLISHED);
    }

    @Autowired
    org.jooq.DSLContext dsl;

    private CommentStatus statusOf(long commentId) {
        return CommentStatus.valueOf(String.valueOf(dsl.fetchValue("select status from comment where id = ?", commentId)));
    }
}
