package org.parley.workbench.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.comment.CommentKind;
import org.parley.comment.CommentService;
import org.parley.comment.NewComment;
import org.parley.document.DocumentService;
import org.parley.document.DocumentVersion;
import org.parley.document.VersionStatus;
import org.parley.document.Visibility;
import org.parley.disposition.DispositionKind;
import org.parley.disposition.RoundItem;
import org.parley.security.GlobalRole;
import org.parley.testsupport.MockUi;
import org.parley.testsupport.ParleyTest;
import org.parley.testsupport.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

@ParleyTest
class WorkbenchViewTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    TestData data;
    @Autowired
    CommentService comments;
    @Autowired
    DocumentService documents;

    @BeforeEach
    void setUp() {
        data.reset();
        DocumentVersion round = data.openDocument("paper", Visibility.PUBLIC, """
                # Paper

                1. Access to adequate housing is the foundation of inclusion.

                2. Health is a fundamental right for every resident.
                """).latest();
        var paragraphs = data.paragraphs(round);
        data.signIn(data.person(GlobalRole.CONTRIBUTOR));
        comments.post(paragraphs.get(0).id(), NewComment.of(CommentKind.SUPPORT, "We agree."));
        comments.post(paragraphs.get(1).id(), NewComment.of(CommentKind.OBJECTION, "Too vague."));
        data.signIn(data.person(GlobalRole.EDITOR));
        data.schedule(round, VersionStatus.CLOSED, null, null);
    }

    @AfterEach
    void closeUi() {
        MockUi.close();
        data.signOut();
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_editor_answers_every_comment_starts_the_draft_and_publishes_it() {
        MockUi.open(context);
        MockUi.navigate("documents/paper/workbench/1");

        Grid<RoundItem> grid = _get(Grid.class, spec -> spec.withId("round-items"));
        assertThat(_size(grid)).isEqualTo(2);
        assertThat(_get(Span.class, spec -> spec.withId("workbench-progress-text")).getText())
                .isEqualTo("0 of 2 comments answered");

        _click(_get(Button.class, spec -> spec.withId("start-draft")));
        answer(DispositionKind.ACCEPTED, "");
        answer(DispositionKind.DECLINED, "");
        assertThat(_get(Span.class, spec -> spec.withId("disposition-error")).getText())
                .isEqualTo("Give a reason: the commenter will read it.");
        answer(DispositionKind.DECLINED, "Already covered by paragraph 1.");

        assertThat(_get(Span.class, spec -> spec.withId("workbench-progress-text")).getText())
                .isEqualTo("2 of 2 comments answered");
        assertThat(grid.getColumns()).as("re-rendering after each answer adds no columns").hasSize(4);
        _click(_get(Button.class, spec -> spec.withId("publish-draft")));
        _setValue(_get(TextField.class, spec -> spec.withId("publish-milestone")),
                "Draft for the UCLG World Congress, Bogotá, October 2016");
        _click(_get(Button.class, spec -> spec.withId("publish-confirm")));

        DocumentVersion published = documents.version("paper", 2);
        assertThat(published.status()).isEqualTo(VersionStatus.PUBLISHED);
        assertThat(published.label()).isEqualTo("Draft for the UCLG World Congress, Bogotá, October 2016");
    }

    @Test
    @SuppressWarnings("unchecked")
    void publishing_with_unanswered_comments_is_refused_in_the_dialog() {
        MockUi.open(context);
        MockUi.navigate("documents/paper/workbench/1");
        _click(_get(Button.class, spec -> spec.withId("start-draft")));

        _click(_get(Button.class, spec -> spec.withId("publish-draft")));
        _setValue(_get(TextField.class, spec -> spec.withId("publish-milestone")), "Bogotá");
        _click(_get(Button.class, spec -> spec.withId("publish-confirm")));

        assertThat(_get(Span.class, spec -> spec.withId("publish-error")).getText()).startsWith("2 comments of the round");
        assertThat(documents.version("paper", 2).status()).isEqualTo(VersionStatus.DRAFT);
    }

    @SuppressWarnings("unchecked")
    private void answer(DispositionKind kind, String reason) {
        _setValue(_get(Select.class, spec -> spec.withId("disposition-kind")), kind);
        _setValue(_get(TextArea.class, spec -> spec.withId("disposition-reason")), reason);
        _click(_get(Button.class, spec -> spec.withId("disposition-save")));
    }
}
