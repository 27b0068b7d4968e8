package org.parley.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import io.swagger.v3.oas.annotations.media.Schema;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.comment.CommentKind;
import org.parley.organisation.MembershipRole;
import org.parley.disposition.DispositionKind;
import org.parley.testsupport.ParleyTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
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
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlers;

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
    void every_operation_has_a_stable_name_for_generated_clients() throws Exception {
        List<String> generated = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document().get("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                String id = operation.getValue().path("operationId").asText();
                if (id.isEmpty() || id.matches(".*_\\d+")) {
                    generated.add(operation.getKey() + " " + path.getKey() + " " + id);
                }
            }
        }
        assertThat(generated).as("set operationId in @Operation").isEmpty();
    }

    @Test
    void answers_list_the_headers_they_come_with() throws Exception {
        JsonNode paths = document().get("paths");
        String comment = "~1api~1v1~1comments~1{commentId}";
        assertThat(paths.at("/" + comment + "/get/responses/200/headers/ETag/required").asBoolean()).isTrue();
        assertThat(paths.at("/" + comment + "~1disposition/put/responses/200/headers/ETag").isObject()).isTrue();
        assertThat(paths.at("/~1api~1v1~1documents~1{slug}~1versions~1{number}~1audience/get/responses/200/headers"
                + "/ETag").isObject()).isTrue();
        assertThat(paths.at("/~1api~1v1~1documents~1{slug}~1versions~1{number}~1paragraphs~1{paragraphId}/get"
                + "/responses/200/headers/ETag/required").asBoolean()).as("not on published versions").isFalse();
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : paths.properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                JsonNode responses = operation.getValue().get("responses");
                Map.of("201", "Location", "405", "Allow", "429", "Retry-After", "503", "Retry-After")
                        .forEach((status, header) -> {
                            if (responses.has(status) && !responses.at("/" + status + "/headers").has(header)) {
                                missing.add(operation.getKey() + " " + path.getKey() + " " + status + " " + header);
                            }
                        });
            }
        }
        assertThat(missing).isEmpty();
        assertThat(paths.at("/~1api~1v1~1documents/post/responses/201/headers/Location/required").asBoolean())
                .isTrue();
    }

    /**
     * The document names a schema by the type's simple name: two types of the same name (say two records Round)
     * would silently share one schema, and the generated client would get the wrong fields for one of them.
     */
    @Test
    void no_two_types_of_the_api_share_a_schema_name() {
        Map<String, Set<Class<?>>> byName = new TreeMap<>();
        for (HandlerMethod handler : handlers.getHandlerMethods().values()) {
            if (handler.getBeanType().getPackageName().equals(ApiDocumentation.class.getPackageName())) {
                collect(handler.getMethod().getGenericReturnType(), byName);
                for (java.lang.reflect.Parameter parameter : handler.getMethod().getParameters()) {
                    collect(parameter.getParameterizedType(), byName);
                }
            }
        }
        assertThat(byName).containsKey("DraftParagraphJson");
        assertThat(byName.entrySet().stream().filter(e -> e.getValue().size() > 1).map(Map.Entry::toString))
                .isEmpty();
    }

    private static void collect(Type type, Map<String, Set<Class<?>>> byName) {
        if (type instanceof ParameterizedType parameterized) {
            collect(parameterized.getRawType(), byName);
            for (Type argument : parameterized.getActualTypeArguments()) {
                collect(argument, byName);
            }
        } else if (type instanceof Class<?> c && c.isArray()) {
            collect(c.getComponentType(), byName);
        } else if (type instanceof Class<?> c && c.getName().startsWith("org.parley.") && !c.isEnum()) {
            Schema named = c.getAnnotation(Schema.class);
            String name = named != null && !named.name().isBlank() ? named.name() : c.getSimpleName();
            if (byName.computeIfAbsent(name, n -> new HashSet<>()).add(c) && c.isRecord()) {
                for (RecordComponent component : c.getRecordComponents()) {
                    collect(component.getGenericType(), byName);
                }
            }
        }
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
                "{\"items\": [{\"slug\": 42}], \"total\": 1, \"page\": 0, \"size\": 20}")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("slug");
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
