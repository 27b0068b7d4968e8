package org.parley.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.comment.CommentKind;
import org.parley.organisation.MembershipRole;
import org.parley.disposition.DispositionKind;
import org.parley.testsupport.ParleyTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.mock.web.MockHttpServletResponse;

/** The OpenAPI document describes every call with its problem answers, and the enums with their values. */
@ParleyTest
@AutoConfigureMockMvc
class OpenApiDocumentTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper mapper;
    @Autowired
    OpenApiContract contract;

    @Test
    void every_operation_documents_its_problem_answers() throws Exception {
        JsonNode document = document();
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                JsonNode responses = operation.getValue().get("responses");
                for (String status : List.of("400", "401", "403", "404", "406", "500")) {
                    if (!responses.has(status)
                            || !responses.get(status).at("/content").has("application/problem+json")) {
                        missing.add(operation.getKey() + " " + path.getKey() + " " + status);
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
        assertThat(document.at("/paths/~1api~1v1~1comments~1{commentId}~1disposition/put/responses").has("412"))
                .isTrue();
        assertThat(document.at("/components/schemas/Problem/properties/errors/items/$ref").asText())
                .endsWith("FieldProblem");
    }

    @Test
    void the_enums_of_the_api_are_listed_with_their_values() throws Exception {
        String text = document().toString();
        for (Enum<?>[] values : List.<Enum<?>[]>of(CommentKind.values(), DispositionKind.values(),
                MembershipRole.values())) {
            for (Enum<?> value : values) {
                assertThat(text).contains("\"" + value.name() + "\"");
            }
        }
    }

    @Test
    void the_contract_check_refuses_a_response_the_document_does_not_describe() throws Exception {
        int before = OpenApiContract.CHECKED.get();
        MvcResult result = mvc.perform(get("/api/v1/documents")).andReturn();
        assertThat(OpenApiContract.CHECKED.get()).isGreaterThan(before);

        assertThatThrownBy(() -> contract.check(result.getRequest(), copy(result, 418, "application/json")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("418");
        assertThatThrownBy(() -> contract.check(result.getRequest(), copy(result, 200, "text/plain")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("text/plain");
        assertThatThrownBy(() -> contract.check(result.getRequest(), copy(result, 200, "application/json",
                "[{\"slug\": 42}]"))).isInstanceOf(AssertionError.class).hasMessageContaining("slug");
        contract.check(result.getRequest(), copy(result, 200, "application/json"));
    }

    private static MockHttpServletResponse copy(MvcResult result, int status, String type, String... body)
            throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        response.setStatus(status);
        response.setContentType(type);
        response.getWriter().write(body.length > 0 ? body[0] : result.getResponse().getContentAsString());
        return response;
    }

    private JsonNode document() throws Exception {
        String json = mvc.perform(get("/api/v1/openapi")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/openapi.json"), json);
        return mapper.readTree(json);
    }
}
