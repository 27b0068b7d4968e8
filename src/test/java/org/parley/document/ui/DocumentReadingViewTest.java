package org.parley.document.ui;

import org.jsoup.Jsoup;

import com.vaadin.flow.component.html.Div;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v23.VirtualListsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.base.ui.ErrorView;
import org.parley.base.ui.NotFoundView;
import org.parley.disposition.DispositionService;
import org.parley.document.Section;
import org.parley.base.ui.ReadingViewExtension;
import org.parley.document.Visibility;
import org.parley.drafting.RevisionService;
import org.parley.security.GlobalRole;
import org.parley.security.ui.LoginView;
import org.parley.testsupport.MockUi;
import org.parley.testsupport.ParleyTest;
import org.parley.testsupport.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.util.Locale;

@ParleyTest
class DocumentReadingViewTest {

    private static final String MARKDOWN = """
            # Paper

            ## I. Context

            1. Cities receive most newcomers.

            2. Regions coordinate services.

            ## II. Proposals

            3. Local governments should be consulted.

            4. Funding follows responsibilities.
            """;

    @Autowired
    ApplicationContext context;
    @Autowired
    TestData data;

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

    @Autowired
    RevisionService revisions;
    @Autowired
    DispositionService dispositions;

    @Test
    void an_older_version_says_where_the_newest_published_one_is() {
        data.signIn(data.person(GlobalRole.EDITOR));
        long draft = revisions.startNextDraft("public-paper").version().id();
        dispositions.publish(draft, "Bogotá", null, null, null);
        data.signOut();

        MockUi.open(context);
        MockUi.navigate("documents/public-paper/v/1");
        Span newer = _get(Span.class, spec -> spec.withId("newer-version"));
        assertThat(newer.getElement().getTextRecursively())
                .isEqualTo("A newer version is published: Version 2 — Bogotá");
        assertThat(_get(newer, Anchor.class).getHref()).isEqualTo("documents/public-paper/v/2");
        assertThat(_get(Span.class, spec -> spec.withClasses("status-badge")).getText())
                .isEqualTo("Consultation closed");

        MockUi.navigate("documents/public-paper/v/2");
        assertThat(_find(Span.class, spec -> spec.withId("newer-version"))).isEmpty();
    }

    @Test
    void the_page_starts_with_a_skip_link_to_its_main_landmark() {
        MockUi.open(context);
        MockUi.navigate("documents/public-paper/v/1");

        assertThat(_get(Anchor.class, spec -> spec.withId("skip-to-content")).getHref()).isEqualTo("#main-content");
        DocumentReadingView view = _get(DocumentReadingView.class);
        assertThat(view.getElement().getAttribute("role")).isEqualTo("main");
        assertThat(view.getId()).hasValue("main-content");
    }

    @Test
    void version_page_shows_title_status_contents_and_numbered_paragraphs() {
        MockUi.open(context);
        MockUi.navigate("documents/public-paper/v/1");

        assertThat(_get(H1.class, spec -> spec.withClasses("document-heading")).getText())
                .isEqualTo("Document public-paper");
        assertThat(_get(Span.class, spec -> spec.withClasses("status-badge")).getText()).isEqualTo("Open for comments");

        VirtualList<Section> toc = tocList();
        assertThat(VirtualListsKt._findAll(toc)).extracting(Section::title)
                .containsExactly("I. Context", "II. Proposals");
        assertThat(((Span) VirtualListsKt._getRowComponent(toc, 1)).getText()).isEqualTo("II. Proposals");

        ParagraphList paragraphs = _get(ParagraphList.class);
        assertThat(VirtualListsKt._size(paragraphs)).isEqualTo(4);
        assertThat(VirtualListsKt._findAll(paragraphs)).extracting(org.parley.document.Paragraph::number)
                .containsExactly("1", "2", "3", "4");
        assertThat(VirtualListsKt._get(paragraphs, 2).text()).isEqualTo("Local governments should be consulted.");
    }

