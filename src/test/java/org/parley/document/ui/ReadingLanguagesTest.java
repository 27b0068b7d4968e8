package org.parley.document.ui;

import org.jsoup.Jsoup;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v23.VirtualListsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.document.DocumentVersion;
import org.parley.document.Paragraph;
import org.parley.document.Visibility;
import org.parley.document.VersionStatus;
import org.parley.drafting.RevisionService;
import org.parley.security.GlobalRole;
import org.parley.security.SystemActor;
import org.parley.testsupport.MockUi;
import org.parley.testsupport.ParleyTest;
import org.parley.testsupport.TestData;
import org.parley.translation.TranslatedParagraph;
import org.parley.translation.TranslationService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** The reading view in another language, and two languages side by side. */
@ParleyTest
class ReadingLanguagesTest {

    private static final String MARKDOWN = """
            # Paper

            ## I. Context

            1. Cities receive most newcomers.

            2. Regions coordinate services.
            """;

    @Autowired
    ApplicationContext context;
    @Autowired
    TestData data;
    @Autowired
    TranslationService translations;
    @Autowired
    RevisionService revisions;

    private DocumentVersion first;

    @BeforeEach
    void createDocument() {
        data.reset();
        DocumentVersion version = data.openDocument("paper", Visibility.PUBLIC, MARKDOWN).latest();
        first = version;
        List<Paragraph> paragraphs = data.paragraphs(version);
        SystemActor.run(() -> translations.accept(version, "fr",
                List.of(new TranslatedParagraph(paragraphs.get(0).id(),
                        "Les villes accueillent la plupart des arrivants.")),
                List.of(new TranslatedParagraph(data.paragraphs(version).get(0).sectionId(), "Contexte"))));
    }

    @AfterEach
    void closeUi() {
        MockUi.close();
        data.signOut();
    }

    @Test
    void the_text_language_switch_shows_the_translation_and_marks_what_is_not_translated() {
        MockUi.open(context);
        MockUi.navigate("documents/paper/v/1");
        assertThat(text(0)).isEqualTo("Cities receive most newcomers.");

        _setValue(_get(Select.class, spec -> spec.withId("text-language")), "fr");

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .isEqualTo("documents/paper/v/1?lang=fr");
        assertThat(text(0)).isEqualTo("Les villes accueillent la plupart des arrivants.");
        assertThat(text(1)).as("source text as fallback").isEqualTo("Regions coordinate services.");
        assertThat(_find(row(1), Component.class, spec -> spec.withClasses("translation-missing"))).hasSize(1);
        assertThat(_find(row(0), Component.class, spec -> spec.withClasses("translation-missing"))).isEmpty();
        assertThat(_get(row(0), H2.class).getText()).isEqualTo("I. Contexte");
        assertThat(_get(row(0), Div.class, spec -> spec.withClasses("paragraph")).getId())
                .as("the paragraph keeps its anchor, so its comments stay with it").hasValue("p-1");
    }

    @Test
    void two_languages_side_by_side() {
        MockUi.open(context);
        UI.getCurrent().navigate("documents/paper/v/1",
                QueryParameters.simple(Map.of("lang", "fr", "beside", "en")));

        Div columns = _get(row(0), Div.class, spec -> spec.withClasses("paragraph-columns"));
        assertThat(_find(columns, Div.class, spec -> spec.withClasses("paragraph-text")))
                .extracting(d -> d.getElement().getProperty("innerHTML"))
                .containsExactly("Les villes accueillent la plupart des arrivants.", "Cities receive most newcomers.");
    }

    @Test
    void an_unknown_language_in_the_address_falls_back_to_the_source_and_readers_get_no_translate_link() {
        MockUi.open(context);
        UI.getCurrent().navigate("documents/paper/v/1", QueryParameters.simple(Map.of("lang", "de")));

        assertThat(text(0)).as("an unknown language in the address falls back to the source")
                .isEqualTo("Cities receive most newcomers.");
        _assertNone(Anchor.class, spec -> spec.withId("translate-link"));
    }

    @Test
    void a_translation_made_before_its_source_changed_is_marked_outdated_in_the_next_draft() {
        data.signIn(data.person(GlobalRole.EDITOR));
        data.schedule(first, VersionStatus.CLOSED, null, null);
        var proposal = revisions.proposeRevision("paper", "v2.md", MARKDOWN.replace("Cities receive most newcomers.",
                "Cities receive most of the newcomers.").getBytes(StandardCharsets.UTF_8));
        revisions.acceptProposal(proposal.importId(), List.of());
        MockUi.open(context);

        UI.getCurrent().navigate("documents/paper/v/2", QueryParameters.simple(Map.of("lang", "fr")));

        assertThat(text(0)).isEqualTo("Les villes accueillent la plupart des arrivants.");
        assertThat(_find(row(0), Component.class, spec -> spec.withClasses("translation-outdated"))).hasSize(1);
        assertThat(_find(row(1), Component.class, spec -> spec.withClasses("translation-outdated"))).isEmpty();
    }

    private static Component row(int index) {
        return VirtualListsKt._getRowComponent(_get(ParagraphList.class), index);
    }

    private static String text(int index) {
        var texts = _find(row(index), Div.class, spec -> spec.withClasses("paragraph-text"));
        if (!texts.isEmpty()) {
            return texts.get(0).getElement().getProperty("innerHTML");
        }
        // shown in the source language alone: number, text and margin are one piece of HTML
        var html = Jsoup.parseBodyFragment(_get(row(index), Div.class, spec -> spec.withClasses("paragraph"))
                .getElement().getProperty("innerHTML"));
        html.outputSettings().prettyPrint(false);
        return html.selectFirst(".paragraph-text").html();
    }
}
