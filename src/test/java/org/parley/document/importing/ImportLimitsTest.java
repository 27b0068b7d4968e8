package org.parley.document.importing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.parley.base.UserFacingException;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Hostile or absurd imports end with a refusal that names the limit, in time linear in the file. The timeouts are
 * hang guards far above the measured times (bench/import-scaling.md), not performance assertions: before the
 * builder joined split paragraphs in place, the first case ran for more than five minutes.
 */
class ImportLimitsTest {

    private final DocumentParser parser = new DocumentParser(10L * 1024 * 1024);

    private UserFacingException refusalOf(String markdown) {
        return catchThrowableOfType(UserFacingException.class,
                () -> parser.parse("big.md", markdown.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void a_hundred_thousand_lines_that_each_continue_the_previous_stop_at_the_paragraph_limit() {
        UserFacingException refusal = refusalOf("continued text\n\n".repeat(100_000));

        assertThat(refusal.messageKey()).isEqualTo("import.error.paragraph-too-long");
        assertThat(refusal.arguments()[0]).isEqualTo("P1");
        assertThat(refusal.arguments()[2]).isEqualTo(DocumentBuilder.MAX_PARAGRAPH_CHARS);
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void a_hundred_thousand_short_paragraphs_are_refused_naming_the_paragraph_limit() {
        StringBuilder markdown = new StringBuilder();
        for (int i = 1; i <= 100_000; i++) {
            markdown.append("Sentence ").append(i).append(".\n\n");
        }

        UserFacingException refusal = refusalOf(markdown.toString());

        assertThat(refusal.messageKey()).isEqualTo("import.error.too-many-paragraphs");
        assertThat(refusal.arguments()).containsExactly(DocumentBuilder.MAX_PARAGRAPHS);
    }

    @Test
    void the_most_paragraphs_a_document_may_have_are_imported() {
        StringBuilder markdown = new StringBuilder();
        for (int i = 1; i <= DocumentBuilder.MAX_PARAGRAPHS; i++) {
            markdown.append("Sentence ").append(i).append(".\n\n");
        }

        assertThat(parser.parse("many.md", markdown.toString().getBytes(StandardCharsets.UTF_8)).paragraphs())
                .hasSize(DocumentBuilder.MAX_PARAGRAPHS);
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void one_paragraph_of_150_000_characters_is_refused_with_its_length_and_the_limit() {
        UserFacingException refusal = refusalOf("TITLE LINE\n\n" + "word ".repeat(30_000).strip() + ".\n");

        assertThat(refusal.messageKey()).isEqualTo("import.error.paragraph-too-long");
        assertThat(refusal.arguments()).containsExactly("P1", 150_000, DocumentBuilder.MAX_PARAGRAPH_CHARS);
    }

    @Test
    void a_paragraph_of_exactly_the_limit_is_imported() {
        String text = "a".repeat(DocumentBuilder.MAX_PARAGRAPH_CHARS - 1) + ".";

        assertThat(parser.parse("long.md", (text + "\n").getBytes(StandardCharsets.UTF_8)).paragraphs().get(0)
                .text()).hasSize(DocumentBuilder.MAX_PARAGRAPH_CHARS);
    }
}
