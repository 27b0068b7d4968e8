package org.parley.feedback;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.base.UserFacingException;
import org.parley.comment.Comment;
import org.parley.comment.CommentKind;
import org.parley.comment.CommentStatus;
import org.parley.document.DocumentVersion;
import org.parley.document.Paragraph;
import org.parley.document.ParagraphTextHtml;
import org.parley.document.Visibility;
import org.parley.export.ExportService;
import org.parley.journal.Journal;
import org.parley.organisation.Organisation;
import org.parley.organisation.OrganisationKind;
import org.parley.organisation.Person;
import org.parley.security.GlobalRole;
import org.parley.security.SystemActor;
import org.parley.testsupport.ParleyTest;
import org.parley.testsupport.TestData;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Word feedback from real Parley exports of corpus texts (the SDG targets of goals 1 and 2, in English and in
 * French with ’ and accents), edited as a reviewer does in Word: every change and comment must land on the right
 * paragraph with the right kind, proposed text and quote.
 */
@ParleyTest
class WordFeedbackTest {

    private static final Path SDG = Path.of("src/test/resources/corpus/sdg-goals-targets-indicators-en-fr-es");

    @Autowired
    TestData data;
    @Autowired
    FeedbackService feedback;
    @Autowired
    ExportService exports;
    @Autowired
    Journal journal;

    private Person editor;
    private Organisation section;

    @BeforeEach
    void setUp() {
        data.reset();
        editor = data.person(GlobalRole.EDITOR);
        section = data.organisation(OrganisationKind.REGIONAL_SECTION);
    }

    @Test
    void english_tracked_changes_comments_replies_move_and_two_authors_land_on_their_paragraphs() throws IOException {
        DocumentVersion version = open("sdg-en", "en");
        byte[] docx = WordEdits.of(export("sdg-en"))
                .replace("at least by half", "by two thirds", "Amina Diallo")
                .insertAfterPhrase("according to national definitions", " and local", "Jean Martin")
                .replace("nationally appropriate", "locally and nationally appropriate", "Jean Martin")
                .insertParagraphAfter("social protection systems and measures",
                        "Cities should be able to draw on these systems directly.", "Amina Diallo")
                .deleteParagraph("Create sound policy frameworks", "Amina Diallo")
                .moveParagraph("ensure that all men and women", "build the resilience of the poor", "Jean Martin")
                .embolden("End poverty in all its forms", "Jean Martin")
                .toDocx();
        WordEdits commented = WordEdits.of(docx);
        String question = commented.comment("extreme poverty for all people", "Jean Martin",
                "Local governments measure this differently.");
        commented.reply(question, "Amina Diallo", "Which indicator do you propose?");
        docx = commented.toDocx();

        data.signIn(editor);
        FeedbackProposal proposal = feedback.propose("sdg-en", 1, section.shortName(), "uclg-africa.docx", docx);
        FeedbackResult result = feedback.accept("sdg-en", 1, proposal.id(), null);

        List<Paragraph> paragraphs = data.paragraphs(version);
        assertThat(result.created()).hasSize(7);
        assertThat(result.created()).allSatisfy(c -> {
            assertThat(c.organisation().id()).isEqualTo(section.id());
            assertThat(c.status()).isEqualTo(CommentStatus.PUBLISHED);
            assertThat(c.body()).contains("imported from Word by " + editor.displayName())
                    .contains("uclg-africa.docx");
        });
        assertThat(amendmentOn(result, paragraphs, "1.1")).isNull();
        Comment halves = amendmentOn(result, paragraphs, "1.2");
        assertThat(halves.proposedText()).isEqualTo(text(paragraphs, "1.2")
                .replace("at least by half", "by two thirds")
                .replace("according to national definitions", "according to national definitions and local"));
        assertThat(halves.body()).contains("Amina Diallo, Jean Martin");
        Comment protection = amendmentOn(result, paragraphs, "1.3");
        assertThat(protection.proposedText()).isEqualTo(text(paragraphs, "1.3")
                .replace("nationally appropriate", "locally and nationally appropriate")
                + "\n\nCities should be able to draw on these systems directly.");
        assertThat(protection.body()).contains("Jean Martin, Amina Diallo").contains("Adds a new paragraph after this one");
        Comment movedAway = amendmentOn(result, paragraphs, "1.4");
        assertThat(movedAway.proposedText()).isEmpty();
        Comment movedHere = amendmentOn(result, paragraphs, "1.5");
        assertThat(movedHere.proposedText()).isEqualTo(text(paragraphs, "1.5") + "\n\n" + text(paragraphs, "1.4"));
        Comment deleted = amendmentOn(result, paragraphs, number(paragraphs, "Create sound policy frameworks"));
        assertThat(deleted.proposedText()).isEmpty();
        assertThat(deleted.body()).contains("Deletes this paragraph");
        assertThat(result.created().stream().filter(c -> c.paragraphId() == id(paragraphs, "1"))).isEmpty();

        Comment comment = only(result, CommentKind.COMMENT);
        assertThat(comment.paragraphId()).isEqualTo(id(paragraphs, "1.1"));
        assertThat(comment.quote()).isEqualTo("extreme poverty for all people");
        assertThat(comment.quoteStart()).isEqualTo(text(paragraphs, "1.1").indexOf("extreme poverty for all people"));
        assertThat(comment.body()).startsWith("Local governments measure this differently.").contains("Jean Martin");
        Comment reply = only(result, CommentKind.QUESTION);
        assertThat(reply.parentId()).isEqualTo(comment.id());
        assertThat(reply.paragraphId()).isEqualTo(comment.paragraphId());
        assertThat(reply.body()).contains("Amina Diallo");
        assertThat(journal.auditCount("feedback_import", proposal.id())).isEqualTo(1);
    }

