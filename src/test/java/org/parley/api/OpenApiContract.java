package org.parley.api;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.autoconfigure.web.servlet.MockMvcBuilderCustomizer;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.ConfigurableMockMvcBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Checks every API response of every MockMvc test against the OpenAPI document the application serves, so the
 * document cannot drift from the code: a status, content type, header or body the document does not describe
 * fails the test that caused it. Only calls the document cannot describe (unknown paths, methods a path does not
 * take) are not checked. Requests are not validated: the tests send wrong requests on purpose.
 */
@Component
class OpenApiContract implements MockMvcBuilderCustomizer {

    /** How many responses were checked in this JVM (the contract test asserts it is not zero). */
    static final AtomicInteger CHECKED = new AtomicInteger();

    private final WebApplicationContext context;
    private volatile OpenApiInteractionValidator validator;

    OpenApiContract(WebApplicationContext context) {
        this.context = context;
    }

    @Override
    public void customize(ConfigurableMockMvcBuilder<?> builder) {
        builder.alwaysDo(this::check);
    }

    void check(MvcResult result) throws Exception {
        check(result.getRequest(), result.getResponse());
    }

    void check(MockHttpServletRequest request, MockHttpServletResponse answer) throws Exception {
        String path = request.getRequestURI();
        if (!path.startsWith("/api/") || path.startsWith("/api/v1/openapi") || path.startsWith("/api/v1/docs")
                || request.isAsyncStarted()) { // a streamed body is checked on its async dispatch
            return;
        }
        ValidationReport report = validator().validateResponse(path, Request.Method.valueOf(request.getMethod()),
                response(answer));
        CHECKED.incrementAndGet();
        List<ValidationReport.Message> errors = report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR && !absentObject(m)).toList();
        if (!errors.isEmpty()) {
            throw new AssertionError("The response to " + request.getMethod() + " " + path + " ("
                    + answer.getStatus() + ") does not match the OpenAPI document:\n"
                    + errors.stream().map(m -> "  " + m.getKey() + ": " + m.getMessage())
                    .reduce((a, b) -> a + "\n" + b).orElse(""));
        }
    }

    /**
     * A null where the document has a $ref to an object: OpenAPI 3.0 cannot mark a $ref nullable, and the API
     * writes an absent optional object (a comment's organisation, an unanswered comment's disposition) as null.
     */
    private static boolean absentObject(ValidationReport.Message message) {
        return message.getKey().equals("validation.response.body.schema.type")
                && message.getMessage().contains("Instance type (null)")
                && message.getMessage().contains("(allowed: [\"object\"])");
    }

    private static SimpleResponse response(MockHttpServletResponse response) throws Exception {
        SimpleResponse.Builder builder = SimpleResponse.Builder.status(response.getStatus());
        for (String name : response.getHeaderNames()) {
            List<String> values = response.getHeaders(name);
            builder.withHeader(name, values);
        }
        byte[] body = response.getContentAsByteArray();
        if (body.length > 0) {
            String type = response.getContentType();
            if (type != null && (type.contains("json") || type.startsWith("text/"))) {
                builder.withBody(response.getContentAsString(StandardCharsets.UTF_8));
            } else {
                builder.withBody(body);
            }
        }
        return builder.build();
    }

    private OpenApiInteractionValidator validator() throws Exception {
        if (validator == null) {
            synchronized (this) {
                if (validator == null) {
                    String document = MockMvcBuilders.webAppContextSetup(context).build()
                            .perform(MockMvcRequestBuilders.get("/api/v1/openapi")).andReturn().getResponse()
                            .getContentAsString(StandardCharsets.UTF_8);
                    validator = OpenApiInteractionValidator.createForInlineApiSpecification(document)
                            .withLevelResolver(LevelResolver.create()
                                    .withLevel("validation.request.path.missing", ValidationReport.Level.IGNORE)
                                    .withLevel("validation.request.operation.notAllowed",
                                            ValidationReport.Level.IGNORE)
                                    .build())
                            .build();
                }
            }
        }
        return validator;
    }

}
