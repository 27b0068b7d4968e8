package org.parley.workbench.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import org.parley.disposition.DispositionKind;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.comment.Comment;
import org.parley.comment.CommentKind;
import org.parley.comment.CommentService;
import org.parley.comment.NewComment;
import org.parley.document.ChangeKind;
import org.parley.document.DocumentService;
import org.parley.document.DocumentVersion;
import org.parley.document.VersionStatus;
import org.parley.document.Visibility;
import org.parley.organisation.Person;
import org.parley.drafting.DraftEditingService;
import org.parley.drafting.DraftParagraph;
import org.parley.drafting.RevisionService;
import org.parley.disposition.RoundItem;
import org.parley.security.GlobalRole;
import org.parley.testsupport.MockUi;
import org.parley.testsupport.ParleyTest;
import org.parley.testsupport.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

@ParleyTest
class DraftParagraphEditorTest {

    private static final String PROPOSED = "Access to adequate and affordable housing is the foundation of inclusion.";

    @Autowired
    ApplicationContext context;
    @Autowired
    TestData data;
    @Autowired
    CommentService comments;
    @Autowired
    DocumentService documents;
    @Autowired
    RevisionService revisions;
    @Autowired
    DraftEditingService editing;

    private Person editor;
    private Comment amendment;
    private DocumentVersion draft;

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
        amendment = comments.post(paragraphs.get(0).id(), NewComment.of(CommentKind.AMENDMENT, "Say affordable.")
                .proposing(PROPOSED));
        comments.post(paragraphs.get(0).id(), NewComment.of(CommentKind.SUPPORT, "Housing first."));
        comments.post(paragraphs.get(1).id(), NewComment.of(CommentKind.OBJECTION, "Too vague."));
        editor = data.person(GlobalRole.EDITOR);
        data.signIn(editor);
        data.schedule(round, VersionStatus.CLOSED, null, null);
        draft = revisions.startNextDraft("paper").version();
        MockUi.open(context);
        MockUi.navigate("documents/paper/workbench/1");
    }

    @AfterEach
    void closeUi() {
        MockUi.close();
        data.signOut();
    }

    @Test
    void an_editor_applies_the_amendment_edits_splits_and_deletes_beside_the_feedback() {
        DraftParagraph first = paragraphs().get(0);
        String feedback = _get(Div.class, spec -> spec.withId("draft-feedback"))
                .getElement().getTextRecursively();
        assertThat(feedback).contains("Say affordable.", "Housing first.").doesNotContain("Too vague.");
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("selected"))).singleElement()
                .extracting(p -> p.getElement().getTextRecursively()).asString().endsWith("Say affordable.");

        _click(_get(Button.class, spec -> spec.withId("draft-apply-amendment-" + first.id())));
        assertThat(paragraphs().get(0).text()).isEqualTo(PROPOSED);
        assertThat(paragraphs().get(0).change()).isEqualTo(ChangeKind.EDITED);

        _setValue(_get(TextArea.class, spec -> spec.withId("draft-text-" + first.id())),
                "Affordable housing is the foundation of inclusion. It comes first.");
        _click(_get(Button.class, spec -> spec.withId("draft-down-" + first.id())));
        assertThat(_get(Span.class, spec -> spec.withId("draft-error")).getText()).startsWith("Save the text");
        assertThat(paragraphs().get(0).id()).isEqualTo(first.id());
        _click(_get(Button.class, spec -> spec.withId("draft-save-" + first.id())));
        assertThat(paragraphs().get(0).text()).isEqualTo(
                "Affordable housing is the foundation of inclusion. It comes first.");

        _click(_get(Button.class, spec -> spec.withId("draft-split-" + first.id())));
        assertThat(_get(TextArea.class, spec -> spec.withId("draft-split-first")).getValue())
                .isEqualTo("Affordable housing is the foundation of inclusion.");
        _click(_get(Button.class, spec -> spec.withId("draft-split-confirm")));
        List<DraftParagraph> split = paragraphs();
        assertThat(split).extracting(DraftParagraph::text).containsExactly(
                "Affordable housing is the foundation of inclusion.", "It comes first.",
                "Health is a fundamental right for every resident.");
        assertThat(_find(TextArea.class, spec -> spec.withId("draft-text-" + split.get(1).id()))).hasSize(1);

        _click(_get(Button.class, spec -> spec.withId("draft-delete-" + split.get(1).id())));
        _click(_get(Button.class, spec -> spec.withId("draft-delete-confirm")));
        assertThat(paragraphs()).extracting(DraftParagraph::number).containsExactly("1", "2");
        assertThat(paragraphs().get(0).change()).isEqualTo(ChangeKind.EDITED);
    }

    @Test
    void text_typed_in_one_card_survives_saving_another_and_blocks_structural_actions_until_saved() {
        DraftParagraph first = paragraphs().get(0);
        _setValue(_get(TextArea.class, spec -> spec.withId("draft-text-" + first.id())),
                "Access to adequate housing comes first. It is the foundation of inclusion.");
        _click(_get(Button.class, spec -> spec.withId("draft-save-" + first.id())));
        _click(_get(Button.class, spec -> spec.withId("draft-split-" + first.id())));
        _click(_get(Button.class, spec -> spec.withId("draft-split-confirm")));
        DraftParagraph second = paragraphs().get(1);

        _setValue(_get(TextArea.class, spec -> spec.withId("draft-text-" + second.id())),
                "It is the foundation of inclusion, for every resident.");
        _setValue(_get(TextArea.class, spec -> spec.withId("draft-text-" + first.id())),
                "Access to adequate and affordable housing comes first.");
        _click(_get(Button.class, spec -> spec.withId("draft-save-" + first.id())));

        assertThat(paragraphs().get(0).text()).isEqualTo("Access to adequate and affordable housing comes first.");
        assertThat(_get(TextArea.class, spec -> spec.withId("draft-text-" + second.id())).getValue())
                .as("the second card's unsaved text is still there after the first was saved")
                .isEqualTo("It is the foundation of inclusion, for every resident.");
        _click(_get(Button.class, spec -> spec.withId("draft-merge-" + first.id())));
        assertThat(_get(Span.class, spec -> spec.withId("draft-error")).getText()).startsWith("Save the text");
        assertThat(paragraphs()).hasSize(3);
    }

    @Test
    @SuppressWarnings("unchecked")
    void unsaved_draft_text_keeps_the_comment_selected_and_the_answer_unsaved_until_it_is_saved() {
        DraftParagraph first = paragraphs().get(0);
        TextArea text = _get(TextArea.class, spec -> spec.withId("draft-text-" + first.id()));
        _setValue(text, "Affordable housing is the foundation of inclusion.");

        Grid<RoundItem> grid =
                _get(Grid.class, spec -> spec.withId("round-items"));
        var selected = grid.asSingleSelect().getValue();
        var other = grid.getListDataView().getItems().filter(i -> i != selected && i.comment().id() != selected
                .comment().id()).reduce((a, b) -> b).orElseThrow();
        grid.getSelectionModel().selectFromClient(other);
        assertThat(grid.asSingleSelect().getValue().comment().id()).isEqualTo(selected.comment().id());
        assertThat(_get(Span.class, spec -> spec.withId("draft-error")).getText()).startsWith("Save the text of the draft");

        _setValue(_get(Select.class, spec -> spec.withId("disposition-kind")),
                DispositionKind.NOTED);
        _click(_get(Button.class, spec -> spec.withId("disposition-save")));
        assertThat(_get(Span.class, spec -> spec.withId("disposition-error")).getText())
                .startsWith("Save the text of the draft");
        assertThat(text.getValue()).isEqualTo("Affordable housing is the foundation of inclusion.");

        _click(_get(Button.class, spec -> spec.withId("draft-save-" + first.id())));
        _click(_get(Button.class, spec -> spec.withId("disposition-save")));
        assertThat(paragraphs().get(0).text()).isEqualTo("Affordable housing is the foundation of inclusion.");
        assertThat(grid.asSingleSelect().getValue().comment().id()).as("answered: on to the next")
                .isNotEqualTo(selected.comment().id());
    }

    @Test
    void a_conflicting_save_shows_both_texts_and_keeps_the_editors_text() {
        DraftParagraph first = paragraphs().get(0);
        editing.editText(first.id(), "Saved by a colleague meanwhile.", first.revision());

        TextArea text = _get(TextArea.class, spec -> spec.withId("draft-text-" + first.id()));
        _setValue(text, "My own wording.");
        _click(_get(Button.class, spec -> spec.withId("draft-save-" + first.id())));

        assertThat(_get(Span.class, spec -> spec.withId("draft-error")).getText())
                .startsWith("Someone else saved paragraph 1");
        assertThat(_get(Paragraph.class, spec -> spec.withId("draft-conflict-theirs-" + first.id())).getText())
                .isEqualTo("Saved by a colleague meanwhile.");
        assertThat(text.getValue()).isEqualTo("My own wording.");
        assertThat(paragraphs().get(0).text()).isEqualTo("Saved by a colleague meanwhile.");

        _setValue(text, "My own wording, with the colleague's.");
        _click(_get(Button.class, spec -> spec.withId("draft-save-" + first.id())));
        assertThat(paragraphs().get(0).text()).isEqualTo("My own wording, with the colleague's.");
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_amendment_on_a_changed_paragraph_shows_the_three_texts_to_combine() {
        DraftParagraph first = paragraphs().get(0);
        editing.editText(first.id(), "Access to adequate housing is the first step of inclusion.", 0);
        Grid<RoundItem> grid = _get(Grid.class, spec -> spec.withId("round-items"));
        grid.getListDataView().getItems().filter(i -> i.comment().id() == amendment.id()).findFirst()
                .ifPresent(grid::select);

        _click(_get(Button.class, spec -> spec.withId("draft-apply-amendment-" + first.id())));

        assertThat(_get(Paragraph.class, spec -> spec.withId("draft-amendment-original-" + first.id())).getText())
                .isEqualTo("Access to adequate housing is the foundation of inclusion.");
        assertThat(_get(Paragraph.class, spec -> spec.withId("draft-amendment-current-" + first.id())).getText())
                .isEqualTo("Access to adequate housing is the first step of inclusion.");
        assertThat(_get(Paragraph.class, spec -> spec.withId("draft-amendment-proposed-" + first.id())).getText())
                .isEqualTo(PROPOSED);
        assertThat(paragraphs().get(0).text()).isEqualTo("Access to adequate housing is the first step of inclusion.");

        _setValue(_get(TextArea.class, spec -> spec.withId("draft-combined-" + first.id())),
                "Access to adequate and affordable housing is the first step of inclusion.");
        _click(_get(Button.class, spec -> spec.withId("draft-combined-save-" + first.id())));
        assertThat(paragraphs().get(0).text())
                .isEqualTo("Access to adequate and affordable housing is the first step of inclusion.");
    }

    private List<DraftParagraph> paragraphs() {
        return editing.paragraphs(draft.id());
    }
}
