package org.parley.export.ui;

import com.vaadin.flow.component.html.Anchor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.document.Visibility;
import org.parley.revision.RevisionService;
import org.parley.security.GlobalRole;
import org.parley.testsupport.MockUi;
import org.parley.testsupport.ParleyTest;
import org.parley.testsupport.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

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
    void a_later_version_offers_the_redline_against_the_previous_one() {
        data.signIn(data.person(GlobalRole.EDITOR));
        revisions.startNextDraft("paper");
        MockUi.open(context);
        MockUi.navigate("documents/paper/v/2");

        assertThat(_get(Anchor.class, spec -> spec.withId("export-redline-docx")).getText())
                .isEqualTo("Redline against version 1 (Word)");
        assertThat(_get(Anchor.class, spec -> spec.withId("export-redline-pdf")).getHref()).isNotBlank();
    }
}
