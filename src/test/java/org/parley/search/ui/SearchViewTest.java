package org.parley.search.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import org.parley.translation.TranslationService;
import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.comment.CommentKind;
import org.parley.comment.CommentService;
import org.parley.comment.NewComment;
import org.parley.document.Visibility;
import org.parley.organisation.MembershipRole;
import org.parley.organisation.Organisation;
import org.parley.organisation.OrganisationKind;
import org.parley.organisation.Person;
import org.parley.search.SearchRequest;
import org.parley.search.SearchService;
import org.parley.security.GlobalRole;
import org.parley.testsupport.ParleyTest;
import org.parley.testsupport.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.util.List;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The search page, server-side: results with escaped, marked snippets, links to the paragraph, facets. */
@ParleyTest
class SearchViewTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    TestData data;
    @Autowired
    SearchService search;

    @BeforeEach
    void setUp() throws InterruptedException {
        data.reset();
        data.signIn(data.person(GlobalRole.ADMIN));
        search.reindex();
        data.signOut();
        data.openDocument("housing-paper", Visibility.PUBLIC,
                "# Housing\n\n1. Cities provide affordable housing <b>now</b>.\n\n2. Nothing else.\n");
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (search.search(SearchRequest.of("affordable")).total() < 1 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(new Routes().autoDiscoverViews("org.parley"), context,
                uiFactory));
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void results_link_to_the_paragraph_and_mark_the_words() {
        UI.getCurrent().navigate("search", QueryParameters.of("q", "affordable"));
        List<Div> hits = _find(Div.class, spec -> spec.withClasses("search-hit"));
        assertThat(hits).hasSize(1);
        Anchor link = _get(hits.get(0), Anchor.class);
        assertThat(link.getHref()).isEqualTo("documents/housing-paper/v/1#p-1");
        Div snippet = _get(hits.get(0), Div.class, spec -> spec.withClasses("search-hit-snippet"));
        String html = snippet.getElement().getProperty("innerHTML");
        assertThat(html).contains("<mark>affordable</mark>").doesNotContain("<b>");
        assertThat(_get(Span.class, spec -> spec.withId("search-count")).getText()).contains("1");
        assertThat(_find(Details.class,
                spec -> spec.withId("facet-document"))).hasSize(1);
    }

    @Test
    void an_arabic_quotation_in_an_english_snippet_is_isolated_and_the_snippet_stays_left_to_right()
            throws InterruptedException {
        String quote = "مرحبا بكم في المدينة";
        data.openDocument("welcome", Visibility.PUBLIC, "# Welcome\n\n1. « " + quote
                + " », said the mayor, welcoming the newcomers to the assembly.\n");
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (search.search(SearchRequest.of("newcomers")).total() < 1 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        UI.getCurrent().navigate("search", QueryParameters.of("q", "newcomers"));
        Div snippet = _get(_get(Div.class, spec -> spec.withClasses("search-hit")), Div.class,
                spec -> spec.withClasses("search-hit-snippet"));

        assertThat(snippet.getElement().getAttribute("dir")).isEqualTo("ltr");
        assertThat(snippet.getElement().getProperty("innerHTML"))
                .contains("« <bdi>" + quote + "</bdi> »").contains("<mark>newcomers</mark>");
    }

    @Autowired
    TranslationService translations;

    @Test
    void a_translation_hit_says_so_and_links_to_the_reading_view_in_its_language() throws InterruptedException {
        data.signIn(data.person(GlobalRole.EDITOR));
        var version = data.openDocument("logement", Visibility.PUBLIC, "1. Shelter for everyone.\n").latest();
        translations.translate(version, "1", "fr", "Un abri pour toutes et tous.", null);
        data.signOut();
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (search.search(SearchRequest.of("abri")).total() < 1 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        UI.getCurrent().navigate("search", QueryParameters.of("q", "abri"));
        List<Div> hits = _find(Div.class, spec -> spec.withClasses("search-hit"));
        assertThat(hits).hasSize(1);
        assertThat(_get(hits.get(0), Anchor.class).getHref()).isEqualTo("documents/logement/v/1?lang=fr#p-1");
        assertThat(_get(hits.get(0), Span.class, spec -> spec.withClasses("search-hit-translation")).getText())
                .isEqualTo("Translation (FR)");
        Div snippet = _get(hits.get(0), Div.class, spec -> spec.withClasses("search-hit-snippet"));
        assertThat(snippet.getElement().getAttribute("lang")).isEqualTo("fr");
    }

    @Autowired
    CommentService comments;

    @Test
    void facets_and_result_types_speak_the_readers_language_not_code_names() throws InterruptedException {
        Person member = data.person(GlobalRole.CONTRIBUTOR);
        Organisation section = data.organisation(OrganisationKind.REGIONAL_SECTION);
        data.membership(member, section, MembershipRole.FOCAL_POINT);
        var version = data.openDocument("logement-social", Visibility.PUBLIC, "1. Le logement social d'abord.\n")
                .latest();
        data.signIn(member);
        comments.post(data.paragraphs(version).get(0).id(),
                NewComment.of(CommentKind.AMENDMENT, "Le logement social doit aller aux nouveaux arrivants.")
                        .proposing("Le logement social d'abord, pour les nouveaux arrivants aussi.")
                        .onBehalfOf(section.id()));
        data.signOut();
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (search.search(SearchRequest.of("arrivants")).total() < 1 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }

        UI.getCurrent().setLocale(Locale.FRENCH);
        UI.getCurrent().navigate("search", QueryParameters.of("q", "logement"));

        List<String> facetValues = _find(Details.class).stream()
                .flatMap(details -> _find(details, Span.class).stream()).map(Span::getText).toList();
        assertThat(facetValues).contains("Section régionale", "Amendement", "Commentaire", "Paragraphe")
                .noneMatch(text -> text.matches(".*\\b[A-Z]{2,}(_[A-Z]+)*\\b.*") && !text.matches("[A-Z]{2}"));
        List<String> types = _find(Span.class, spec -> spec.withClasses("search-hit-type")).stream()
                .map(Span::getText).toList();
        assertThat(types).contains("Commentaire", "Paragraphe").doesNotContain("COMMENT", "PARAGRAPH", "comment");
    }

    @Test
    void a_query_of_only_common_words_shows_a_notice() {
        UI.getCurrent().navigate("search", QueryParameters.of("q", "the"));
        assertThat(_find(Div.class, spec -> spec.withClasses("search-hit"))).isEmpty();
        assertThat(_get(Paragraph.class,
                spec -> spec.withClasses("search-notice")).getText()).contains("too common");
    }

    @Test
    void the_header_box_suggests_completions_of_the_last_word_never_the_word_as_typed() {
        UI.getCurrent().navigate("search");
        @SuppressWarnings("unchecked")
        ComboBox<String> box = _get(ComboBox.class, spec -> spec.withId("header-search"));

        ComboBoxKt.setUserInput(box, "afford");
        assertThat(ComboBoxKt.getSuggestions(box)).containsExactly("affordable");
        ComboBoxKt.setUserInput(box, "cities afford");
        assertThat(ComboBoxKt.getSuggestions(box)).containsExactly("cities affordable");
        ComboBoxKt.setUserInput(box, "affordable");
        assertThat(ComboBoxKt.getSuggestions(box)).doesNotContain("affordable").doesNotContain("");
    }

    @Test
    void snippets_keep_only_mark_tags() {
        assertThat(SearchHitCard.safe("a <mark>b</mark> &lt;script&gt; <img src=x onerror=y>"))
                .isEqualTo("a <mark>b</mark> &lt;script&gt;");
    }
}
