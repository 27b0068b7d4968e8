package org.parley.comment.ui;

import com.vaadin.flow.component.html.Anchor;
import com.github.mvysny.kaributesting.v23.VirtualListsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.virtuallist.VirtualList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.base.ui.WordDiffView;
import org.parley.comment.CommentKind;
import org.parley.comment.CommentService;
import org.parley.comment.NewComment;
import org.parley.document.ChangeKind;
import org.parley.document.DocumentService;
import org.parley.document.DocumentVersion;
import org.parley.document.Paragraph;
import org.parley.document.ParagraphOrigin;
import org.parley.document.Visibility;
import org.parley.document.importing.ParsedDocument;
import org.parley.document.importing.ParsedParagraph;
import org.parley.organisation.MembershipRole;
import org.parley.organisation.NewOrganisation;
import org.parley.organisation.Organisation;
import org.parley.organisation.OrganisationKind;
import org.parley.organisation.OrganisationService;
import org.parley.organisation.Person;
import org.parley.disposition.DispositionKind;
import org.parley.disposition.DispositionService;
import org.parley.security.GlobalRole;
import org.parley.security.SystemActor;
import org.parley.testsupport.MockUi;
import org.parley.testsupport.ParleyTest;
import org.parley.testsupport.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** Version 2 of a paper shows the comments of version 1: in the thread panel, in the margin, on removed text. */
@ParleyTest
class CarriedCommentsViewTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    TestData data;
    @Autowired
    OrganisationService organisations;
    @Autowired
    CommentService comments;
    @Autowired
    DocumentService documents;
    @Autowired
    DispositionService dispositions;

    private List<Paragraph> first;

    @BeforeEach
    void twoVersions() {
        data.reset();
        DocumentVersion v1 = data.openDocument("paper", Visibility.PUBLIC, """
                # Paper

                1. Cities receive most newcomers.

                2. Regions coordinate services.

                3. National quotas decide everything.
                """).latest();
        first = data.paragraphs(v1);
        Organisation africa = SystemActor.call(() -> organisations.createOrganisation(new NewOrganisation(
                OrganisationKind.REGIONAL_SECTION, "UCLG Africa", "Africa", null, null)));
        Person focalPoint = data.person(GlobalRole.CONTRIBUTOR);
        data.membership(focalPoint, africa, MembershipRole.FOCAL_POINT);
        data.signIn(focalPoint);
        var objection = comments.post(first.get(0).id(),
                NewComment.of(CommentKind.OBJECTION, "Towns too.").onBehalfOf(africa.id()));
        comments.post(first.get(2).id(), NewComment.of(CommentKind.OBJECTION, "Quotas do not decide."));
        data.signIn(data.person(GlobalRole.EDITOR));
        DocumentVersion v2 = documents.addVersion(v1.documentId(), new ParsedDocument("Paper", List.of(), List.of(
                        new ParsedParagraph(null, "1", "Cities and towns receive most newcomers."),
                        new ParsedParagraph(null, "2", "Regions coordinate services."))),
                List.of(new ParagraphOrigin(List.of(first.get(0).id()), ChangeKind.EDITED, first.get(0).lineageId()),
                        new ParagraphOrigin(List.of(first.get(1).id()), ChangeKind.UNCHANGED,
                                first.get(1).lineageId())));
        Paragraph cities = data.paragraphs(v2).get(0);
        dispositions.dispose(objection.id(), DispositionKind.PARTLY_ACCEPTED, "Towns added; villages not.",
                List.of(cities.id()), null);
        SystemActor.run(() -> documents.publish(v2.id(), "Bogotá", null, null, null));
        data.signIn(data.person(GlobalRole.CONTRIBUTOR));
        MockUi.open(context);
        MockUi.navigate("documents/paper/v/2");
    }

    @AfterEach
    void closeUi() {
        MockUi.close();
        data.signOut();
    }

    @Test
    void thread_panel_shows_the_comments_of_earlier_versions_with_answer_and_changes() {
        assertThat(margin(0).attr("aria-label")).contains("1 on earlier versions");
        // the margin's badges are one piece of HTML, not components
        assertThat(margin(0).html()).containsOnlyOnce("carried-count");
        assertThat(margin(1).html()).doesNotContain("carried-count");

        MarginOnScreen.click(0);

        Div earlier = _get(Div.class, spec -> spec.withId("thread-earlier"));
        assertThat(earlier.isVisible()).isTrue();
        assertThat(textOf(earlier, "carried-where")).isEqualTo("On version 1, paragraph " + first.get(0).number());
        assertThat(_get(earlier, Anchor.class).getHref())
                .isEqualTo("documents/paper/v/1#" + first.get(0).anchor() + "/comments");
        Div card = _get(earlier, Div.class, spec -> spec.withClasses("carried-card"));
        assertThat(textOf(card, "comment-organisation")).isEqualTo("UCLG Africa");
        assertThat(textOf(card, "comment-kind")).contains("Objection");
        assertThat(textOf(card, "comment-body")).isEqualTo("Towns too.");
        assertThat(textOf(card, "disposition-kind")).isEqualTo("Partly accepted");
        assertThat(textOf(card, "disposition-reason")).isEqualTo("Towns added; villages not.");
        assertThat(card.getElement().getAttribute("dir")).isNull();
        assertThat(_get(card, Div.class, spec -> spec.withClasses("comment-body")).getElement().getAttribute("dir"))
                .isEqualTo("auto");
        Details then = _get(earlier, Details.class);
        assertThat(then.isOpened()).isFalse();
        assertThat(textOf(earlier, "carried-old-text")).isEqualTo("Cities receive most newcomers.");
        WordDiffView diff = _get(earlier, WordDiffView.class);
        assertThat(diff.getElement().getChildren().filter(e -> !e.isTextNode() && "ins".equals(e.getTag())).map(e -> e.getText()))
                .containsExactly("and towns ");
    }

    @Test
    void removed_text_button_opens_the_comments_with_the_text_they_referred_to() {
        Button open = _get(Button.class, spec -> spec.withId("removed-text-open"));
        assertThat(open.getText()).isEqualTo("On removed text (1)");

        _click(open);

        RemovedTextDialog dialog = _get(RemovedTextDialog.class);
        assertThat(dialog.isOpened()).isTrue();
        assertThat(textOf(dialog, "removed-text")).isEqualTo("National quotas decide everything.");
        assertThat(textOf(dialog, "comment-body")).isEqualTo("Quotas do not decide.");
        assertThat(textOf(dialog, "carried-where")).isEqualTo("On version 1, paragraph " + first.get(2).number());
        assertThat(textOf(dialog, "comment-note")).isEqualTo("No published answer yet.");
    }

    @Test
    void version_one_has_no_earlier_section_and_no_removed_text_button() {
        MockUi.navigate("documents/paper/v/1");
        MarginOnScreen.click(0);

        assertThat(_find(Div.class, spec -> spec.withId("thread-earlier"))).as("hidden").isEmpty();
        assertThat(_get(ThreadPanel.class).isVisible()).isTrue();
        assertThat(_find(Button.class, spec -> spec.withId("removed-text-open"))).isEmpty();
    }

    private static String textOf(Component within, String className) {
        return _get(within, Component.class, spec -> spec.withClasses(className)).getElement().getTextRecursively();
    }

    private static org.jsoup.nodes.Element margin(int row) {
        return MarginOnScreen.margin(row);
    }
}
