package org.parley.api;

import org.hamcrest.Matchers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.document.DocumentService;
import org.parley.document.DocumentSummary;
import org.parley.document.Paragraph;
import org.parley.document.Section;
import org.parley.document.Visibility;
import org.parley.organisation.Person;
import org.parley.security.ApiTokenService;
import org.parley.security.GlobalRole;
import org.parley.security.SystemActor;
import org.parley.testsupport.ParleyTest;
import org.parley.testsupport.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@ParleyTest
@AutoConfigureMockMvc
class DocumentApiTest {

    private static final String PAPER = """
            # Migration and cities

            ## 1. Context

            Cities receive most newcomers.

            Regions coordinate the services.

            ## 2. Proposals

            Open local welcome offices.
            """;

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    ApiTokenService apiTokens;
    @Autowired
    DocumentService documents;
    @Autowired
    DSLContext dsl;

    @BeforeEach
    void cleanSlate() {
        data.reset();
    }

    private String tokenOf(GlobalRole role) {
        Person person = data.person(role);
        data.signIn(person);
        try {
            return apiTokens.createForCurrentUser("test");
        } finally {
            data.signOut();
        }
    }

    private static MockHttpServletRequestBuilder upload(String slug, String fileName, byte[] content) {
        return multipart("/api/v1/documents")
                .file(new MockMultipartFile("file", fileName, "text/markdown", content))
                .param("title", "Paper " + slug)
                .param("slug", slug)
                .param("language", "en")
                .param("visibility", "PUBLIC");
    }

    private static MockHttpServletRequestBuilder upload(String slug) {
        return upload(slug, slug + ".md", PAPER.getBytes(StandardCharsets.UTF_8));
    }

    private static ResultMatcher problem(int status) {
        return result -> {
            assertThat(result.getResponse().getStatus()).isEqualTo(status);
            assertThat(result.getResponse().getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(body).contains("\"status\":" + status)
                    .doesNotContain("Exception").doesNotContain("org.parley").doesNotContain("\tat ")
                    .doesNotContain("trace");
        };
    }

    private int documentCount() {
        return dsl.fetchCount(dsl.selectFrom("document"));
    }

    @Test
    void anonymous_list_shows_only_public_documents() throws Exception {
        data.openDocument("public-paper", Visibility.PUBLIC, PAPER);
        data.openDocument("members-paper", Visibility.MEMBERS, PAPER);

        mvc.perform(get("/api/v1/documents"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.items", hasSize(1)))
                .andExpect(jsonPath("$.items[0].slug").value("public-paper"))
                .andExpect(jsonPath("$.items[0].title").value("Document public-paper"))
                .andExpect(jsonPath("$.items[0].visibility").value("PUBLIC"))
                .andExpect(jsonPath("$.items[0].versions[0].number").value(1))
                .andExpect(jsonPath("$.items[0].versions[0].status").value("OPEN_FOR_COMMENTS"))
                .andExpect(jsonPath("$.items[0].versions[0].paragraphs").value(3));
    }

    @Test
    void reader_with_a_token_lists_members_documents_too() throws Exception {
        data.openDocument("public-paper", Visibility.PUBLIC, PAPER);
        data.openDocument("members-paper", Visibility.MEMBERS, PAPER);
        String token = tokenOf(GlobalRole.READER);

        mvc.perform(get("/api/v1/documents").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].slug").value(Matchers.contains("public-paper",
                        "members-paper")));
    }

