package org.parley.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.parley.base.UserFacingException;
import org.parley.organisation.Person;
import org.parley.security.GlobalRole;
import org.parley.base.PermissionDeniedException;
import org.parley.testsupport.ParleyTest;
import org.parley.testsupport.TestData;
import org.springframework.beans.factory.annotation.Autowired;

@ParleyTest
class DocumentServiceTest {

    static final String PAPER = """
            # Migration and cities

            Preamble before any numbered section.

            ## 1. Context

            Cities receive most newcomers.

            Regions coordinate the services.

            ## 2. Proposals

            7. Open local welcome offices.
            8. Fund language courses.

            ### 2.1 Finance

            A shared fund pays for it.
            """;

    private static final OffsetDateTime OPENS = OffsetDateTime.of(2031, 3, 1, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final OffsetDateTime CLOSES = OffsetDateTime.of(2031, 4, 30, 18, 0, 0, 0, ZoneOffset.UTC);

    @Autowired
    DocumentService documents;
    @Autowired
    TestData data;
    @Autowired
    DSLContext dsl;

    Person editor;

    @BeforeEach
    void setUp() {
        data.reset();
        editor = data.person(GlobalRole.EDITOR);
    }

    private DocumentSummary importAs(Person person, String slug, Visibility visibility, String markdown) {
        data.signIn(person);
        try {
            return documents.importDocument(new NewDocument(slug, "Title of " + slug, "en", visibility),
                    slug + ".md", markdown.getBytes(StandardCharsets.UTF_8));
        } finally {
            data.signOut();
        }
    }

    private Map<String, Integer> rowCounts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String table : List.of("document", "document_version", "section", "paragraph", "audit_event")) {
            counts.put(table, dsl.fetchCount(dsl.selectFrom(table)));
        }
        return counts;
    }

    @Nested
    class Import {

        @Test
        void import_creates_version_1_with_sections_and_paragraphs_in_reading_order() {
            DocumentSummary created = importAs(editor, "migration-paper", Visibility.PUBLIC, PAPER);

            assertThat(created.document().slug()).isEqualTo("migration-paper");
            assertThat(created.document().title()).isEqualTo("Title of migration-paper");
            assertThat(created.document().sourceLanguage()).isEqualTo("en");
            assertThat(created.document().visibility()).isEqualTo(Visibility.PUBLIC);
            assertThat(created.versions()).singleElement().satisfies(v -> {
                assertThat(v.number()).isEqualTo(1);
                assertThat(v.status()).isEqualTo(VersionStatus.DRAFT);
                assertThat(v.language()).isEqualTo("en");
                assertThat(v.paragraphCount()).isEqualTo(6);
                assertThat(v.basedOnVersionId()).isNull();
            });

            data.signIn(editor);
            DocumentVersion version = created.latest();
            List<Section> sections = documents.sections(version);
            assertThat(sections).extracting(Section::ordinal).containsExactly(1, 2, 3);
            assertThat(sections).extracting(Section::number).containsExactly("1", "2", "2.1");
            assertThat(sections).extracting(Section::heading).containsExactly("Context", "Proposals", "Finance");
            assertThat(sections).extracting(Section::level).containsExactly(2, 2, 3);
            assertThat(sections.get(2).parentId()).isEqualTo(sections.get(1).id());
            assertThat(sections).extracting(Section::firstParagraphOrdinal).containsExactly(2, 4, 6);

            List<Paragraph> paragraphs = documents.allParagraphs(version);
            assertThat(paragraphs).extracting(Paragraph::ordinal).containsExactly(1, 2, 3, 4, 5, 6);
            assertThat(paragraphs).extracting(Paragraph::number).containsExactly("P1", "1.1", "1.2", "7", "8", "2.1.1");
            assertThat(paragraphs).extracting(Paragraph::text).containsExactly(
                    "Preamble before any numbered section.", "Cities receive most newcomers.",
                    "Regions coordinate the services.", "Open local welcome offices.", "Fund language courses.",
                    "A shared fund pays for it.");
            assertThat(paragraphs).extracting(Paragraph::sectionId).containsExactly(null,
                    sections.get(0).id(), sections.get(0).id(), sections.get(1).id(), sections.get(1).id(),
                    sections.get(2).id());
            assertThat(paragraphs).extracting(Paragraph::lineageId).doesNotContainNull().doesNotHaveDuplicates();
            assertThat(paragraphs).allSatisfy(p -> assertThat(p.versionId()).isEqualTo(version.id()));
        }

        @Test
        void import_records_who_imported_what_in_the_audit_trail() {
            DocumentSummary created = importAs(editor, "audited-paper", Visibility.MEMBERS, PAPER);

            Record event = dsl.fetchOne("""
                    select actor_id, entity_type, entity_id, before is null as no_before,
                           after->>'slug' as slug, after->>'title' as title, (after->>'version')::int as version,
                           after->>'file' as file, (after->>'sections')::int as sections,
                           (after->>'paragraphs')::int as paragraphs
                    from audit_event where action = 'document.imported'""");
            assertThat(event).isNotNull();
            assertThat(event.get("actor_id", Long.class)).isEqualTo(editor.id());
            assertThat(event.get("entity_type", String.class)).isEqualTo("document");
            assertThat(event.get("entity_id", String.class)).isEqualTo(String.valueOf(created.document().id()));
            assertThat(event.get("no_before", Boolean.class)).isTrue();
            assertThat(event.get("slug", String.class)).isEqualTo("audited-paper");
            assertThat(event.get("title", String.class)).isEqualTo("Title of audited-paper");
            assertThat(event.get("version", Integer.class)).isEqualTo(1);
            assertThat(event.get("file", String.class)).isEqualTo("audited-paper.md");
            assertThat(event.get("sections", Integer.class)).isEqualTo(3);
            assertThat(event.get("paragraphs", Integer.class)).isEqualTo(6);
        }

        @Test
        void admin_may_import_and_document_defaults_to_members_only() {
            Person admin = data.person(GlobalRole.ADMIN);
            data.signIn(admin);

            DocumentSummary created = documents.importDocument(new NewDocument("  admin-paper ", " Admin paper ",
                    "fr", null), "admin.md", PAPER.getBytes(StandardCharsets.UTF_8));

            assertThat(created.document().slug()).isEqualTo("admin-paper");
            assertThat(created.document().title()).isEqualTo("Admin paper");
            assertThat(created.document().visibility()).isEqualTo(Visibility.MEMBERS);
            assertThat(created.latest().language()).isEqualTo("fr");
        }
    }

    @Nested
    class ImportPermissions {

        @Test
        void contributor_may_not_import_and_nothing_is_written() {
            assertImportForbidden(GlobalRole.CONTRIBUTOR);
        }

        @Test
        void reader_may_not_import_and_nothing_is_written() {
            assertImportForbidden(GlobalRole.READER);
        }

        @Test
        void anonymous_visitor_is_asked_to_sign_in_and_nothing_is_written() {
            Map<String, Integer> before = rowCounts();

            PermissionDeniedException refusal = catchThrowableOfType(PermissionDeniedException.class,
                    () -> documents.importDocument(new NewDocument("anon-paper", "Anon", "en", Visibility.PUBLIC),
                            "anon.md", PAPER.getBytes(StandardCharsets.UTF_8)));

            assertThat(refusal.isLoginRequired()).isTrue();
            assertThat(refusal.messageKey()).isEqualTo("error.login-required");
            assertThat(rowCounts()).isEqualTo(before);
        }

        private void assertImportForbidden(GlobalRole role) {
            Person person = data.person(role);
            Map<String, Integer> before = rowCounts();
            data.signIn(person);

            PermissionDeniedException refusal = catchThrowableOfType(PermissionDeniedException.class,
                    () -> documents.importDocument(new NewDocument("forbidden-paper", "No", "en", Visibility.PUBLIC),
                            "no.md", PAPER.getBytes(StandardCharsets.UTF_8)));

            assertThat(refusal.isLoginRequired()).isFalse();
            assertThat(refusal.messageKey()).isEqualTo("error.forbidden");
            assertThat(rowCounts()).isEqualTo(before);
        }
    }

    @Nested
    class ImportRefusals {

        private Map<String, Integer> before;

        @BeforeEach
        void signInEditor() {
            importAs(editor, "existing-paper", Visibility.PUBLIC, PAPER);
            before = rowCounts();
            data.signIn(editor);
        }

        private void assertRefused(NewDocument request, String fileName, byte[] content, String key,
                                   Object... arguments) {
            UserFacingException refusal = catchThrowableOfType(UserFacingException.class,
                    () -> documents.importDocument(request, fileName, content));

            assertThat(refusal).as("refusal").isNotNull();
            assertThat(refusal).isNotInstanceOf(PermissionDeniedException.class);
            assertThat(refusal.messageKey()).isEqualTo(key);
            if (arguments.length > 0) {
                assertThat(refusal.arguments()).containsExactly(arguments);
            }
            assertThat(rowCounts()).as("rows after a refused import").isEqualTo(before);
        }

        private void assertRefused(NewDocument request, String key, Object... arguments) {
            assertRefused(request, "paper.md", PAPER.getBytes(StandardCharsets.UTF_8), key, arguments);
        }

        @Test
        void blank_slug_is_refused() {
            assertRefused(new NewDocument("   ", "Title", "en", Visibility.PUBLIC), "document.error.slug", 80);
        }

        @Test
        void slug_with_capitals_and_spaces_is_refused() {
            assertRefused(new NewDocument("Policy Paper", "Title", "en", Visibility.PUBLIC), "document.error.slug");
        }

        @Test
        void slug_with_a_trailing_hyphen_is_refused() {
            assertRefused(new NewDocument("policy-", "Title", "en", Visibility.PUBLIC), "document.error.slug");
        }

        @Test
        void slug_longer_than_80_characters_is_refused() {
            assertRefused(new NewDocument("a".repeat(81), "Title", "en", Visibility.PUBLIC), "document.error.slug");
        }

        @Test
        void duplicate_slug_is_refused() {
            assertRefused(new NewDocument("existing-paper", "Other", "en", Visibility.PUBLIC),
                    "document.error.slug-taken", "existing-paper");
        }

        @Test
        void blank_title_is_refused() {
            assertRefused(new NewDocument("new-paper", " ", "en", Visibility.PUBLIC), "document.error.title", 300);
        }

        @Test
        void unknown_language_is_refused() {
            assertRefused(new NewDocument("new-paper", "Title", "de", Visibility.PUBLIC), "document.error.language");
        }

        @Test
        void missing_language_is_refused() {
            assertRefused(new NewDocument("new-paper", "Title", null, Visibility.PUBLIC), "document.error.language");
        }

        @Test
        void empty_file_is_refused() {
            assertRefused(new NewDocument("new-paper", "Title", "en", Visibility.PUBLIC), "empty.md", new byte[0],
                    "import.error.empty");
        }

        @Test
        void file_of_blank_lines_is_refused_as_empty() {
            assertRefused(new NewDocument("new-paper", "Title", "en", Visibility.PUBLIC), "blank.md",
                    "\n  \n\n".getBytes(StandardCharsets.UTF_8), "import.error.empty");
        }

        @Test
        void file_with_headings_but_no_paragraphs_is_refused() {
            assertRefused(new NewDocument("new-paper", "Title", "en", Visibility.PUBLIC), "headings.md",
                    "# Title\n\n## One\n\n## Two\n".getBytes(StandardCharsets.UTF_8), "import.error.no-paragraphs");
        }

        @Test
        void docx_that_is_not_a_zip_is_refused_as_corrupt() {
            assertRefused(new NewDocument("new-paper", "Title", "en", Visibility.PUBLIC), "paper.docx",
                    "this is not a word file".getBytes(StandardCharsets.UTF_8), "import.error.corrupt-docx",
                    "paper.docx");
        }

        @Test
        void zip_with_a_broken_word_document_part_is_refused_as_corrupt() throws IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                zip.putNextEntry(new ZipEntry("word/document.xml"));
                zip.write("<w:document><w:body><w:p>unterminated".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            assertRefused(new NewDocument("new-paper", "Title", "en", Visibility.PUBLIC), "broken.docx",
                    bytes.toByteArray(), "import.error.corrupt-docx", "broken.docx");
        }

        @Test
        void binary_file_is_refused_as_unsupported() {
            assertRefused(new NewDocument("new-paper", "Title", "en", Visibility.PUBLIC), "image.png",
                    new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13}, "import.error.unsupported-format",
                    "image.png");
        }
    }

    @Nested
    class Reading {

        @Test
        void members_document_is_hidden_from_anonymous_readers() {
            data.openDocument("public-paper", Visibility.PUBLIC, PAPER);
            data.openDocument("members-paper", Visibility.MEMBERS, PAPER);

            assertThat(documents.readableDocuments()).extracting(s -> s.document().slug())
                    .containsExactly("public-paper");
            // exactly as an unknown slug: an anonymous caller cannot tell that the document exists
            assertThatThrownBy(() -> documents.document("members-paper"))
                    .isInstanceOf(DocumentNotFoundException.class);
            assertThatThrownBy(() -> documents.version("members-paper", 1))
                    .isInstanceOf(DocumentNotFoundException.class);
        }

        @Test
        void members_document_text_is_hidden_from_anonymous_readers_even_with_the_version_in_hand() {
            DocumentVersion version = data.openDocument("members-paper", Visibility.MEMBERS, PAPER).latest();

            assertThatThrownBy(() -> documents.allParagraphs(version)).isInstanceOf(DocumentNotFoundException.class);
            assertThatThrownBy(() -> documents.sections(version)).isInstanceOf(DocumentNotFoundException.class);
        }

        @Test
        void members_document_is_visible_to_signed_in_readers() {
            data.openDocument("public-paper", Visibility.PUBLIC, PAPER);
            data.openDocument("members-paper", Visibility.MEMBERS, PAPER);
            data.signIn(data.person(GlobalRole.READER));

            assertThat(documents.readableDocuments()).extracting(s -> s.document().slug())
                    .containsExactly("public-paper", "members-paper");
            DocumentSummary members = documents.document("members-paper");
            assertThat(members.versions()).extracting(DocumentVersion::status)
                    .containsExactly(VersionStatus.OPEN_FOR_COMMENTS);
            assertThat(documents.allParagraphs(members.latest())).hasSize(6);
        }

        @Test
        void draft_version_is_visible_to_editors_only() {
            DocumentVersion draft = importAs(editor, "draft-paper", Visibility.PUBLIC, PAPER).latest();

            data.signIn(data.person(GlobalRole.READER));
            assertThat(documents.readableDocuments()).isEmpty();
            assertThatThrownBy(() -> documents.document("draft-paper")).isInstanceOf(DocumentNotFoundException.class);
            assertThatThrownBy(() -> documents.paragraphs(draft, 0, 10)).isInstanceOf(DocumentNotFoundException.class);

            data.signIn(data.person(GlobalRole.CONTRIBUTOR));
            assertThatThrownBy(() -> documents.document("draft-paper")).isInstanceOf(DocumentNotFoundException.class);

            data.signOut();
            assertThatThrownBy(() -> documents.document("draft-paper")).isInstanceOf(DocumentNotFoundException.class);

            data.signIn(editor);
            assertThat(documents.readableDocuments()).extracting(s -> s.document().slug())
                    .containsExactly("draft-paper");
            assertThat(documents.document("draft-paper").versions()).extracting(DocumentVersion::status)
                    .containsExactly(VersionStatus.DRAFT);
            assertThat(documents.paragraphs(draft, 0, 10)).hasSize(6);
        }

        @Test
        void unknown_slug_and_unknown_version_number_are_not_found() {
            data.openDocument("public-paper", Visibility.PUBLIC, PAPER);

            assertThatThrownBy(() -> documents.document("no-such-paper")).isInstanceOf(DocumentNotFoundException.class);
            assertThatThrownBy(() -> documents.version("public-paper", 2)).isInstanceOf(DocumentNotFoundException.class);
            assertThat(documents.version("public-paper", 1).number()).isEqualTo(1);
        }
    }

    @Nested
    class Paging {

        /** A preamble and 30 numbered paragraphs: paragraph "n" has ordinal n + 1. */
        private DocumentVersion numberedDocument() {
            StringBuilder markdown = new StringBuilder("Preamble.\n\n");
            for (int n = 1; n <= 30; n++) {
                markdown.append(n).append(". Paragraph number ").append(n).append(".\n\n");
            }
            return data.openDocument("numbered-paper", Visibility.PUBLIC, markdown.toString()).latest();
        }

        @Test
        void paragraphs_come_in_pages_by_offset_and_limit() {
            DocumentVersion version = numberedDocument();

            assertThat(version.paragraphCount()).isEqualTo(31);
            assertThat(documents.paragraphs(version, 0, 3)).extracting(Paragraph::number)
                    .containsExactly("P1", "1", "2");
            List<Paragraph> page = documents.paragraphs(version, 10, 5);
            assertThat(page).extracting(Paragraph::ordinal).containsExactly(11, 12, 13, 14, 15);
            assertThat(page).extracting(Paragraph::number).containsExactly("10", "11", "12", "13", "14");
            assertThat(page.get(0).text()).isEqualTo("Paragraph number 10.");
        }

        @Test
        void last_page_is_short_and_a_page_past_the_end_is_empty() {
            DocumentVersion version = numberedDocument();

            assertThat(documents.paragraphs(version, 28, 10)).extracting(Paragraph::ordinal).containsExactly(29, 30, 31);
            assertThat(documents.paragraphs(version, 31, 10)).isEmpty();
        }

        @Test
        void anchor_p_12_finds_the_paragraph_numbered_12() {
            DocumentVersion version = numberedDocument();

            assertThat(documents.ordinalOfAnchor(version, "p-12")).contains(13);
            assertThat(documents.ordinalOfAnchor(version, "p-P1")).contains(1);
            assertThat(documents.ordinalOfAnchor(version, "p-31")).isEmpty();
            assertThat(documents.ordinalOfAnchor(version, "12")).isEmpty();
        }
    }

    @Nested
    class Scheduling {

        private DocumentVersion draft;

        @BeforeEach
        void importDraft() {
            draft = importAs(editor, "scheduled-paper", Visibility.PUBLIC, PAPER).latest();
            data.signIn(editor);
        }

        @Test
        void editor_opens_a_version_for_comments_with_dates_and_label() {
            DocumentVersion scheduled = documents.scheduleVersion(draft.id(), "Consultation draft",
                    VersionStatus.OPEN_FOR_COMMENTS, OPENS, CLOSES);

            assertThat(scheduled.label()).isEqualTo("Consultation draft");
            assertThat(scheduled.status()).isEqualTo(VersionStatus.OPEN_FOR_COMMENTS);
            assertThat(scheduled.consultationOpensAt()).isEqualTo(OPENS);
            assertThat(scheduled.consultationClosesAt()).isEqualTo(CLOSES);
            assertThat(scheduled.publishedAt()).isNull();
            assertThat(documents.document("scheduled-paper").latest()).isEqualTo(scheduled);
        }

        @Test
        void scheduling_leaves_an_audit_event_with_the_state_before_and_after() {
            documents.scheduleVersion(draft.id(), "Consultation draft", VersionStatus.OPEN_FOR_COMMENTS, OPENS,
                    CLOSES);

            Record event = dsl.fetchOne("""
                    select actor_id, entity_type, entity_id, before->>'status' as before_status,
                           before->>'label' as before_label, after->>'status' as after_status,
                           after->>'label' as after_label, (after->>'consultationClosesAt')::timestamptz as closes,
                           (after->>'paragraphCount')::int as paragraph_count
                    from audit_event where action = 'version.scheduled'""");
            assertThat(event).isNotNull();
            assertThat(event.get("actor_id", Long.class)).isEqualTo(editor.id());
            assertThat(event.get("entity_type", String.class)).isEqualTo("document_version");
            assertThat(event.get("entity_id", String.class)).isEqualTo(String.valueOf(draft.id()));
            assertThat(event.get("before_status", String.class)).isEqualTo("DRAFT");
            assertThat(event.get("before_label", String.class)).isNull();
            assertThat(event.get("after_status", String.class)).isEqualTo("OPEN_FOR_COMMENTS");
            assertThat(event.get("after_label", String.class)).isEqualTo("Consultation draft");
            assertThat(event.get("closes", OffsetDateTime.class).toInstant()).isEqualTo(CLOSES.toInstant());
            assertThat(event.get("paragraph_count", Integer.class)).isEqualTo(6);
        }

        @Test
        void closing_date_before_the_opening_date_is_refused() {
            assertThatThrownBy(() -> documents.scheduleVersion(draft.id(), null, VersionStatus.OPEN_FOR_COMMENTS,
                    CLOSES, OPENS))
                    .isInstanceOfSatisfying(UserFacingException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("version.error.dates"));
            assertThat(documents.document("scheduled-paper").latest().status()).isEqualTo(VersionStatus.DRAFT);
        }

        @Test
        void closing_date_equal_to_the_opening_date_is_refused() {
            Map<String, Integer> before = rowCounts();

            assertThatThrownBy(() -> documents.scheduleVersion(draft.id(), null, VersionStatus.OPEN_FOR_COMMENTS,
                    OPENS, OPENS))
                    .isInstanceOfSatisfying(UserFacingException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("version.error.dates"));
            assertThat(rowCounts()).isEqualTo(before);
        }

        @Test
        void published_version_can_no_longer_change() {
            DocumentVersion published = documents.scheduleVersion(draft.id(), "Final", VersionStatus.PUBLISHED,
                    null, null);
            assertThat(published.publishedAt()).isNotNull();
            Map<String, Integer> before = rowCounts();

            assertThatThrownBy(() -> documents.scheduleVersion(draft.id(), "Reopened",
                    VersionStatus.OPEN_FOR_COMMENTS, OPENS, CLOSES))
                    .isInstanceOfSatisfying(UserFacingException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("version.error.published-is-frozen"));
            assertThat(rowCounts()).isEqualTo(before);
            DocumentVersion after = documents.document("scheduled-paper").latest();
            assertThat(after.status()).isEqualTo(VersionStatus.PUBLISHED);
            assertThat(after.label()).isEqualTo("Final");
        }

        @Test
        void label_longer_than_300_characters_is_refused() {
            assertThatThrownBy(() -> documents.scheduleVersion(draft.id(), "x".repeat(301),
                    VersionStatus.OPEN_FOR_COMMENTS, null, null))
                    .isInstanceOfSatisfying(UserFacingException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("version.error.label"));
        }

        @Test
        void contributor_may_not_schedule_a_version() {
            data.signIn(data.person(GlobalRole.CONTRIBUTOR));
            Map<String, Integer> before = rowCounts();

            assertThatThrownBy(() -> documents.scheduleVersion(draft.id(), null, VersionStatus.OPEN_FOR_COMMENTS,
                    null, null))
                    .isInstanceOf(PermissionDeniedException.class);
            assertThat(rowCounts()).isEqualTo(before);
        }

        @Test
        void scheduling_an_unknown_version_is_not_found() {
            assertThatThrownBy(() -> documents.scheduleVersion(draft.id() + 1000, null,
                    VersionStatus.OPEN_FOR_COMMENTS, null, null))
                    .isInstanceOf(DocumentNotFoundException.class);
        }
    }
}
