package org.parley.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.base.UserFacingException;
import org.parley.security.GlobalRole;
import org.parley.testsupport.ParleyTest;
import org.parley.testsupport.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** The import limit comes from configuration; 2 KB keeps the test files small. */
@ParleyTest
@TestPropertySource(properties = "parley.import.max-bytes=2048")
class DocumentImportSizeLimitTest {

    @Autowired
    DocumentService documents;
    @Autowired
    TestData data;
    @Autowired
    DSLContext dsl;

    @BeforeEach
    void signInEditor() {
        data.reset();
        data.signIn(data.person(GlobalRole.EDITOR));
    }

    private int rows() {
        return List.of("document", "document_version", "section", "paragraph").stream()
                .mapToInt(table -> dsl.fetchCount(dsl.selectFrom(table))).sum();
    }

    @Test
    void file_over_the_configured_limit_is_refused_with_both_sizes_in_kilobytes() {
        byte[] content = ("Paragraph of text.\n\n".repeat(200)).getBytes(StandardCharsets.UTF_8);
        assertThat(content.length).isEqualTo(4000);
        long auditBefore = dsl.fetchCount(dsl.selectFrom("audit_event"));

        UserFacingException refusal = catchThrowableOfType(UserFacingException.class, () -> documents.importDocument(
                new NewDocument("big-paper", "Big", "en", Visibility.PUBLIC), "big.md", content));

        assertThat(refusal.messageKey()).isEqualTo("import.error.too-large");
        assertThat(refusal.arguments()).containsExactly(4L, 2L);
        assertThat(rows()).isZero();
        assertThat(dsl.fetchCount(dsl.selectFrom("audit_event"))).isEqualTo(auditBefore);
    }

    @Test
    void file_of_exactly_the_limit_is_accepted() {
        String paragraph = "Paragraph of text.\n\n";
        byte[] content = (paragraph.repeat(102) + "x".repeat(2048 - 102 * paragraph.length()))
                .getBytes(StandardCharsets.UTF_8);
        assertThat(content.length).isEqualTo(2048);

        DocumentSummary created = documents.importDocument(
                new NewDocument("limit-paper", "Limit", "en", Visibility.PUBLIC), "limit.md", content);

        assertThat(created.latest().paragraphCount()).isEqualTo(103);
    }
}