    @Test
    void one_document_with_its_versions() throws Exception {
        data.openDocument("public-paper", Visibility.PUBLIC, PAPER);

        mvc.perform(get("/api/v1/documents/public-paper"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.slug").value("public-paper"))
                .andExpect(jsonPath("$.language").value("en"))
                .andExpect(jsonPath("$.versions", hasSize(1)))
                .andExpect(jsonPath("$.versions[0].label").value("Draft"));
    }

    @Test
    void members_document_answers_anonymous_callers_exactly_as_an_unknown_slug() throws Exception {
        data.openDocument("members-paper", Visibility.MEMBERS, PAPER);

        for (String path : List.of("", "/versions/1", "/versions/1/comments", "/statistics",
                "/versions/1/export?format=md", "/versions/1/export?format=pdf")) {
            var members = mvc.perform(get("/api/v1/documents/members-paper" + path)).andReturn().getResponse();
            var unknown = mvc.perform(get("/api/v1/documents/no-such-paper" + path)).andReturn().getResponse();

            assertThat(members.getStatus()).as(path).isEqualTo(404).isEqualTo(unknown.getStatus());
            assertThat(members.getContentAsString(StandardCharsets.UTF_8).replace("members-paper", "X")).as(path)
                    .isEqualTo(unknown.getContentAsString(StandardCharsets.UTF_8).replace("no-such-paper", "X"));
        }
    }

    @Test
    void version_returns_sections_and_paragraphs_in_reading_order() throws Exception {
        DocumentSummary summary = data.openDocument("public-paper", Visibility.PUBLIC, PAPER);
        List<Section> sections = SystemActor.call(() -> documents.sections(summary.latest()));
        List<Paragraph> paragraphs = SystemActor.call(() -> documents.allParagraphs(summary.latest()));

        mvc.perform(get("/api/v1/documents/public-paper/versions/1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.number").value(1))
                .andExpect(jsonPath("$.status").value("OPEN_FOR_COMMENTS"))
                .andExpect(jsonPath("$.sections", hasSize(2)))
                .andExpect(jsonPath("$.sections[0].id").value(sections.get(0).id()))
                .andExpect(jsonPath("$.sections[0].number").value("1"))
                .andExpect(jsonPath("$.sections[0].heading").value("Context"))
                .andExpect(jsonPath("$.sections[1].heading").value("Proposals"))
                .andExpect(jsonPath("$.paragraphs", hasSize(3)))
                .andExpect(jsonPath("$.paragraphs[0].id").value(paragraphs.get(0).id()))
                .andExpect(jsonPath("$.paragraphs[0].lineageId").value(paragraphs.get(0).lineageId().toString()))
                .andExpect(jsonPath("$.paragraphs[0].number").value("1.1"))
                .andExpect(jsonPath("$.paragraphs[0].section").value(sections.get(0).id()))
                .andExpect(jsonPath("$.paragraphs[0].text").value("Cities receive most newcomers."))
                .andExpect(jsonPath("$.paragraphs[2].number").value("2.1"))
                .andExpect(jsonPath("$.paragraphs[2].section").value(sections.get(1).id()));
    }

    @Test
    void unknown_slug_and_unknown_version_are_404_problems() throws Exception {
        data.openDocument("public-paper", Visibility.PUBLIC, PAPER);

        mvc.perform(get("/api/v1/documents/no-such-paper"))
                .andExpect(problem(404))
                .andExpect(jsonPath("$.detail").value("Not found: it does not exist or you cannot see it."))
                .andExpect(jsonPath("$.instance").value("/api/v1/documents/no-such-paper"));
        mvc.perform(get("/api/v1/documents/public-paper/versions/7"))
                .andExpect(problem(404));
    }

    @Test
    void editor_with_a_token_creates_a_document() throws Exception {
        String token = tokenOf(GlobalRole.EDITOR);

        mvc.perform(upload("new-paper").header("Authorization", "Bearer " + token))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", endsWith("/api/v1/documents/new-paper")))
                .andExpect(jsonPath("$.slug").value("new-paper"))
                .andExpect(jsonPath("$.title").value("Paper new-paper"))
                .andExpect(jsonPath("$.visibility").value("PUBLIC"))
                .andExpect(jsonPath("$.versions[0].status").value("DRAFT"))
                .andExpect(jsonPath("$.versions[0].paragraphs").value(3));

        assertThat(documentCount()).isEqualTo(1);
        assertThat(dsl.fetchValue("select created_by from document where slug = 'new-paper'"))
                .isEqualTo(dsl.fetchValue("select person_id from api_token"));
    }

    @Test
    void upload_without_a_token_is_401_and_writes_nothing() throws Exception {
        mvc.perform(upload("new-paper"))
                .andExpect(problem(401))
                .andExpect(jsonPath("$.detail").value("Please sign in to see this."));

        assertThat(documentCount()).isZero();
    }

    @Test
    void upload_with_a_readers_token_is_403() throws Exception {
        String token = tokenOf(GlobalRole.READER);

        mvc.perform(upload("new-paper").header("Authorization", "Bearer " + token))
                .andExpect(problem(403))
                .andExpect(jsonPath("$.detail").value("You do not have permission to do this."));

        assertThat(documentCount()).isZero();
    }

    @Test
    void wrong_token_is_401_even_for_public_reads() throws Exception {
        tokenOf(GlobalRole.EDITOR);

        mvc.perform(upload("new-paper").header("Authorization", "Bearer pat_wrong-token"))
                .andExpect(problem(401))
                .andExpect(header().string("WWW-Authenticate", "Bearer"))
                .andExpect(jsonPath("$.detail").value("Missing, unknown, expired or revoked API token."));
        mvc.perform(get("/api/v1/documents").header("Authorization", "Bearer pat_wrong-token"))
                .andExpect(problem(401));

        assertThat(documentCount()).isZero();
    }

    @Test
    void unauthorized_problem_is_in_the_callers_language() throws Exception {
        mvc.perform(get("/api/v1/documents").header("Authorization", "Bearer pat_wrong-token")
                        .header("Accept-Language", "fr-FR,fr;q=0.9"))
                .andExpect(problem(401))
                .andExpect(jsonPath("$.detail").value("Jeton d'API absent, inconnu, expiré ou révoqué."));
    }

    @Test
    void unsupported_file_is_a_400_problem_in_french_for_a_french_caller() throws Exception {
        String token = tokenOf(GlobalRole.EDITOR);

        mvc.perform(upload("new-paper", "slides.pptx", "not a presentation".getBytes(StandardCharsets.UTF_8))
                        .header("Authorization", "Bearer " + token)
                        .header("Accept-Language", "fr"))
                .andExpect(problem(400))
                .andExpect(jsonPath("$.code").value("import.error.unsupported-format"))
                .andExpect(jsonPath("$.detail").value(
                        "« slides.pptx » n'est pas dans un format pris en charge. Importez un fichier Word (.docx), "
                                + "Markdown (.md) ou texte brut (.txt)."));

        assertThat(documentCount()).isZero();
    }

    @Test
    void corrupt_docx_is_a_400_problem_without_any_exception_detail() throws Exception {
        String token = tokenOf(GlobalRole.EDITOR);
        byte[] brokenZip = {'P', 'K', 3, 4, 'w', 'o', 'r', 'd', '/', 'd', 'o', 'c', 'u', 'm', 'e', 'n', 't', '.',
                'x', 'm', 'l', 0, 0, 0};

        mvc.perform(upload("new-paper", "broken.docx", brokenZip)
                        .header("Authorization", "Bearer " + token)
                        .header("Accept-Language", "fr"))
                .andExpect(problem(400))
                .andExpect(jsonPath("$.code").value("import.error.corrupt-docx"))
                .andExpect(jsonPath("$.detail", containsString("n'a pas pu être lu comme document Word")))
                .andExpect(jsonPath("$.detail", not(containsString("POI"))));
    }

    @Test
    void missing_file_part_is_a_400_problem() throws Exception {
        String token = tokenOf(GlobalRole.EDITOR);

        mvc.perform(multipart("/api/v1/documents").param("title", "T").param("slug", "s").param("language", "en")
                        .header("Authorization", "Bearer " + token))
                .andExpect(problem(400));
    }

    @Test
    void openapi_document_describes_the_documents_endpoints() throws Exception {
        mvc.perform(get("/api/v1/openapi"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.info.title").value("Parley API"))
                .andExpect(jsonPath("$.paths['/api/v1/documents'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/documents'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/documents/{slug}/versions/{number}'].get").exists());
    }

    @Test
    void health_endpoint_is_up_without_signing_in() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
    }
}