    @Test
    void french_changes_and_a_question_keep_apostrophes_and_accents_and_replies_are_found_by_their_range()
            throws IOException {
        DocumentVersion version = open("odd-fr", "fr");
        WordEdits edits = WordEdits.of(export("odd-fr"))
                .replace("l’extrême pauvreté", "la très grande pauvreté", "Aïcha Benali")
                .insertParagraphAfter("réduire de moitié au moins",
                        "Les villes d’accueil doivent être associées à la définition des seuils.", "Élodie Lefèvre");
        String question = edits.comment("d’enfants de tous âges", "Élodie Lefèvre",
                "Faut-il inclure les personnes âgées ?");
        edits.reply(question, "Aïcha Benali", "Oui, c’est prévu.");
        byte[] docx = edits.toDocx(false);

        data.signIn(editor);
        FeedbackProposal proposal = feedback.propose("odd-fr", 1, section.shortName(), "section-méditerranée.docx",
                docx);
        assertThat(proposal.itemCount()).isEqualTo(4);
        FeedbackResult result = feedback.accept("odd-fr", 1, proposal.id(), null);

        List<Paragraph> paragraphs = data.paragraphs(version);
        Comment extreme = amendmentOn(result, paragraphs, "1.1");
        assertThat(extreme.proposedText()).isEqualTo(text(paragraphs, "1.1")
                .replace("l’extrême pauvreté", "la très grande pauvreté"));
        assertThat(extreme.body()).contains("Aïcha Benali").contains("section-méditerranée.docx");
        Comment added = amendmentOn(result, paragraphs, "1.2");
        assertThat(added.proposedText()).isEqualTo(text(paragraphs, "1.2")
                + "\n\nLes villes d’accueil doivent être associées à la définition des seuils.");
        Comment asked = only(result, CommentKind.QUESTION);
        assertThat(asked.paragraphId()).isEqualTo(id(paragraphs, "1.2"));
        assertThat(asked.quote()).isEqualTo("d’enfants de tous âges");
        assertThat(asked.quoteStart()).isEqualTo(text(paragraphs, "1.2").indexOf("d’enfants de tous âges"));
        Comment answer = only(result, CommentKind.COMMENT);
        assertThat(answer.parentId()).isEqualTo(asked.id());
        assertThat(answer.body()).startsWith("Oui, c’est prévu.");
    }

    @Test
    void a_subset_of_items_can_be_accepted_and_the_same_file_is_not_imported_twice() throws IOException {
        open("sdg-en", "en");
        WordEdits edits = WordEdits.of(export("sdg-en")).replace("at least by half", "by two thirds", "Amina Diallo");
        edits.comment("extreme poverty for all people", "Jean Martin", "Too narrow.");
        byte[] docx = edits.toDocx();
        data.signIn(editor);
        FeedbackProposal proposal = feedback.propose("sdg-en", 1, section.shortName(), "a.docx", docx);
        int commentItem = proposal.paragraphs().stream().flatMap(p -> p.items().stream())
                .filter(i -> i.kind() == CommentKind.COMMENT).findFirst().orElseThrow().id();

        FeedbackResult result = feedback.accept("sdg-en", 1, proposal.id(), List.of(commentItem));

        assertThat(result.created()).extracting(Comment::kind).containsExactly(CommentKind.COMMENT);
        assertThat(result.skipped()).isEqualTo(1);
        assertThatThrownBy(() -> feedback.propose("sdg-en", 1, section.shortName(), "again.docx", docx))
                .isInstanceOf(UserFacingException.class).extracting("messageKey")
                .isEqualTo("feedback.error.already-imported");
        assertThatThrownBy(() -> feedback.accept("sdg-en", 1, proposal.id(), null))
                .isInstanceOf(UserFacingException.class).extracting("messageKey")
                .isEqualTo("feedback.error.already-imported");
    }

