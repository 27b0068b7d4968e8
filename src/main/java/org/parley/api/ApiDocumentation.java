package org.parley.api;

import java.util.Comparator;
import java.util.List;
import io.swagger.v3.oas.models.tags.Tag;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.http.HttpHeaders;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The problem answers in the OpenAPI document: the {@code Problem} schema (RFC 9457 with Parley's extensions) and,
 * on every operation, the errors it can give; and the headers that come with answers (ETag, Location, Allow,
 * Retry-After). A test checks every response of the API tests against the document.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    private static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    /** Every call: unreadable or refused input, authentication, permission, absence, Accept, our failure. */
    private static final Map<String, String> ANY_CALL = ordered(
            "400", "The request is malformed or refused: detail says why; errors lists wrong fields",
            "401", "The API token is missing, unknown, expired or revoked",
            "403", "The caller may not do this",
            "404", "Not there, or not visible to the caller",
            "405", "The path does not take this method (Allow lists those it takes)",
            "406", "The call cannot answer in any type the Accept header allows",
            "429", "Too many wrong API tokens from this address: wait as Retry-After says",
            "500", "Our failure; quote incident when reporting it",
            "503", "Parley or its database is briefly unavailable (or busy with exports): retry after Retry-After");

    /** Calls with a body or query parameters: a content type they do not take, values they cannot use. */
    private static final Map<String, String> WITH_INPUT = ordered(
            "413", "The body is over this call's limit: detail names it",
            "415", "The call does not take this content type",
            "422", "The input is readable but fields are missing or out of range: errors names each");

    /** Writes: a state that forbids them, a stale or missing If-Match. */
    private static final Map<String, String> WRITES = ordered(
            "409", "The thing's state forbids this now (e.g. comments of the round are unanswered, or an amendment "
                    + "meets a changed paragraph: the texts come with the problem)",
            "412", "Someone changed it since it was read (If-Match is stale): the current state comes with the "
                    + "problem",
            "428", "This write needs If-Match with the ETag read");

    /** Headers that come with an answer of this status, whatever the call. */
    private static final Map<String, Map<String, Header>> HEADERS_BY_STATUS = Map.of(
            "201", Map.of(HttpHeaders.LOCATION, header("The address of what was created", true)),
            "405", Map.of(HttpHeaders.ALLOW, header("The methods the path takes", true)),
            "409", Map.of(HttpHeaders.ETAG, header("With an amendment's conflict: the paragraph's ETag now", false)),
            "412", Map.of(HttpHeaders.ETAG, header("The ETag of the current state, to retry with", false)),
            "429", Map.of(HttpHeaders.RETRY_AFTER, header("Seconds to wait before trying again", true)),
            "503", Map.of(HttpHeaders.RETRY_AFTER, header("Seconds to wait before trying again", true)));

    /** The ETag of calls marked {@link SendsEtag}, on their success answers. */
    @Bean
    OperationCustomizer etagHeaders() {
        return (operation, handler) -> {
            SendsEtag etag = handler.getMethodAnnotation(SendsEtag.class);
            if (etag != null && operation.getResponses() != null) {
                operation.getResponses().forEach((status, response) -> {
                    if (status.startsWith("2") && !status.equals("204")) {
                        response.addHeaderObject(HttpHeaders.ETAG, header("The revision read, to send back in "
                                + "If-Match when writing it" + (etag.always() ? "" : " (when it can be written)"),
                                etag.always()));
                    }
                });
            }
            return operation;
        };
    }

    /** A 204 answer has no body, whatever the method returns otherwise. */
    @Bean
    OperationCustomizer noContentWithoutBody() {
        return (operation, handler) -> {
            if (operation.getResponses() != null && operation.getResponses().get("204") != null) {
                operation.getResponses().get("204").setContent(null);
            }
            return operation;
        };
    }

    @Bean
    OpenApiCustomizer problemAnswers() {
        return openApi -> {
            openApi.getComponents().addSchemas("FieldProblem", fieldProblem());
            openApi.getComponents().addSchemas("Problem", problem());
            openApi.getComponents().getSchemas().values().forEach(ApiDocumentation::optionalMayBeNull);
            // in name order, not the order the controllers were found in (which may differ between machines)
            if (openApi.getTags() != null) {
                openApi.getTags().sort(Comparator.comparing(Tag::getName));
            }
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().values().forEach(path -> path.readOperationsMap().forEach((method, operation) -> {
                if (operation.getTags() != null) {
                    operation.getTags().sort(Comparator.naturalOrder());
                }
                add(operation, ANY_CALL);
                if (operation.getRequestBody() != null || operation.getParameters() != null && operation.getParameters()
                        .stream().anyMatch(p -> "query".equals(p.getIn()))) {
                    add(operation, WITH_INPUT);
                }
                if (method != PathItem.HttpMethod.GET) {
                    add(operation, WRITES);
                }
                operation.getResponses().forEach((status, response) -> HEADERS_BY_STATUS
                        .getOrDefault(status, Map.of()).forEach(response::addHeaderObject));
            }));
        };
    }

    /**
     * Jackson writes an absent value as null: optional properties are nullable, and an enum lists null among its
     * values as OpenAPI 3.0 asks. ($ref properties cannot carry nullable in 3.0; their nulls are absent objects.)
     */
    @SuppressWarnings("unchecked")
    private static void optionalMayBeNull(Schema<?> schema) {
        if (schema.getProperties() == null) {
            return;
        }
        schema.getProperties().forEach((name, property) -> {
            if (property.get$ref() != null || schema.getRequired() != null && schema.getRequired().contains(name)) {
                return;
            }
            property.setNullable(true);
            if (property.getEnum() != null && !property.getEnum().contains(null)) {
                ((List<Object>) property.getEnum()).add(null);
            }
        });
    }

    private static void add(Operation operation, Map<String, String> answers) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        answers.forEach((status, description) -> responses.addApiResponse(status, new ApiResponse()
                .description(description)
                .content(new Content().addMediaType(PROBLEM_JSON,
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem"))))));
        operation.setResponses(responses);
    }

    private static Schema<?> problem() {
        return new ObjectSchema()
                .description("An RFC 9457 problem, its detail in the caller's language (Accept-Language)")
                .addProperty("type", new StringSchema())
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema())
                .addProperty("code", new StringSchema().description("the refusal's message key, stable across "
                        + "languages"))
                .addProperty("errors", new ArraySchema().items(new Schema<>().$ref("#/components/schemas/FieldProblem")))
                .addProperty("incident", new StringSchema().description("500: the id to quote"))
                .addProperty("current", new Schema<>().description("412: the thing as it is now, as its GET "
                        + "answers it (an audience's rules, a translation)"))
                .addProperty("currentText", new StringSchema().description("409, 412: the paragraph's text now"))
                .addProperty("currentRevision", new IntegerSchema().description("409, 412: its revision (ETag)"))
                .addProperty("attemptedText", new StringSchema().description("412: the text that was not saved"))
                .addProperty("originalText", new StringSchema().description("409: the text the amendment was "
                        + "written on"))
                .addProperty("proposedText", new StringSchema().description("409: the amendment's text"))
                .required(List.of("status", "detail"));
    }

    private static Schema<?> fieldProblem() {
        return new ObjectSchema()
                .description("One wrong field: its JSON path or parameter name, what is wrong, and for an enum the "
                        + "allowed values (accepted in any case)")
                .addProperty("field", new StringSchema())
                .addProperty("message", new StringSchema())
                .addProperty("allowed", new ArraySchema().items(new StringSchema()))
                .required(List.of("field", "message"));
    }

    private static Header header(String description, boolean required) {
        return new Header().description(description).required(required).schema(new StringSchema());
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
