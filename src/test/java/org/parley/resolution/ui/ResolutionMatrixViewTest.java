package org.parley.resolution.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.comment.CommentKind;
import org.parley.comment.CommentService;
import org.parley.comment.NewComment;
import org.parley.document.DocumentVersion;
import org.parley.document.VersionStatus;
import org.parley.document.Visibility;
import org.parley.organisation.MembershipRole;
import org.parley.organisation.Organisation;
import org.parley.organisation.OrganisationKind;
import org.parley.organisation.Person;
import org.parley.disposition.DispositionKind;
import org.parley.disposition.DispositionService;
import org.parley.resolution.ResolutionFilter;
import org.parley.resolution.ResolutionRow;
import org.parley.drafting.RevisionService;
import org.parley.security.GlobalRole;
import org.parley.testsupport.MockUi;
import org.parley.testsupport.ParleyTest;
import org.parley.testsupport.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

@ParleyTest
class ResolutionMatrixViewTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    TestData data;
    @Autowired
    CommentService comments;
    @Autowired
    DispositionService dispositions;
    @Autowired
    RevisionService revisions;

    private Organisation africa;
    private Person editor;

    @BeforeEach
    void setUp() {
        data.reset();
        DocumentVersion round = data.openDocument("paper", Visibility.PUBLIC, """
                # Paper

                ## Housing

                1. Access to adequate housing is the foundation of inclusion.

                ## Health

                2. Health is a fundamental right for every resident.

                3. Clinics serve every resident whatever their status.
                """).latest();
        var paragraphs = data.paragraphs(round);
        africa = data.organisation(OrganisationKind.REGIONAL_SECTION);
        Person member = data.person(GlobalRole.CONTRIBUTOR);
        data.membership(member, africa, MembershipRole.FOCAL_POINT);
        data.signIn(member);
        long support = comments.post(paragraphs.get(0).id(), NewComment.of(CommentKind.SUPPORT, "We agree.")
                .onBehalfOf(africa.id())).id();
        comments.post(paragraphs.get(1).id(), NewComment.of(CommentKind.OBJECTION, "Too vague."));
        comments.post(paragraphs.get(2).id(), NewComment.of(CommentKind.QUESTION, "Which clinics?")
                .onBehalfOf(africa.id()));
        editor = data.person(GlobalRole.EDITOR);
        data.signIn(editor);
        data.schedule(round, VersionStatus.CLOSED, null, null);
        var draft = revisions.startNextDraft("paper");
        dispositions.dispose(support, DispositionKind.ACCEPTED, "Kept as it is.",
                List.of(draft.paragraphs().get(0).id()), null);
    }

    @AfterEach
    void closeUi() {
        MockUi.close();
        data.signOut();
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_editor_filters_the_matrix_by_disposition_kind_section_organisation_and_text() {
        MockUi.open(context);
        MockUi.navigate("documents/paper/resolution/1");
        Grid<ResolutionRow> grid = _get(Grid.class, spec -> spec.withId("resolution-rows"));
        assertThat(_size(grid)).isEqualTo(3);
        assertThat(_get(grid, 0).disposition()).isEqualTo(DispositionKind.ACCEPTED);
        assertThat(_get(grid, 0).resultingParagraphs()).containsExactly("1");
        assertThat(_get(grid, 0).section()).isEqualTo("Housing");

        _setValue(_get(ComboBox.class, spec -> spec.withId("filter-disposition")), ResolutionFilter.UNANSWERED);
        assertThat(_size(grid)).isEqualTo(2);
        _setValue(_get(ComboBox.class, spec -> spec.withId("filter-organisation")), africa.name());
        assertThat(_size(grid)).isEqualTo(1);
        assertThat(_get(grid, 0).text()).isEqualTo("Which clinics?");
        assertThat(_get(Span.class, spec -> spec.withId("resolution-count")).getText()).isEqualTo("1 of 3 comments");

        _setValue(_get(ComboBox.class, spec -> spec.withId("filter-organisation")), null);
        _setValue(_get(ComboBox.class, spec -> spec.withId("filter-disposition")), null);
        _setValue(_get(ComboBox.class, spec -> spec.withId("filter-section")), "Health");
        assertThat(_size(grid)).isEqualTo(2);
        _setValue(_get(ComboBox.class, spec -> spec.withId("filter-kind")), CommentKind.OBJECTION);
        assertThat(_size(grid)).isEqualTo(1);
        _setValue(_get(ComboBox.class, spec -> spec.withId("filter-kind")), null);
        _setValue(_get(TextField.class, spec -> spec.withId("filter-text")), "CLINICS");
        assertThat(_size(grid)).isEqualTo(1);
        assertThat(_find(Anchor.class, spec -> spec.withId("download-filtered-xlsx"))).hasSize(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_address_sets_the_first_filter() {
        MockUi.open(context);
        UI.getCurrent().navigate("documents/paper/resolution/1",
                QueryParameters.fromString("disposition=UNANSWERED&section=Health"));

        Grid<ResolutionRow> grid = _get(Grid.class, spec -> spec.withId("resolution-rows"));
        assertThat(_size(grid)).isEqualTo(2);
        assertThat(_get(ComboBox.class, spec -> spec.withId("filter-section")).getValue()).isEqualTo("Health");
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_reader_sees_the_comments_but_not_the_answers_before_the_next_version_is_published() {
        data.signIn(data.person(GlobalRole.CONTRIBUTOR));
        MockUi.open(context);
        MockUi.navigate("documents/paper/resolution/1");

        Grid<ResolutionRow> grid = _get(Grid.class, spec -> spec.withId("resolution-rows"));
        assertThat(_size(grid)).isEqualTo(3);
        assertThat(List.of(_get(grid, 0), _get(grid, 1), _get(grid, 2)))
                .allSatisfy(row -> assertThat(row.disposition()).isNull());
        assertThat(_get(Paragraph.class).getText())
                .isEqualTo("The answers are shown here once the next version is published.");
        assertThat(_find(Anchor.class, spec -> spec.withText("Editors' workbench"))).isEmpty();
    }

    @Test
    void the_reading_view_links_to_the_matrix_of_a_version_that_had_a_round_only() {
        MockUi.open(context);
        MockUi.navigate("documents/paper/v/1");
        assertThat(_get(Anchor.class, spec -> spec.withId("resolution-link")).getHref())
                .isEqualTo("documents/paper/resolution/1");

        MockUi.navigate("documents/paper/v/2");
        assertThat(_find(Anchor.class, spec -> spec.withId("resolution-link"))).isEmpty();
    }

    @Test
    void the_workbench_shows_progress_per_section_and_organisation_linked_to_the_filtered_matrix() {
        MockUi.open(context);
        MockUi.navigate("documents/paper/workbench/1");

        Details progress = _get(Details.class, spec -> spec.withId("round-progress"));
        List<String> lines = _find(progress, Div.class).stream()
                .filter(d -> d.hasClassName("progress-complete") || d.hasClassName("progress-open"))
                .map(d -> d.getElement().getTextRecursively()).toList();
        assertThat(lines).containsExactly("Housing 1/1", "Health 0/2", africa.name() + " 1/2",
                "In their own name 0/1");
        assertThat(_find(progress, Anchor.class)).extracting(Anchor::getHref)
                .contains("documents/paper/resolution/1?disposition=UNANSWERED&section=Health");
        assertThat(_find(Anchor.class, spec -> spec.withText("Resolution matrix"))).hasSize(1);
    }
}
