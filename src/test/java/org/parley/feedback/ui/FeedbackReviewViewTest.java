package org.parley.feedback.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.document.Visibility;
import org.parley.export.ExportService;
import org.parley.feedback.FeedbackProposal;
import org.parley.feedback.FeedbackService;
import org.parley.feedback.WordEdits;
import org.parley.organisation.Organisation;
import org.parley.organisation.OrganisationKind;
import org.parley.organisation.Person;
import org.parley.security.GlobalRole;
import org.parley.security.SystemActor;
import org.parley.testsupport.MockUi;
import org.parley.testsupport.ParleyTest;
import org.parley.testsupport.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The import action in the reading view and the review screen, server side. */
@ParleyTest
class FeedbackReviewViewTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    TestData data;
    @Autowired
    FeedbackService feedback;
    @Autowired
    ExportService exports;
    @Autowired
    DSLContext dsl;

    private Person editor;
    private Organisation section;

    @BeforeEach
    void setUp() {
        data.reset();
        data.openDocument("paper", Visibility.PUBLIC, """
                # Paper

                1. Access to housing is the foundation of inclusion for every newcomer in the city.

                2. Schools welcome children in the middle of the year and teach the language of the city.
                """);
        editor = data.person(GlobalRole.EDITOR);
        section = data.organisation(OrganisationKind.REGIONAL_SECTION);
    }

    @AfterEach
    void closeUi() {
        MockUi.close();
        data.signOut();
    }

    @Test
    void the_reading_view_offers_the_import_to_editors_and_not_to_readers() {
        data.signIn(data.person(GlobalRole.READER));
        MockUi.open(context);
        MockUi.navigate("documents/paper/v/1");
        assertThat(_find(Button.class, spec -> spec.withId("word-feedback-import"))).isEmpty();
        MockUi.close();

        data.signIn(editor);
        MockUi.open(context);
        MockUi.navigate("documents/paper/v/1");
        assertThat(_find(Button.class, spec -> spec.withId("word-feedback-import"))).hasSize(1);
    }

    @Test
    void an_unticked_item_is_not_created() {
        WordEdits edits = WordEdits.of(export())
                .replace("every newcomer", "every newcomer and every returnee", "Fatou Ndiaye");
        edits.comment("middle of the year", "Karim Haddad", "Which schools already do this?");
        data.signIn(editor);
        FeedbackProposal proposal = feedback.propose("paper", 1, section.shortName(), "a.docx", edits.toDocx());
        int question = proposal.paragraphs().get(1).items().get(0).id();
        MockUi.open(context);
        MockUi.navigate("documents/paper/v/1/feedback/" + proposal.id());

        _get(Checkbox.class, spec -> spec.withId("feedback-item-" + question)).setValue(false);
        _click(_get(Button.class, spec -> spec.withId("word-feedback-accept")));

        assertThat(dsl.fetch("select kind from comment").getValues(0, String.class)).containsExactly("AMENDMENT");
    }

    private byte[] export() {
        return SystemActor.call(() -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                exports.version("paper", 1, "docx", null, Locale.ENGLISH).body().writeTo(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toByteArray();
        });
    }
}
