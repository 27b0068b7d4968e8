package org.parley.api;

import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.document.DocumentService;
import org.parley.document.Visibility;
import org.parley.document.VersionStatus;
import org.parley.translation.TranslatedParagraph;
import org.parley.translation.TranslationService;
import org.parley.organisation.Person;
import org.parley.drafting.RevisionService;
import org.parley.security.ApiTokenService;
import org.parley.security.GlobalRole;
import org.parley.security.SystemActor;
import org.parley.testsupport.ParleyTest;
import org.parley.testsupport.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ParleyTest
@AutoConfigureMockMvc
class ExportApiTest {

    private static final String PAPER = """
            # Paper

            ## I. Housing

            1. Access to adequate housing is the foundation of inclusion.

            2. Health is a fundamental right for every resident.
            """;

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    RevisionService revisions;
    @Autowired
    ApiTokenService apiTokens;
    @Autowired
    DocumentService documents;
    @Autowired
    TranslationService translations;

    private Person editor;

    @BeforeEach
    void setUp() {
        data.reset();
        data.openDocument("paper", Visibility.PUBLIC, PAPER);
        editor = data.person(GlobalRole.EDITOR);
        data.signIn(editor);
        revisions.startNextDraft("paper");
        data.signOut();
    }

    private byte[] download(String url, String expectedType) throws Exception {
        MvcResult started = mvc.perform(get(url)).andExpect(request().asyncStarted()).andReturn();
        return mvc.perform(asyncDispatch(started))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(expectedType))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andReturn().getResponse().getContentAsByteArray();
    }

    @Test
    void a_version_downloads_as_pdf_docx_and_markdown() throws Exception {
        byte[] pdf = download("/api/v1/documents/paper/versions/1/export?format=pdf", "application/pdf");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(3);
        }
        byte[] docx = download("/api/v1/documents/paper/versions/1/export?format=docx&lang=en",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(doc.getParagraphs()).anySatisfy(p -> assertThat(p.getText())
                    .isEqualTo("2.\tHealth is a fundamental right for every resident."));
        }
        String md = new String(download("/api/v1/documents/paper/versions/1/export?format=md", "text/markdown"),
                StandardCharsets.UTF_8);
        assertThat(md).contains("## I. Housing", "1. Access to adequate housing");
    }

    @Test
    void unknown_format_or_language_are_problem_details_in_the_callers_language() throws Exception {
        mvc.perform(get("/api/v1/documents/paper/versions/1/export?format=odt").header("Accept-Language", "fr"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("export.error.format"))
                .andExpect(jsonPath("$.detail").value(containsString("Format d'export inconnu")));
        mvc.perform(get("/api/v1/documents/paper/versions/1/export?format=pdf&lang=xx"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("export.error.language"));
        mvc.perform(get("/api/v1/documents/paper/versions/1/export?format=pdf&lang=es"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("export.error.no-translation"));
        mvc.perform(get("/api/v1/documents/paper/redline/1/2?format=md"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/documents/paper/versions/9/export?format=pdf"))
                .andExpect(status().isNotFound());
    }

    @Test
    void a_version_downloads_in_its_french_translation_and_a_language_without_text_is_a_problem() throws Exception {
        data.signIn(editor);
        var first = documents.version("paper", 1);
        var paragraphs = data.paragraphs(first);
        translations.accept(first, "fr", List.of(new TranslatedParagraph(paragraphs.get(0).id(),
                "L'accès à un logement convenable est le fondement de l'inclusion.")), List.of());
        data.signOut();

        byte[] docx = download("/api/v1/documents/paper/versions/1/export?format=docx&lang=fr",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(doc.getParagraphs()).extracting(p -> p.getText()).containsSubsequence(
                    "1.\tL'accès à un logement convenable est le fondement de l'inclusion.",
                    "2.\tHealth is a fundamental right for every resident.");
        }
        MvcResult started = mvc.perform(get("/api/v1/documents/paper/versions/1/export?format=pdf&lang=fr"))
                .andExpect(request().asyncStarted()).andReturn();
        mvc.perform(asyncDispatch(started)).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("paper-v1-fr.pdf")));
        mvc.perform(get("/api/v1/documents/paper/versions/1/export?format=pdf&lang=de").header("Accept-Language", "fr"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("export.error.language"));
        mvc.perform(get("/api/v1/documents/paper/versions/1/export?format=docx&lang=ar"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("export.error.no-translation"));
    }

    @Test
    void drafts_export_only_for_those_who_may_read_them() throws Exception {
        mvc.perform(get("/api/v1/documents/paper/versions/2/export?format=docx"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/documents/paper/redline/1/2?format=docx"))
                .andExpect(status().isNotFound());

        data.signIn(editor);
        String token = apiTokens.createForCurrentUser("test");
        data.signOut();
        MvcResult started = mvc.perform(get("/api/v1/documents/paper/redline/1/2?format=pdf")
                .header("Authorization", "Bearer " + token)).andExpect(request().asyncStarted()).andReturn();
        byte[] pdf = mvc.perform(asyncDispatch(started)).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("paper-redline-v1-v2.pdf")))
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isPositive();
        }
    }
    @Test
    void a_link_from_the_screens_reads_with_the_signed_in_session_but_never_writes_with_it() throws Exception {
        MockHttpSession editorSession = sessionOf(editor);
        MvcResult started = mvc.perform(get("/api/v1/documents/paper/versions/2/export?format=md")
                .session(editorSession)).andExpect(request().asyncStarted()).andReturn();
        assertThat(mvc.perform(asyncDispatch(started)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("1. Access to adequate housing");

        mvc.perform(get("/api/v1/documents/paper/versions/2/export?format=md")
                        .session(sessionOf(data.person(GlobalRole.CONTRIBUTOR))))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/documents/paper/versions/2/publish").session(editorSession)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"milestone\": \"Bogotá\"}"))
                .andExpect(status().isUnauthorized());
        assertThat(SystemActor.call(() -> documents.version("paper", 2)).status()).isEqualTo(VersionStatus.DRAFT);
    }

    /** The session the screens' login leaves behind, holding the person's security context. */
    private MockHttpSession sessionOf(Person person) {
        MockHttpSession session = new MockHttpSession();
        data.signIn(person);
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                SecurityContextHolder.getContext());
        data.signOut();
        return session;
    }
}
