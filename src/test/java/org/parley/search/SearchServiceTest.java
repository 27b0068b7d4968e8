package org.parley.search;

import java.util.List;
import org.parley.comment.CommentKind;
import org.parley.comment.CommentService;
import org.parley.comment.NewComment;
import org.parley.disposition.DispositionKind;
import org.parley.disposition.DispositionService;
import org.parley.document.VersionStatus;
import org.parley.drafting.DraftEditingService;
import org.parley.drafting.RevisionService;
import org.parley.translation.TranslationService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.base.UserFacingException;
import org.parley.document.Visibility;
import org.parley.security.GlobalRole;
import org.parley.base.PermissionDeniedException;
import org.parley.testsupport.ParleyTest;
import org.parley.testsupport.TestData;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Search through the service, with the application's own indexer following commits in the background. */
@ParleyTest
class SearchServiceTest {

    @Autowired
    TestData data;
    @Autowired
    SearchService search;

    @BeforeEach
    void cleanSlate() {
        data.reset();
        data.signIn(data.person(GlobalRole.ADMIN));
        search.reindex();
        awaitTrue(() -> !search.status().building());
        data.signOut();
    }

    /** Waits for the background indexer; fails after 20 s. Not a timing assertion: the benchmark measures delay. */
    private static void awaitTrue(Supplier<Boolean> condition) {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (!condition.get()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 20 s");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    @Autowired
    CommentService comments;

    @Test
    void a_published_comment_becomes_searchable_and_leaves_the_index_when_hidden() {
        var version = data.openDocument("housing-paper", Visibility.PUBLIC,
                "# Housing\n\n1. Cities provide affordable housing.\n").latest();
        var paragraph = data.paragraphs(version).get(0);
        data.signIn(data.person(GlobalRole.CONTRIBUTOR));
        var comment = comments.post(paragraph.id(), NewComment.of(
                CommentKind.QUESTION, "What about cooperative tenancies?"));
        data.signOut();

        awaitTrue(() -> search.search(SearchRequest.of("cooperative")).total() == 1);
        SearchHit hit = search.search(SearchRequest.of("cooperative")).hits().get(0);
        assertThat(hit.type()).isEqualTo(HitType.COMMENT);
        assertThat(hit.id()).isEqualTo(comment.id());
        assertThat(hit.commentKind()).isEqualTo("QUESTION");

        data.signIn(data.person(GlobalRole.EDITOR));
        comments.hide(comment.id(), "Off topic");
        data.signOut();
        awaitTrue(() -> search.search(SearchRequest.of("cooperative")).total() == 0);
    }

    @Autowired
    RevisionService revisions;
    @Autowired
    DispositionService dispositions;

    @Test
    void a_comments_disposition_is_searchable_once_the_version_answering_it_is_published() {
        var version = data.openDocument("housing-paper", Visibility.PUBLIC,
                "# Housing\n\n1. Cities provide affordable housing.\n").latest();
        data.signIn(data.person(GlobalRole.CONTRIBUTOR));
        var comment = comments.post(data.paragraphs(version).get(0).id(), NewComment.of(
                CommentKind.SUPPORT, "Cooperative tenancies work well in Lisbon."));
        data.signIn(data.person(GlobalRole.EDITOR));
        data.schedule(version, VersionStatus.CLOSED, null, null);
        var draft = revisions.startNextDraft("housing-paper").version();
        dispositions.dispose(comment.id(), DispositionKind.ACCEPTED, null, List.of(),
                null);
        awaitTrue(() -> search.search(SearchRequest.of("cooperative")).total() == 1);
        assertThat(search.search(SearchRequest.of("cooperative")).hits().get(0).disposition())
                .as("not public while the next version is a draft").isNull();

        dispositions.publish(draft.id(), "Bogotá", null, null, null);
        data.signOut();

        awaitTrue(() -> "ACCEPTED".equals(search.search(SearchRequest.of("cooperative")).hits().get(0).disposition()));
    }

    @Test
    void a_committed_import_becomes_searchable() {
        data.openDocument("housing-paper", Visibility.PUBLIC, "# Housing\n\n1. Cities provide affordable housing.\n");
        awaitTrue(() -> search.search(SearchRequest.of("affordable")).total() == 1);
        SearchHit hit = search.search(SearchRequest.of("affordable")).hits().get(0);
        assertThat(hit.documentSlug()).isEqualTo("housing-paper");
        assertThat(hit.anchor()).isEqualTo("p-1");
        assertThat(hit.snippetHtml()).contains("<mark>affordable</mark>");
    }

    @Test
    void restricted_documents_are_invisible_to_anonymous_searchers() {
        data.openDocument("members-note", Visibility.MEMBERS, "1. Le logement des personnes migrantes.\n");
        data.signIn(data.person(GlobalRole.READER));
        awaitTrue(() -> search.search(SearchRequest.of("logement")).total() == 1);
        data.signOut();
        assertThat(search.search(SearchRequest.of("logement")).total()).isZero();
        assertThat(search.suggest("loge")).isEmpty();
    }

    @Test
    void bad_queries_get_a_friendly_result() {
        assertThat(search.search(SearchRequest.of("the of")).notice()).isEqualTo("search.notice.no-terms");
        assertThat(search.search(SearchRequest.of("\"unbalanced (quote")).hits()).isEmpty();
        assertThatThrownBy(() -> search.search(SearchRequest.of("x".repeat(5000))))
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("search.error.too-long");
    }

    @Test
    void only_admins_reindex() {
        assertThatThrownBy(search::reindex).isInstanceOf(PermissionDeniedException.class);
        data.signIn(data.person(GlobalRole.EDITOR));
        assertThatThrownBy(search::reindex).isInstanceOf(PermissionDeniedException.class);
    }

    @Autowired
    TranslationService translations;
    @Autowired
    DraftEditingService draftEditing;

    private static final String HOUSING = "# Housing\n\n1. Cities provide affordable housing to newcomers.\n";

    private long count(String query) {
        return search.search(SearchRequest.of(query)).total();
    }

    /** The versions a query found texts in: the version each hit shows and the other versions it was found in. */
    private java.util.List<Integer> versionsFound(String query) {
        return search.search(SearchRequest.of(query)).hits().stream()
                .flatMap(h -> java.util.stream.Stream.concat(java.util.stream.Stream.of(h.versionNumber()),
                        h.otherVersions().stream().map(SearchHit.OtherVersion::versionNumber)))
                .sorted().toList();
    }

    @Test
    void a_french_query_finds_the_french_translation_and_links_to_the_reading_view_in_french() {
        var version = data.openDocument("housing-paper", Visibility.PUBLIC, HOUSING).latest();
        data.signIn(data.person(GlobalRole.EDITOR));
        translations.translate(version, "1", "fr", "Les villes offrent des logements abordables aux nouveaux arrivants.",
                null);
        data.signOut();

        // "abordable" (singular) finds "abordables" only through the French analyser
        awaitTrue(() -> count("abordable") == 1);
        SearchHit hit = search.search(SearchRequest.of("abordable")).hits().get(0);
        assertThat(hit.type()).isEqualTo(HitType.PARAGRAPH);
        assertThat(hit.language()).isEqualTo("fr");
        assertThat(hit.translation()).isTrue();
        assertThat(hit.translatedFrom()).isEqualTo("en");
        assertThat(hit.outdated()).isFalse();
        assertThat(hit.anchor()).isEqualTo("p-1");
        assertThat(hit.snippetHtml()).contains("<mark>abordables</mark>");
        assertThat(hit.readingPath()).isEqualTo("documents/housing-paper/v/1?lang=fr#p-1");
        assertThat(search.search(SearchRequest.of("arrivants").withFilter(SearchFacet.LANGUAGE, "fr")).total())
                .isEqualTo(1);
        assertThat(search.search(SearchRequest.of("arrivants").withFilter(SearchFacet.LANGUAGE, "en")).total())
                .isZero();
        // the English paragraph is still one hit of its own, linked without a language
        SearchHit source = search.search(SearchRequest.of("affordable")).hits().get(0);
        assertThat(count("affordable")).isEqualTo(1);
        assertThat(source.translation()).isFalse();
        assertThat(source.readingPath()).isEqualTo("documents/housing-paper/v/1#p-1");
    }

    @Test
    void an_arabic_translation_is_found_by_an_arabic_query() {
        var version = data.openDocument("housing-paper", Visibility.PUBLIC, HOUSING).latest();
        data.signIn(data.person(GlobalRole.EDITOR));
        translations.translate(version, "1", "ar", "توفر المدن مساكن ميسورة التكلفة للوافدين الجدد", null);
        data.signOut();

        awaitTrue(() -> count("مساكن") == 1);
        SearchHit hit = search.search(SearchRequest.of("مساكن")).hits().get(0);
        assertThat(hit.language()).isEqualTo("ar");
        assertThat(hit.snippetHtml()).contains("<mark>مساكن</mark>");
        assertThat(hit.readingPath()).isEqualTo("documents/housing-paper/v/1?lang=ar#p-1");
    }

    @Test
    void an_updated_translation_replaces_the_old_text_in_the_index() {
        var version = data.openDocument("housing-paper", Visibility.PUBLIC, HOUSING).latest();
        data.signIn(data.person(GlobalRole.EDITOR));
        var first = translations.translate(version, "1", "fr", "Les villes offrent des logements abordables.", null);
        awaitTrue(() -> count("abordables") == 1);

        translations.translate(version, "1", "fr", "Les villes offrent des habitations bon marché.",
                first.ownRevision());
        awaitTrue(() -> count("habitations") == 1);
        assertThat(count("abordables")).isZero();
        assertThat(count("villes")).as("one text per paragraph and language").isEqualTo(1);
    }

    @Test
    void a_members_only_documents_translation_is_not_found_by_anonymous_readers() {
        var version = data.openDocument("members-note", Visibility.MEMBERS, HOUSING).latest();
        data.signIn(data.person(GlobalRole.EDITOR));
        translations.translate(version, "1", "fr", "Les villes offrent des logements abordables.", null);
        data.signIn(data.person(GlobalRole.READER));
        awaitTrue(() -> count("abordables") == 1);
        data.signOut();
        assertThat(count("abordables")).isZero();
        assertThat(search.suggest("abord")).isEmpty();
    }

    @Test
    void draft_translations_are_found_by_editors_only_and_translations_carry_forward_to_the_draft() {
        var version = data.openDocument("housing-paper", Visibility.PUBLIC, HOUSING).latest();
        data.signIn(data.person(GlobalRole.EDITOR));
        data.schedule(version, VersionStatus.CLOSED, null, null);
        var draft = revisions.startNextDraft("housing-paper").version();
        // written on version 1 after the draft exists: the draft reads it too (same lineage)
        translations.translate(version, "1", "fr", "Les villes offrent des logements abordables.", null);
        awaitTrue(() -> versionsFound("abordables").equals(java.util.List.of(1, 2)));

        translations.translate(draft, "1", "fr", "Les villes garantissent un toit provisoire.", null);
        awaitTrue(() -> count("provisoire") == 1);
        SearchHit hit = search.search(SearchRequest.of("provisoire")).hits().get(0);
        assertThat(hit.versionNumber()).isEqualTo(2);
        assertThat(hit.readingPath()).isEqualTo("documents/housing-paper/v/2?lang=fr#p-1");
        assertThat(count("abordables")).as("the draft's own translation replaces the carried one").isEqualTo(1);

        data.signIn(data.person(GlobalRole.READER));
        assertThat(count("provisoire")).isZero();
        assertThat(count("abordables")).isEqualTo(1);
        data.signOut();
        assertThat(count("provisoire")).isZero();
    }

    @Test
    void editing_the_source_paragraph_marks_its_translation_outdated() {
        var version = data.openDocument("housing-paper", Visibility.PUBLIC, HOUSING).latest();
        data.signIn(data.person(GlobalRole.EDITOR));
        data.schedule(version, VersionStatus.CLOSED, null, null);
        translations.translate(version, "1", "fr", "Les villes offrent des logements abordables.", null);
        var draft = revisions.startNextDraft("housing-paper").version();
        awaitTrue(() -> versionsFound("abordables").equals(java.util.List.of(1, 2)));
        assertThat(search.search(SearchRequest.of("abordables")).hits()).noneMatch(SearchHit::outdated);

        var paragraph = draftEditing.paragraphs(draft.id()).get(0);
        draftEditing.editText(paragraph.id(), "Cities provide decent housing to every newcomer.", paragraph.revision());
        awaitTrue(() -> search.search(SearchRequest.of("abordables")).hits().stream()
                .anyMatch(h -> h.versionNumber() == 2 && h.outdated()));
        assertThat(search.search(SearchRequest.of("abordables").withFilter(SearchFacet.VERSION, "1")).hits())
                .filteredOn(h -> h.versionNumber() == 1).singleElement()
                .satisfies(h -> assertThat(h.outdated()).isFalse());
    }
}
