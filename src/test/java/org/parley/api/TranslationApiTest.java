package org.parley.api;

import org.hamcrest.Matchers;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.api.ApiCalls.problem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import org.junit.jupiter.api.Test;
import org.parley.document.Visibility;
import org.parley.organisation.Person;
import org.parley.security.ApiTokenService;
import org.parley.security.GlobalRole;
import org.parley.testsupport.ParleyTest;
import org.parley.testsupport.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@ParleyTest
@AutoConfigureMockMvc
class TranslationApiTest {

    private static final String PAPER = """
            # Paper

            ## 1. Context

            1. Cities receive most newcomers.

            2. Regions coordinate the services.
            """;
    private static final String FRENCH = """
            # Document

            ## 1. Contexte

            1. Les villes accueillent la plupart des arrivants.

            2. Les régions coordonnent les services.
            """;

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    ApiTokenService apiTokens;

    private String editor;

    @BeforeEach
    void setUp() {
        data.reset();
        data.openDocument("paper", Visibility.PUBLIC, PAPER);
        Person person = data.person(GlobalRole.EDITOR);
        data.signIn(person);
        editor = "Bearer " + apiTokens.createForCurrentUser("test");
        data.signOut();
    }

    @Test
    void a_translation_is_proposed_then_saved_with_accept_and_listed() throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "fr.md", "text/markdown",
                FRENCH.getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/api/v1/documents/paper/versions/1/translations/fr").file(file)
                        .header("Authorization", editor))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.method").value("NUMBERS"))
                .andExpect(jsonPath("$.paragraphs[1].proposedText").value("Les régions coordonnent les services."));
        mvc.perform(get("/api/v1/documents/paper/versions/1/translations"))
                .andExpect(jsonPath("$.items[1]").doesNotExist());

        mvc.perform(multipart("/api/v1/documents/paper/versions/1/translations/fr").file(file).param("accept", "true")
                        .header("Authorization", editor))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.saved").value(2));

        mvc.perform(get("/api/v1/documents/paper/versions/1/translations"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].language").value("en"))
                .andExpect(jsonPath("$.items[1].language").value("fr"))
                .andExpect(jsonPath("$.items[1].translated").value(2))
                .andExpect(jsonPath("$.items[1].outdated").value(0));
    }

    @Test
    void one_paragraph_is_translated_by_number_and_an_unknown_language_is_a_problem() throws Exception {
        mvc.perform(put("/api/v1/documents/paper/versions/1/paragraphs/2/translations/es")
                        .header("Authorization", editor).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": \"Las regiones coordinan los servicios.\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.text").value("Las regiones coordinan los servicios."))
                .andExpect(jsonPath("$.outdated").value(false));

        mvc.perform(put("/api/v1/documents/paper/versions/1/paragraphs/2/translations/xx")
                        .header("Authorization", editor).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": \"?\"}"))
                .andExpect(status().is4xxClientError())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("xx")));
        mvc.perform(put("/api/v1/documents/paper/versions/1/paragraphs/2/translations/fr")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"text\": \"Les régions.\"}"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void a_translation_is_updated_only_against_its_etag_like_a_draft_paragraph() throws Exception {
        String paragraph = "/api/v1/documents/paper/versions/1/paragraphs/2/translations/fr";
        mvc.perform(get(paragraph)).andExpect(problem(404));
        String first = mvc.perform(put(paragraph).header("Authorization", editor)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"text\": \"Les régions.\"}"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getHeader("ETag");
        mvc.perform(get(paragraph)).andExpect(status().isOk())
                .andExpect(header().string("ETag", first))
                .andExpect(jsonPath("$.text").value("Les régions."));

        mvc.perform(put(paragraph).header("Authorization", editor).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": \"Sans If-Match.\"}"))
                .andExpect(problem(428));
        String second = mvc.perform(put(paragraph).header("Authorization", editor).header("If-Match", first)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": \"Les régions coordonnent les services.\"}"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getHeader("ETag");
        assertThat(second).isNotEqualTo(first);
        mvc.perform(put(paragraph).header("Authorization", editor).header("If-Match", first)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"text\": \"Une version périmée.\"}"))
                .andExpect(problem(412))
                .andExpect(header().string("ETag", second))
                .andExpect(jsonPath("$.current.text").value("Les régions coordonnent les services."))
                .andExpect(jsonPath("$.currentRevision").value(Integer.parseInt(second.replace("\"", ""))));
        mvc.perform(get(paragraph)).andExpect(jsonPath("$.text").value("Les régions coordonnent les services."));
    }
}
