package org.parley.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.document.DocumentService;
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

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ParleyTest
@AutoConfigureMockMvc
class RevisionApiTest {

    private static final String PAPER = """
            # Paper

            1. Access to adequate housing is the foundation of inclusion.

            2. Health is a fundamental right for every resident.
            """;
    private static final String REVISED = PAPER.replace("every resident", "every resident and newcomer");

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    ApiTokenService apiTokens;
    @Autowired
    DocumentService documents;
    @Autowired
    ObjectMapper json;

    private String editor;

    @BeforeEach
    void setUp() {
        data.reset();
        data.openDocument("housing", Visibility.PUBLIC, PAPER);
        data.openDocument("health", Visibility.PUBLIC, PAPER);
        Person person = data.person(GlobalRole.EDITOR);
        data.signIn(person);
        try {
            editor = "Bearer " + apiTokens.createForCurrentUser("test");
        } finally {
            data.signOut();
        }
    }

    @Test
    void an_import_cannot_be_accepted_through_another_documents_address() throws Exception {
        long importId = proposeRevisionOf("housing");

        mvc.perform(post("/api/v1/documents/health/versions/imports/" + importId + "/accept")
                        .header("Authorization", editor).contentType(MediaType.APPLICATION_JSON).content("[]"))
                .andExpect(status().isNotFound());

        assertThat(versionCount("housing")).isEqualTo(1);
        assertThat(versionCount("health")).isEqualTo(1);
        mvc.perform(post("/api/v1/documents/housing/versions/imports/" + importId + "/accept")
                        .header("Authorization", editor).contentType(MediaType.APPLICATION_JSON).content("[]"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.number").value(2));
        assertThat(versionCount("housing")).isEqualTo(2);
    }

    private long proposeRevisionOf(String slug) throws Exception {
        var file = new MockMultipartFile("file", "revised.md", "text/markdown",
                REVISED.getBytes(StandardCharsets.UTF_8));
        String body = mvc.perform(multipart("/api/v1/documents/" + slug + "/versions").file(file)
                        .header("Authorization", editor))
                .andExpect(status().isAccepted())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return json.readTree(body).get("importId").asLong();
    }

    private int versionCount(String slug) {
        return SystemActor.call(() -> documents.document(slug).versions().size());
    }
}