    @Test
    void a_row_draws_the_section_heading_above_the_first_paragraph_of_the_section() {
        MockUi.open(context);
        MockUi.navigate("documents/public-paper/v/1");

        Component row = VirtualListsKt._getRowComponent(_get(ParagraphList.class), 2);
        assertThat(_get(row, H2.class, spec -> spec.withClasses("section-heading")).getText())
                .isEqualTo("II. Proposals");
        assertThat(_get(row, Div.class, spec -> spec.withClasses("paragraph"))
                .getId()).hasValue("p-3");
    }

    @Test
    void a_row_without_a_heading_is_one_element_its_number_text_and_margin_one_piece_of_html() {
        MockUi.open(context);
        MockUi.navigate("documents/public-paper/v/1");

        Component row = VirtualListsKt._getRowComponent(_get(ParagraphList.class), 1);

        assertThat(row.getId()).hasValue("p-2");
        assertThat(row.getElement().getClassList()).contains("paragraph-row", "paragraph");
        assertThat(row.getElement().getChildCount()).as("every open UI keeps its rows: one element each").isZero();
        var html = Jsoup.parseBodyFragment(row.getElement().getProperty("innerHTML"));
        assertThat(html.select("a.paragraph-number").text()).isEqualTo("2");
        assertThat(html.select(".paragraph-text").text()).isEqualTo("Regions coordinate services.");
        var margin = html.selectFirst("vaadin-button.comment-margin");
        assertThat(margin.id()).isEqualTo("margin-p-2");
        assertThat(margin.hasAttr(ReadingViewExtension.MARGIN_ATTRIBUTE)).isTrue();
        assertThat(margin.attr("aria-label")).isEqualTo("No comments yet: open the discussion of this paragraph");
    }

    @Test
    void a_row_in_its_source_language_is_a_link_to_the_paragraph_and_its_text_in_one_piece_of_html() {
        data.openDocument("quoted-paper", Visibility.PUBLIC, "# Paper\n\n1. Cities <script>x</script> & \"regions\".\n");
        MockUi.open(context);
        MockUi.navigate("documents/quoted-paper/v/1");

        Component row = VirtualListsKt._getRowComponent(_get(ParagraphList.class), 0);
        var html = Jsoup.parseBodyFragment(_get(row, Div.class, spec -> spec.withClasses("paragraph"))
                .getElement().getProperty("innerHTML"));
        var number = html.selectFirst("a.paragraph-number");
        assertThat(number.attr("href")).isEqualTo("#p-1");
        assertThat(number.hasAttr("router-ignore")).isTrue();
        assertThat(number.attr("aria-label")).isEqualTo("Link to paragraph 1");
        assertThat(number.text()).isEqualTo("1");
        var text = html.selectFirst("div.paragraph-text");
        assertThat(text.attr("dir")).isEqualTo("auto");
        assertThat(text.attr("lang")).isEqualTo("en");
        assertThat(text.text()).isEqualTo("Cities x & \"regions\"."); // the importer keeps no markup
        assertThat(html.select("script")).isEmpty();
    }

    @Test
    void top_level_sections_under_the_document_title_are_not_indented_in_the_contents() {
        MockUi.open(context);
        MockUi.navigate("documents/public-paper/v/1");

        Span entry = (Span) VirtualListsKt._getRowComponent(tocList(), 0);
        assertThat(entry.getClassNames()).contains("toc-entry", "toc-level-1");
    }

    @Test
    void following_a_paragraph_anchor_marks_that_paragraph_as_targeted() {
        MockUi.open(context);
        MockUi.navigate("documents/public-paper/v/1");

        _get(DocumentReadingView.class).showAnchor("p-3");

        ParagraphList paragraphs = _get(ParagraphList.class);
        assertThat(paragraphDiv(paragraphs, 2).getClassNames()).contains("targeted");
        assertThat(paragraphDiv(paragraphs, 1).getClassNames()).doesNotContain("targeted");
    }

