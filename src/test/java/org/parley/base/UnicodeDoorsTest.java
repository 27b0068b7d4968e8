package org.parley.base;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.comment.CommentKind;
import org.parley.comment.CommentService;
import org.parley.comment.NewComment;
import org.parley.document.DocumentVersion;
import org.parley.document.Paragraph;
import org.parley.document.Visibility;
import org.parley.security.GlobalRole;
import org.parley.testsupport.ParleyTest;
import org.parley.testsupport.TestData;
import org.parley.translation.TranslationService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Text in decomposed Unicode (NFD) is stored in NFC at every door, and the changeset brings older text to NFC. */
@ParleyTest
class UnicodeDoorsTest {

    private static final String COMPOSED = "Égalité des niñas";
    private static final String DECOMPOSED = Normalizer.normalize(COMPOSED, Normalizer.Form.NFD);

    @Autowired
    TestData data;
    @Autowired
    CommentService comments;
    @Autowired
    TranslationService translations;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void cleanSlate() {
        data.reset();
    }

    @Test
    void an_imported_document_a_comment_and_a_translation_are_stored_in_nfc() {
        assertThat(DECOMPOSED).isNotEqualTo(COMPOSED);
        DocumentVersion version = data.openDocument("nfd-paper", Visibility.PUBLIC,
                "# " + DECOMPOSED + "\n\n1. " + DECOMPOSED + ".\n").latest();
        List<Paragraph> paragraphs = data.paragraphs(version);
        assertThat(paragraphs.get(0).text()).isEqualTo(COMPOSED + ".");

        data.signIn(data.person(GlobalRole.EDITOR));
        comments.post(paragraphs.get(0).id(), NewComment.of(CommentKind.COMMENT, DECOMPOSED));
        translations.translate(version, "1", "fr", DECOMPOSED, null);

        assertThat(jdbc.queryForObject("select body from comment", String.class)).isEqualTo(COMPOSED);
        assertThat(jdbc.queryForObject("select text from paragraph_translation", String.class)).isEqualTo(COMPOSED);
        assertThat(jdbc.queryForObject("select heading from section", String.class)).isEqualTo(COMPOSED);
    }

    @Test
    void the_changeset_brings_stored_text_to_nfc_without_making_translations_outdated() throws IOException {
        DocumentVersion version = data.openDocument("old-paper", Visibility.PUBLIC, "1. Paragraph.\n").latest();
        data.signIn(data.person(GlobalRole.EDITOR));
        translations.translate(version, "1", "fr", "Paragraphe.", null);
        // as text was stored before this release: decomposed, its translation's hash made from the decomposed text
        jdbc.update("update paragraph set text = ?", DECOMPOSED);
        jdbc.update("update paragraph_translation set source_hash = encode(sha256(convert_to(?, 'UTF8')), 'hex'),"
                + " text = ?", DECOMPOSED, DECOMPOSED);

        for (String statement : changesetStatements()) {
            jdbc.execute(statement);
        }

        assertThat(jdbc.queryForObject("select text from paragraph", String.class)).isEqualTo(COMPOSED);
        assertThat(jdbc.queryForObject("select text from paragraph_translation", String.class)).isEqualTo(COMPOSED);
        assertThat(jdbc.queryForObject("select source_hash = encode(sha256(convert_to(p.text, 'UTF8')), 'hex')"
                + " from paragraph_translation t join paragraph p on p.id = t.paragraph_id", Boolean.class))
                .as("the translation still matches its source text").isTrue();
    }

    private static List<String> changesetStatements() throws IOException {
        String sql = new ClassPathResource("db/changelog/0009-nfc-text.sql").getContentAsString(StandardCharsets.UTF_8);
        String withoutComments = sql.lines().filter(l -> !l.startsWith("--")).reduce("", (a, b) -> a + "\n" + b);
        return List.of(withoutComments.split(";")).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
