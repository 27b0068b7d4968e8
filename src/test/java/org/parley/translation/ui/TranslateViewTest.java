package org.parley.translation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v23.VirtualListsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.virtuallist.VirtualList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.base.ui.ErrorView;
import org.parley.document.DocumentVersion;
import org.parley.document.Paragraph;
import org.parley.document.Visibility;
import org.parley.security.GlobalRole;
import org.parley.testsupport.MockUi;
import org.parley.testsupport.ParleyTest;
import org.parley.testsupport.TestData;
import org.parley.translation.TranslationService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.nio.charset.StandardCharsets;
import java.util.List;

@ParleyTest
class TranslateViewTest {

    private static final String MARKDOWN = """
            # Paper

            ## I. Context

            1. Cities receive most newcomers and answer the practical questions of their daily lives.

            2. Regions coordinate services.

            3. Funding follows responsibilities.
            """;

    @Autowired
    ApplicationContext context;
    @Autowired
    TestData data;
    @Autowired
    TranslationService translations;

    private DocumentVersion version;

    @BeforeEach
    void setUp() {
        data.reset();
        version = data.openDocument("paper", Visibility.PUBLIC, MARKDOWN).latest();
        data.signIn(data.person(GlobalRole.EDITOR));
        MockUi.open(context);
    }

    @AfterEach
    void closeUi() {
        MockUi.close();
        data.signOut();
    }

    @Test
    void a_translator_writes_a_paragraph_next_to_its_source() {
        MockUi.navigate("documents/paper/v/1/translate/es");
        assertThat(_get(Span.class, spec -> spec.withId("translation-progress")).getText())
                .isEqualTo("0 of 3 paragraphs translated, 0 outdated");

        Component first = VirtualListsKt._getRowComponent(rows(), 0);
        _get(first, TextArea.class).setValue("Las regiones coordinan los servicios.");
        Component second = VirtualListsKt._getRowComponent(rows(), 1);
        _get(second, TextArea.class).setValue("Las regiones coordinan los servicios.");
        _click(_get(second, Button.class));

        Paragraph saved = data.paragraphs(version).get(1);
        assertThat(translations.text(version, "es").paragraphs().get(saved.id()).text())
                .isEqualTo("Las regiones coordinan los servicios.");
        assertThat(translations.text(version, "es").paragraphs()).as("only the saved row").hasSize(1);
        assertThat(_get(Span.class, spec -> spec.withId("translation-progress")).getText())
                .isEqualTo("1 of 3 paragraphs translated, 0 outdated");
    }

    @Test
    void an_import_with_a_missing_paragraph_is_shown_for_review_and_saved_only_when_accepted() {
        MockUi.navigate("documents/paper/v/1/translate/fr");
        String french = """
                Les villes accueillent la plupart des nouveaux arrivants et répondent aux questions pratiques de leur vie quotidienne.

                Le financement suit les responsabilités.
                """;

        _get(ImportPanel.class).propose("fr.md", french.getBytes(StandardCharsets.UTF_8));

        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("review-summary"))
                .getText()).contains("3 paragraphs in the source, 2 in the file");
        List<Div> uncertain = _find(Div.class, spec -> spec.withClasses("review-row uncertain"));
        assertThat(uncertain).isNotEmpty();
        assertThat(translations.text(version, "fr").paragraphs()).as("nothing saved yet").isEmpty();

        _click(_get(Button.class, spec -> spec.withId("accept-translation")));

        assertThat(translations.text(version, "fr").paragraphs()).isNotEmpty();
        assertThat(_find(Div.class, spec -> spec.withClasses("proposal-review"))).isEmpty();
    }

    @Test
    void an_unknown_language_in_the_address_is_explained() {
        MockUi.navigate("documents/paper/v/1/translate/xx");

        assertThat(_get(ErrorView.class).getElement().getTextRecursively()).contains("Unknown language \"xx\"");
    }

    @SuppressWarnings("unchecked")
    private static VirtualList<Paragraph> rows() {
        return _get(VirtualList.class, spec -> spec.withId("translation-rows"));
    }
}
