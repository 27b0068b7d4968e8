package org.parley.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.parley.testsupport.ParleyTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * {@code api/openapi.json} is the OpenAPI document the application serves, so the Java client generated from it
 * at build time (for {@link GeneratedClientRoundTest}) is the client partners would generate. The document comes
 * from the code (springdoc); this test keeps the committed copy from drifting. Only {@code servers} is left out:
 * it names the host the document was read from.
 */
@ParleyTest
@AutoConfigureMockMvc
class OpenApiSnapshotTest {

    static final Path SNAPSHOT = Path.of("api/openapi.json");
    static final String REFRESH = "./mvnw -o test -Dtest=OpenApiSnapshotTest -Dparley.openapi.refresh=true";

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper mapper;

    @Test
    void the_committed_openapi_document_is_the_one_the_application_serves() throws Exception {
        ObjectNode served = (ObjectNode) mapper.readTree(mvc.perform(get("/api/v1/openapi")).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8));
        served.remove("servers");
        String canonical = canonical(served);
        if (Boolean.getBoolean("parley.openapi.refresh")) {
            Files.writeString(SNAPSHOT, canonical);
        }
        JsonNode committed = Files.exists(SNAPSHOT) ? mapper.readTree(SNAPSHOT.toFile()) : null;
        if (!served.equals(committed)) {
            Path actual = Path.of("target/openapi-served.json");
            Files.createDirectories(actual.getParent());
            Files.writeString(actual, canonical);
        }
        assertThat(served).as("""
                %s is not the OpenAPI document the application serves now (that one is in \
                target/openapi-served.json). If the API change is meant, refresh the copy with
                    %s
                review its diff and commit it: the generated client follows on the next build.""",
                SNAPSHOT, REFRESH).isEqualTo(committed);
    }

    /** Sorted keys and two-space indentation: the same document always gives the same bytes, and small diffs. */
    private String canonical(JsonNode document) throws Exception {
        return mapper.copy().configure(JsonNodeFeature.WRITE_PROPERTIES_SORTED, true)
                .enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(document) + "\n";
    }
}
