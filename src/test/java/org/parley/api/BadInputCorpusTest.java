package org.parley.api;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.document.Paragraph;
import org.parley.document.Visibility;
import org.parley.organisation.Person;
import org.parley.security.ApiTokenService;
import org.parley.security.GlobalRole;
import org.parley.testsupport.ParleyTest;
import org.parley.testsupport.TestData;
import org.jooq.DSLContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Malformed and hostile bodies sent to the REST API by a signed-in caller: each one gets a problem in the caller's
 * language (never a 500, never a stack trace) and stores nothing.
 */
@ParleyTest
@AutoConfigureMockMvc
class BadInputCorpusTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    ApiTokenService apiTokens;
    @Autowired
    DSLContext dsl;

    private String member;
    private String editor;
    private String comments;

    @BeforeEach
    void setUp() {
        data.reset();
        var version = data.openDocument("paper", Visibility.PUBLIC, "# Paper\n\n1. Housing first.\n").latest();
        Paragraph p1 = data.paragraphs(version).get(0);
        comments = "/api/v1/documents/paper/versions/1/paragraphs/" + p1.id() + "/comments";
        member = tokenOf(data.person(GlobalRole.CONTRIBUTOR));
        editor = tokenOf(data.person(GlobalRole.EDITOR));
    }

    private String tokenOf(Person person) {
        data.signIn(person);
        try {
            return "Bearer " + apiTokens.createForCurrentUser("corpus");
        } finally {
            data.signOut();
        }
    }

    private MockHttpServletResponse postComment(byte[] body) throws Exception {
        return mvc.perform(post(comments).header("Authorization", member).header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse();
    }

    private static void assertProblem(MockHttpServletResponse response, int status) throws Exception {
        assertThat(response.getStatus()).isEqualTo(status);
        assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8))
                .doesNotContain("Exception", "org.parley", "\tat ", "jackson");
    }

    private int commentCount() {
        return dsl.fetchCount(dsl.selectFrom("comment"));
    }

    @Test
    void json_nested_a_hundred_thousand_levels_deep_is_a_bad_request() throws Exception {
        String deep = "{\"kind\": \"COMMENT\", \"body\": \"x\", \"quote\": " + "[".repeat(100_000)
                + "]".repeat(100_000) + "}";

        assertProblem(postComment(deep.getBytes(StandardCharsets.UTF_8)), 400);
        assertThat(commentCount()).isZero();
    }

    @Test
    void invalid_utf8_is_a_bad_request() throws Exception {
        byte[] body = "{\"kind\": \"COMMENT\", \"body\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);

        assertProblem(postComment(body), 400);
        assertThat(commentCount()).isZero();
    }

    @Test
    void nul_and_escape_characters_are_refused_by_name() throws Exception {
        MockHttpServletResponse response = postComment(
                "{\"kind\": \"COMMENT\", \"body\": \"bell\\u0000 \\u001b[31m\"}".getBytes(StandardCharsets.UTF_8));

        assertProblem(response, 400);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("invisible control characters");
        assertThat(commentCount()).isZero();
    }

    @Test
    void a_right_to_left_override_is_refused_naming_the_field() throws Exception {
        MockHttpServletResponse response = postComment(
                "{\"kind\": \"COMMENT\", \"body\": \"ok \\u202Ekcatta\"}".getBytes(StandardCharsets.UTF_8));

        assertProblem(response, 400);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).startsWith("{").contains("Comment: ");
        assertThat(commentCount()).isZero();
    }

    @Test
    void a_json_body_over_its_limit_is_413_naming_the_limit() throws Exception {
        String huge = "{\"kind\": \"COMMENT\", \"body\": \"" + "a".repeat(300_000) + "\"}";
        MockHttpServletResponse response = postComment(huge.getBytes(StandardCharsets.UTF_8));

        assertProblem(response, 413);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("at most 256 KB");
        assertThat(commentCount()).isZero();
    }

    @Test
    void a_zip_bomb_uploaded_as_a_revision_is_refused_as_a_damaged_file() throws Exception {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("word/document.xml"));
            out.write(new byte[8 * 1024 * 1024]);
            out.closeEntry();
        }
        MockHttpServletResponse response = mvc.perform(multipart("/api/v1/documents/paper/versions")
                .file(new MockMultipartFile("file", "bomb.docx", "application/octet-stream", zip.toByteArray()))
                .header("Authorization", editor)).andReturn().getResponse();

        assertProblem(response, 400);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("could not be read as a Word");
    }

    @Test
    void a_hundred_thousand_continuing_lines_are_refused_naming_the_paragraph_limit() throws Exception {
        byte[] markdown = "continued text\n\n".repeat(100_000).getBytes(StandardCharsets.UTF_8);
        MockHttpServletResponse response = mvc.perform(multipart("/api/v1/documents")
                .file(new MockMultipartFile("file", "long.md", "text/markdown", markdown))
                .param("title", "Long").param("slug", "long").param("language", "en")
                .header("Authorization", editor)).andReturn().getResponse();

        assertProblem(response, 400);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("at most 50,000");
    }
}
