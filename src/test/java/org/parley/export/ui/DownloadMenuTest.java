package org.parley.export.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.document.DocumentService;
import org.parley.document.Visibility;
import org.parley.translation.TranslatedParagraph;
import org.parley.translation.TranslationService;
import org.parley.drafting.RevisionService;
import org.parley.security.GlobalRole;
import org.parley.testsupport.MockUi;
import org.parley.testsupport.ParleyTest;
import org.parley.testsupport.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.util.List;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

@ParleyTest
class DownloadMenuTest {

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
    RevisionService revisions;
    @Autowired
    DocumentService documents;
    @Autowired
    TranslationService translations;

    @BeforeEach
    void setUp() {
        data.reset();
        data.openDocument("paper", Visibility.PUBLIC, MARKDOWN);
    }

    @AfterEach
    void closeUi() {
        MockUi.close();
        data.signOut();
    }

    @Test
    void the_reading_view_offers_pdf_word_and_markdown_but_no_redline_for_a_first_version() {
        MockUi.open(context);
        MockUi.navigate("documents/paper/v/1");

        for (String id : new String[] {"export-pdf", "export-docx", "export-md"}) {
            Anchor link = _get(Anchor.class, spec -> spec.withId(id));
            assertThat(link.getHref()).as(id).isNotBlank();
        }
        assertThat(_get(Anchor.class, spec -> spec.withId("export-pdf")).getText()).isEqualTo("PDF");
        assertThat(_find(Anchor.class, spec -> spec.withId("export-redline-docx"))).isEmpty();
    }

    @Test
    void the_menu_links_the_stable_export_address_in_the_language_being_read() {
        data.signIn(data.person(GlobalRole.EDITOR));
        var version = documents.version("paper", 1);
        translations.accept(version, "fr", List.of(new TranslatedParagraph(data.paragraphs(version).get(0).id(),
                "Les villes accueillent la plupart des nouveaux arrivants.")), List.of());
        data.signOut();
        MockUi.open(context);

        UI.getCurrent().navigate("documents/paper/v/1", QueryParameters.simple(Map.of("lang", "fr")));
        assertThat(_get(Anchor.class, spec -> spec.withId("export-md")).getHref())
                .isEqualTo("api/v1/documents/paper/versions/1/export?format=md&lang=fr");
        MockUi.navigate("documents/paper/v/1");
        assertThat(_get(Anchor.class, spec -> spec.withId("export-pdf")).getHref())
                .startsWith("api/v1/documents/paper/versions/1/export?format=pdf");
    }

    @Test
    void a_later_version_offers_the_redline_against_the_previous_one() {
        data.signIn(data.person(GlobalRole.EDITOR));
        revisions.startNextDraft("paper");
        MockUi.open(context);
        MockUi.navigate("documents/paper/v/2");

        assertThat(_get(Anchor.class, spec -> spec.withId("export-redline-docx")).getText())
                .isEqualTo("Redline against version 1 (Word)");
        assertThat(_get(Anchor.class, spec -> spec.withId("export-redline-pdf")).getHref())
                .isEqualTo("api/v1/documents/paper/redline/1/2?format=pdf");
    }
}
