package org.parley.comparison.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.base.ui.ErrorView;
import org.parley.document.Visibility;
import org.parley.disposition.DispositionService;
import org.parley.drafting.RevisionProposal;
import org.parley.drafting.RevisionService;
import org.parley.security.GlobalRole;
import org.parley.testsupport.MockUi;
import org.parley.testsupport.ParleyTest;
import org.parley.testsupport.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

@ParleyTest
class ComparisonViewTest {

    private static final String DRAFT = """
            # Paper

            1. Access to adequate housing is the foundation of inclusion.

            2. Municipal policies rarely target \\<migrants\\> explicitly.

            3. Health is a fundamental right for every resident.
            """;

    @Autowired
    ApplicationContext context;
    @Autowired
    TestData data;
    @Autowired
    RevisionService revisions;
    @Autowired
    DispositionService dispositions;

    @BeforeEach
    void setUp() {
        data.reset();
        data.openDocument("paper", Visibility.PUBLIC, DRAFT);
        data.signIn(data.person(GlobalRole.EDITOR));
        RevisionProposal proposal = revisions.proposeRevision("paper", "revised.md", """
                # Paper

                1. Access to adequate and affordable housing is the foundation of inclusion.

                2. Health is a fundamental right for every resident.

                3. Every city should publish a yearly report on the reception of newcomers.
                """.getBytes(StandardCharsets.UTF_8));
        long version = revisions.acceptProposal(proposal.importId(), List.of()).version().id();
        dispositions.publish(version, "Bogotá", null, null, null);
        data.signOut();
    }

    @AfterEach
    void closeUi() {
        MockUi.close();
        data.signOut();
    }

    @Test
    void side_by_side_shows_markers_and_insertions_and_deletions_as_components() {
        MockUi.open(context);
        MockUi.navigate("documents/paper/compare/2/1");
        _get(Checkbox.class, spec -> spec.withId("comparison-changed-only")).setValue(false);

        assertThat(_get(H1.class, spec -> spec.withClasses("comparison-heading")).getText())
                .isEqualTo("Version 1 compared with version 2");
        ComparisonView view = _get(ComparisonView.class);
        assertThat(view.shownRows()).extracting(Component::getId).map(id -> id.orElse(""))
                .containsExactly("p-1", "p-2-removed", "p-2", "p-3");
        assertThat(_find(Span.class, spec -> spec.withClasses("change-marker"))).extracting(Span::getText)
                .containsExactly("Edited", "Deleted", "Unchanged", "New");
        assertThat(_find(Ins.class)).extracting(Ins::getText).first().isEqualTo("and affordable ");
        Del removed = _find(Del.class).get(0);
        assertThat(removed.getText()).contains("<migrants>");
        assertThat(removed.getElement().getChildren()).allMatch(child -> child.isTextNode());
        assertThat(removed.getElement().getProperty("innerHTML")).isNull();
    }

    @Test
    void inline_mode_and_the_changed_only_filter() {
        MockUi.open(context);
        MockUi.navigate("documents/paper/compare/1/2");
        ComparisonView view = _get(ComparisonView.class);

        @SuppressWarnings("unchecked")
        RadioButtonGroup<ComparisonView.Mode> modes = _get(RadioButtonGroup.class,
                spec -> spec.withId("comparison-mode"));
        modes.setValue(ComparisonView.Mode.INLINE);
        // it opens on the changed paragraphs only
        Checkbox changedOnly = _get(Checkbox.class, spec -> spec.withId("comparison-changed-only"));
        assertThat(changedOnly.getValue()).isTrue();
        assertThat(view.shownRows()).extracting(c -> c.getId().orElse(""))
                .containsExactly("p-1", "p-2-removed", "p-3");

        changedOnly.setValue(false);
        assertThat(_find(Span.class, spec -> spec.withClasses("paragraph-number"))).extracting(Span::getText)
                .containsExactly("1", "2", "3 → 2", "3");
        assertThat(_find(Ins.class)).hasSize(2);
        assertThat(_find(Del.class)).hasSize(1);

        changedOnly.setValue(true);
        assertThat(view.shownRows()).extracting(c -> c.getId().orElse(""))
                .containsExactly("p-1", "p-2-removed", "p-3");

        view.showAnchor("p-2");
        assertThat(view.shownRows()).extracting(c -> c.getId().orElse(""))
                .containsExactly("p-1", "p-2-removed", "p-2", "p-3");
        assertThat(view.shownRows().get(2).getClassNames()).contains("targeted");
    }

    @Test
    void labels_follow_the_reader_language() {
        MockUi.open(context);
        UI.getCurrent().setLocale(Locale.FRENCH);
        MockUi.navigate("documents/paper/compare/1/2");
        _get(Checkbox.class, spec -> spec.withId("comparison-changed-only")).setValue(false);

        assertThat(_find(Span.class, spec -> spec.withClasses("change-marker"))).extracting(Span::getText)
                .containsExactly("Modifié", "Supprimé", "Inchangé", "Nouveau");
    }

    @Test
    void an_unknown_version_shows_the_not_found_message() {
        MockUi.open(context);
        MockUi.navigate("documents/paper/compare/1/9");

        _get(ErrorView.class);
        _get(Paragraph.class, spec -> spec.withText("Not found: it does not exist or you cannot see it."));
    }
}