    @Test
    void a_file_of_another_document_is_refused_naming_the_file() throws IOException {
        open("sdg-en", "en");
        open("odd-fr", "fr");
        WordEdits edits = WordEdits.of(export("odd-fr"));
        edits.comment("d’enfants de tous âges", "Élodie Lefèvre", "Pourquoi ?");
        byte[] french = edits.toDocx();
        data.signIn(editor);

        assertThatThrownBy(() -> feedback.propose("sdg-en", 1, section.shortName(), "odd.docx", french))
                .isInstanceOfSatisfying(FeedbackRejectedException.class, e -> {
                    assertThat(e.field()).isEqualTo("file");
                    assertThat(e.messageKey()).isEqualTo("feedback.error.other-document");
                });
    }

    @Test
    void an_unedited_export_has_nothing_to_import() throws IOException {
        open("sdg-en", "en");
        byte[] docx = export("sdg-en");
        data.signIn(editor);

        assertThatThrownBy(() -> feedback.propose("sdg-en", 1, section.shortName(), "same.docx", docx))
                .isInstanceOfSatisfying(FeedbackRejectedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("feedback.error.nothing-to-import"));
    }

    @Test
    void a_comment_with_an_external_entity_never_reads_a_local_file(@TempDir Path dir) throws IOException {
        open("sdg-en", "en");
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "SECRET-XXE-MARKER");
        WordEdits edits = WordEdits.of(export("sdg-en"));
        edits.comment("extreme poverty for all people", "Mallory", "PLACEHOLDER");
        byte[] hostile = WordEdits.rewritePart(edits.toDocx(), "word/comments.xml", xml -> xml
                .replace("?>", "?><!DOCTYPE w:comments [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>")
                .replace("PLACEHOLDER", "&xxe;"));
        data.signIn(editor);

        assertThatThrownBy(() -> feedback.propose("sdg-en", 1, section.shortName(), "hostile.docx", hostile))
                .isInstanceOfSatisfying(FeedbackRejectedException.class, e -> {
                    assertThat(e.field()).isEqualTo("file");
                    assertThat(e.messageKey()).isEqualTo("import.error.corrupt-docx");
                    assertThat(e).hasStackTraceContaining("DOCTYPE").hasNoSuppressedExceptions();
                });
    }

    @Test
    void nested_entities_in_the_replies_part_are_refused_not_expanded() throws IOException {
        open("sdg-en", "en");
        WordEdits edits = WordEdits.of(export("sdg-en"));
        String parent = edits.comment("extreme poverty for all people", "Jean Martin", "Too narrow.");
        edits.reply(parent, "Amina Diallo", "Agreed.");
        StringBuilder doctype = new StringBuilder("<!DOCTYPE w15:commentsEx [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            doctype.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10))
                    .append("\">");
        }
        String entities = doctype.append("]>").toString();
        byte[] hostile = WordEdits.rewritePart(edits.toDocx(), "word/commentsExtended.xml", xml -> xml
                .replace("?>", "?>" + entities).replace("w15:done=\"0\"/>", "w15:done=\"0\">&lol9;</w15:commentEx>"));
        data.signIn(editor);

        assertThatThrownBy(() -> feedback.propose("sdg-en", 1, section.shortName(), "hostile.docx", hostile))
                .isInstanceOfSatisfying(FeedbackRejectedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("import.error.corrupt-docx"));
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    private DocumentVersion open(String slug, String language) throws IOException {
        String markdown = Files.readString(SDG.resolve("goals_targets." + language + ".md"), StandardCharsets.UTF_8);
        String firstTwoGoals = markdown.substring(0, markdown.indexOf("\n## 3."));
        return data.openDocument(slug, Visibility.PUBLIC, firstTwoGoals).latest();
    }

    private byte[] export(String slug) {
        return SystemActor.call(() -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                exports.version(slug, 1, "docx", null, Locale.ENGLISH).body().writeTo(out);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return out.toByteArray();
        });
    }

    private static Comment amendmentOn(FeedbackResult result, List<Paragraph> paragraphs, String number) {
        return paragraphs.stream().filter(p -> p.number().equals(number)).findFirst()
                .flatMap(p -> result.created().stream()
                        .filter(c -> c.paragraphId() == p.id() && c.kind() == CommentKind.AMENDMENT).findFirst())
                .orElse(null);
    }

    private static Comment only(FeedbackResult result, CommentKind kind) {
        List<Comment> found = result.created().stream().filter(c -> c.kind() == kind).toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private static String text(List<Paragraph> paragraphs, String number) {
        return ParagraphTextHtml.toPlainText(paragraphs.stream().filter(p -> p.number().equals(number))
                .findFirst().orElseThrow().text());
    }

    private static long id(List<Paragraph> paragraphs, String number) {
        return paragraphs.stream().filter(p -> p.number().equals(number)).findFirst().orElseThrow().id();
    }

    private static String number(List<Paragraph> paragraphs, String containing) {
        return paragraphs.stream().filter(p -> p.text().contains(containing)).findFirst().orElseThrow().number();
    }
}