    @Test
    void an_unknown_paragraph_anchor_is_reported_not_thrown() {
        MockUi.open(context);
        MockUi.navigate("documents/public-paper/v/1");

        _get(DocumentReadingView.class).showAnchor("p-99");

        NotificationsKt.expectNotifications("Paragraph 99 does not exist in this version.");
    }

    @Test
    void document_address_without_version_forwards_to_the_latest_version() {
        MockUi.open(context);
        MockUi.navigate("documents/public-paper");

        assertThat(currentPath()).isEqualTo("documents/public-paper/v/1");
        assertThat(VirtualListsKt._size(_get(ParagraphList.class))).isEqualTo(4);
    }

    @Test
    void unknown_document_shows_the_not_found_message() {
        MockUi.open(context);
        MockUi.navigate("documents/no-such-paper/v/1");

        assertThat(_get(_get(ErrorView.class), Paragraph.class).getText())
                .isEqualTo("Not found: it does not exist or you cannot see it.");
        assertThat(_get(_get(ErrorView.class), H1.class).getText()).isEqualTo("Page not found");
        assertThat(_get(ErrorView.class).getPageTitle()).isEqualTo("Page not found · Parley");
    }

    @Test
    void unknown_version_shows_the_not_found_message() {
        MockUi.open(context);
        MockUi.navigate("documents/public-paper/v/7");

        _get(ErrorView.class);
        _get(Paragraph.class, spec -> spec.withText("Not found: it does not exist or you cannot see it."));
    }

    @Test
    void unknown_address_shows_the_not_found_view() {
        MockUi.open(context);
        // UI.navigate leaves addresses without a server route to the client-side router, absent here
        UI ui = UI.getCurrent();
        ui.getInternals().getRouter().navigate(ui, new Location("no/such/page"), NavigationTrigger.PAGE_LOAD);

        _get(NotFoundView.class);
        _get(Paragraph.class, spec -> spec.withText("Not found: it does not exist or you cannot see it."));
        _get(H1.class, spec -> spec.withText("Page not found"));
    }

    @Test
    void members_document_shows_an_anonymous_reader_the_same_not_found_page_as_an_unknown_one() {
        MockUi.open(context);
        MockUi.navigate("documents/members-note/v/1");

        String members = _get(ErrorView.class).getElement().getOuterHTML();
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain())
                .noneMatch(DocumentReadingView.class::isInstance);
        _get(Anchor.class, spec -> spec.withText("Members-only pages are found after signing in: sign in"));
        MockUi.navigate("documents/no-such-note/v/1");
        assertThat(_get(ErrorView.class).getElement().getOuterHTML()).isEqualTo(members);
    }

    @Test
    void members_document_opens_for_a_signed_in_reader() {
        data.signIn(data.person(GlobalRole.READER));
        MockUi.open(context);
        MockUi.navigate("documents/members-note/v/1");

        assertThat(VirtualListsKt._size(_get(ParagraphList.class))).isEqualTo(4);
    }

    @Test
    void french_interface_shows_the_status_in_french() {
        MockUi.open(context).setLocale(Locale.FRENCH);
        MockUi.navigate("documents/public-paper/v/1");

        assertThat(_get(Span.class, spec -> spec.withClasses("status-badge")).getText())
                .isEqualTo("Ouvert aux commentaires");
    }

    @SuppressWarnings("unchecked")
    private static VirtualList<Section> tocList() {
        return _get(VirtualList.class, spec -> spec.withClasses("toc-list"));
    }

    private static Div paragraphDiv(ParagraphList list, int index) {
        return _get(VirtualListsKt._getRowComponent(list, index), Div.class,
                spec -> spec.withClasses("paragraph"));
    }

    private static String currentPath() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }
}
