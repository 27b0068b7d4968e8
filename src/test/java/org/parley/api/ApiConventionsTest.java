package org.parley.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.parley.api.ApiCalls.as;
import static org.parley.api.ApiCalls.json;
import static org.parley.api.ApiCalls.problem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.document.Paragraph;
import org.parley.organisation.Person;
import org.parley.security.ApiTokenService;
import org.parley.security.GlobalRole;
import org.parley.testsupport.ParleyTest;
import org.parley.testsupport.TestClock;
import org.parley.testsupport.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Wrong calls get a problem answer that says what is wrong, in the caller's language. */
@ParleyTest
@AutoConfigureMockMvc
class ApiConventionsTest {

    static final OffsetDateTime NOW = OffsetDateTime.of(2031, 3, 10, 12, 0, 0, 0, ZoneOffset.UTC);

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    TestClock clock;
    @Autowired
    ApiTokenService tokens;

    String comments;
    String token;

    @BeforeEach
    void setUp() {
        data.reset();
        clock.set(NOW);
        var version = data.openDocument("paper", "# Paper\n\nCities receive most newcomers.\n", null, null).latest();
        Paragraph paragraph = data.paragraphs(version).get(0);
        comments = "/api/v1/documents/paper/versions/1/paragraphs/" + paragraph.id() + "/comments";
        Person editor = data.person(GlobalRole.EDITOR);
        token = ApiCalls.tokenOf(data, tokens, editor);
    }

    @Test
    void lists_come_a_page_at_a_time_with_the_total_and_a_page_too_large_is_refused_naming_size()
            throws Exception {
        data.openDocument("second", "# Second\n\nRegions fund the services.\n", null, null);
        mvc.perform(as(get("/api/v1/documents").param("page", "1").param("size", "1"), token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.size").value(1))
                .andExpect(jsonPath("$.items.length()").value(1));
        mvc.perform(as(get("/api/v1/documents").param("size", "201"), token).header("Accept-Language", "en"))
                .andExpect(problem(422))
                .andExpect(jsonPath("$.errors[0].field").value("size"))
                .andExpect(jsonPath("$.errors[0].message").value("must be at most 200"));
        mvc.perform(as(get("/api/v1/search").param("q", "regions").param("page", "-1"), token)
                        .header("Accept-Language", "fr"))
                .andExpect(problem(422))
                .andExpect(jsonPath("$.errors[0].field").value("page"))
                .andExpect(jsonPath("$.errors[0].message").value("doit valoir au moins 0"));
    }

    @Test
    void an_unknown_path_under_the_api_is_a_404_problem_not_the_ui_page() throws Exception {
        mvc.perform(get("/api/v1/no-such-thing").header("Accept-Language", "fr"))
                .andExpect(problem(404))
                .andExpect(jsonPath("$.detail").value(containsString("Il n'existe pas d'appel GET /api/v1/no-such-thing")))
                .andExpect(jsonPath("$.instance").value("/api/v1/no-such-thing"));
    }

    @Test
    void a_method_the_path_does_not_take_is_a_405_with_allow() throws Exception {
        mvc.perform(as(delete("/api/v1/documents"), token))
                .andExpect(problem(405))
                .andExpect(header().string("Allow", containsString("GET")))
                .andExpect(header().string("Allow", containsString("POST")))
                .andExpect(jsonPath("$.detail").value(containsString("DELETE")));
    }

    @Test
    void a_content_type_the_call_does_not_take_is_a_415() throws Exception {
        mvc.perform(as(post(comments), token).contentType(MediaType.TEXT_PLAIN).content("hello"))
                .andExpect(problem(415))
                .andExpect(jsonPath("$.detail").value(containsString("application/json")));
    }

    @Test
    void an_accept_the_call_cannot_answer_is_a_406_problem() throws Exception {
        mvc.perform(get("/api/v1/documents").accept(MediaType.TEXT_HTML))
                .andExpect(problem(406))
                .andExpect(jsonPath("$.detail").value(containsString("text/html")));
    }

    @Test
    void malformed_json_is_a_400_naming_the_line_and_column() throws Exception {
        mvc.perform(json(as(post(comments), token), "{\"kind\": \"COMMENT\",\n \"body\": }")
                        .header("Accept-Language", "es"))
                .andExpect(problem(400))
                .andExpect(jsonPath("$.detail").value(containsString("línea 2")));
    }

    @Test
    void a_missing_body_is_a_400() throws Exception {
        mvc.perform(as(post(comments), token).contentType(MediaType.APPLICATION_JSON))
                .andExpect(problem(400))
                .andExpect(jsonPath("$.detail").value(containsString("JSON")));
    }

    @Test
    void an_unknown_enum_value_names_the_field_and_the_allowed_values() throws Exception {
        mvc.perform(json(as(post(comments), token), "{\"kind\": \"bogus\", \"body\": \"Hi\"}"))
                .andExpect(problem(400))
                .andExpect(jsonPath("$.errors[0].field").value("kind"))
                .andExpect(jsonPath("$.errors[0].allowed", hasItem("AMENDMENT")))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("QUESTION")));
    }

    @Test
    void a_value_of_the_wrong_type_names_the_field() throws Exception {
        mvc.perform(json(as(post(comments), token), "{\"kind\": \"COMMENT\", \"body\": \"Hi\", \"quoteStart\": \"x\"}"))
                .andExpect(problem(400))
                .andExpect(jsonPath("$.errors[0].field").value("quoteStart"))
                .andExpect(jsonPath("$.errors[0].message").value("must be a number"));
    }

    @Test
    void enum_values_are_accepted_in_any_case_in_bodies_and_query_parameters() throws Exception {
        mvc.perform(json(as(post(comments), token), "{\"kind\": \"question\", \"body\": \"Which cities?\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.kind").value("QUESTION"));
        mvc.perform(as(get("/api/v1/documents/paper/versions/1/comments").param("kind", "Question"), token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1));
    }

    @Test
    void an_unknown_enum_value_in_a_query_parameter_names_it_and_the_allowed_values() throws Exception {
        mvc.perform(as(get("/api/v1/documents/paper/versions/1/comments").param("kind", "bogus"), token))
                .andExpect(problem(400))
                .andExpect(jsonPath("$.errors[0].field").value("kind"))
                .andExpect(jsonPath("$.errors[0].allowed", hasItem("COMMENT")));
    }

    @Test
    void a_path_variable_of_the_wrong_type_is_a_400_naming_it() throws Exception {
        mvc.perform(get("/api/v1/documents/paper/versions/one"))
                .andExpect(problem(400))
                .andExpect(jsonPath("$.errors[0].field").value("number"));
    }
}
