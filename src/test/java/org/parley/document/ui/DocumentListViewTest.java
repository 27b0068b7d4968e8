package org.parley.document.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.document.DocumentService;
import org.parley.document.DocumentSummary;
import org.parley.document.Visibility;
import org.parley.security.GlobalRole;
import org.parley.security.SystemActor;
import org.parley.testsupport.MockUi;
import org.parley.testsupport.ParleyTest;
import org.parley.testsupport.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.nio.charset.StandardCharsets;
import java.util.List;

@ParleyTest
class DocumentListViewTest {

    private static final String MARKDOWN = "# Paper\n\n## I. Scope\n\n1. First.\n\n2. Second.\n";

    @Autowired
    ApplicationContext context;
    @Autowired
    TestData data;
    @Autowired
    DocumentService documents;

    @BeforeEach
    void createDocuments() {
        data.reset();
        data.openDocument("public-paper", Visibility.PUBLIC, MARKDOWN);
        data.openDocument("members-note", Visibility.MEMBERS, MARKDOWN);
    }

    @AfterEach
    void closeUi() {
        MockUi.close();
        data.signOut();
    }

    @Test
    void anonymous_reader_sees_only_public_documents() {
        MockUi.open(context);

        Grid<DocumentSummary> grid = documentGrid();
        assertThat(rows(grid)).extracting(s -> s.document().slug()).containsExactly("public-paper");
        RouterLink title = titleLink(grid, rows(grid).get(0));
        assertThat(title.getText()).isEqualTo("Document public-paper");
        assertThat(title.getHref()).isEqualTo("documents/public-paper/v/1");
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("Open for comments");
    }

    @Test
    void signed_in_reader_sees_members_documents_but_no_import_button() {
        data.signIn(data.person(GlobalRole.READER));
        MockUi.open(context);

        assertThat(rows(documentGrid())).extracting(s -> s.document().slug())
                .containsExactlyInAnyOrder("public-paper", "members-note");
        _assertNone(Button.class, spec -> spec.withId("import-document"));
    }

    @Test
    void editor_sees_the_import_button() {
        data.signIn(data.person(GlobalRole.EDITOR));
        MockUi.open(context);

        assertThat(_get(Button.class, spec -> spec.withId("import-document")).getText())
                .isEqualTo("Import a document");
    }

    @Test
    void import_without_a_file_asks_for_one_and_keeps_the_form() {
        data.signIn(data.person(GlobalRole.EDITOR));
        MockUi.open(context);
        _click(_get(Button.class, spec -> spec.withId("import-document")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Title")), "My paper");

        _click(_get(Button.class, spec -> spec.withId("import-submit")));

        assertThat(_get(Span.class, spec -> spec.withId("import-error")).getText())
                .isEqualTo("Choose a file to import.");
        assertThat(_get(TextField.class, spec -> spec.withLabel("Title")).getValue()).isEqualTo("My paper");
    }

    @Test
    void import_with_a_bad_slug_shows_the_refusal_and_keeps_the_typed_title() {
        data.signIn(data.person(GlobalRole.EDITOR));
        MockUi.open(context);
        _click(_get(Button.class, spec -> spec.withId("import-document")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Title")), "My paper");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Short name in links")), "Not A Slug!");
        UploadKt._upload(_get(Upload.class), "paper.md", MARKDOWN.getBytes(StandardCharsets.UTF_8));

        _click(_get(Button.class, spec -> spec.withId("import-submit")));

        assertThat(_get(Span.class, spec -> spec.withId("import-error")).getText()).isEqualTo(
                "The short name must be 1 to 80 lower-case letters, digits or hyphens (e.g. policy-paper-2016).");
        assertThat(_get(TextField.class, spec -> spec.withLabel("Title")).getValue()).isEqualTo("My paper");
        assertThat(SystemActor.call(documents::readableDocuments)).hasSize(2);
    }

    @Test
    void import_with_a_good_file_adds_the_document_to_the_list() {
        data.signIn(data.person(GlobalRole.EDITOR));
        MockUi.open(context);
        _click(_get(Button.class, spec -> spec.withId("import-document")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Title")), "My paper");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Short name in links")), "my-paper");
        UploadKt._upload(_get(Upload.class), "paper.md", MARKDOWN.getBytes(StandardCharsets.UTF_8));

        _click(_get(Button.class, spec -> spec.withId("import-submit")));

        assertThat(rows(documentGrid())).extracting(s -> s.document().slug()).contains("my-paper");
    }

    @SuppressWarnings("unchecked")
    private static Grid<DocumentSummary> documentGrid() {
        return _get(Grid.class, spec -> spec.withId("documents"));
    }

    private static List<DocumentSummary> rows(Grid<DocumentSummary> grid) {
        return grid.getGenericDataView().getItems().toList();
    }

    @SuppressWarnings("unchecked")
    private static RouterLink titleLink(Grid<DocumentSummary> grid, DocumentSummary row) {
        var renderer = (ComponentRenderer<RouterLink, DocumentSummary>) grid.getColumns().get(0).getRenderer();
        return renderer.createComponent(row);
    }
}
