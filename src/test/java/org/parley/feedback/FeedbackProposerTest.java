package org.parley.feedback;

import org.junit.jupiter.api.Test;
import org.parley.base.UserFacingException;
import org.parley.comment.CommentKind;
import org.parley.document.Paragraph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How a file read as feedback is mapped and turned into proposed items, without a database. */
class FeedbackProposerTest {

    private static final List<Paragraph> VERSION = List.of(
            paragraph(1, "1", "Access to adequate housing is the foundation of inclusion for every newcomer."),
            paragraph(2, "2", "Health care must be open to all residents whatever their status."),
            paragraph(3, "3", "Schools welcome children in the middle of the year and teach the language."),
            paragraph(4, "4", "Local governments need a seat where migration policy is decided."));
    private static final FeedbackProposer.Attribution WHO =
            new FeedbackProposer.Attribution("AFRICA", "Editor", "africa.docx");

    @Test
    void a_paragraph_inserted_before_the_first_one_and_a_change_of_that_one_make_one_amendment() {
        WordFile file = file(
                new WordFile.Paragraph(0, null, "", "A preamble the section wants first.", List.of("Ana"), false, false),
                same(1, "1", VERSION.get(0).text(), "Access to decent housing is the foundation of inclusion for "
                        + "every newcomer.", "Ben"),
                same(2, "2", VERSION.get(1).text(), null, null),
                same(3, "3", VERSION.get(2).text(), null, null),
                same(4, "4", VERSION.get(3).text(), null, null));

        FeedbackProposer.Result result = FeedbackProposer.propose(VERSION, file, FeedbackProposerTest::words, WHO);

        assertThat(result.paragraphs()).hasSize(1);
        FeedbackItem amendment = result.paragraphs().get(0).items().get(0);
        assertThat(result.paragraphs().get(0).paragraphId()).isEqualTo(1);
        assertThat(amendment.proposedText()).isEqualTo("A preamble the section wants first.\n\n"
                + "Access to decent housing is the foundation of inclusion for every newcomer.");
        assertThat(amendment.authors()).containsExactly("Ana", "Ben");
        assertThat(amendment.text()).contains("feedback.note.adds-paragraph-before", "feedback.note.changes");
    }

    @Test
    void a_typed_number_that_names_another_paragraph_of_the_version_gives_way_to_the_text() {
        // the reviewer renumbered: the file's "2" is the version's paragraph 3
        WordFile file = file(
                same(0, "1", VERSION.get(0).text(), null, null),
                same(1, "2", VERSION.get(2).text(), VERSION.get(2).text().replace("middle", "course"), "Ana"),
                same(2, "3", VERSION.get(3).text(), null, null));

        FeedbackProposer.Result result = FeedbackProposer.propose(VERSION, file, FeedbackProposerTest::words, WHO);

        assertThat(result.paragraphs()).extracting(ProposedFeedback::paragraphId).containsExactly(3L);
    }

    @Test
    void a_file_whose_paragraphs_are_mostly_not_in_the_version_is_another_documents() {
        WordFile file = file(
                same(0, "1", "Biodiversity loss threatens the ecosystems on which food production depends.", null, null),
                same(1, "2", "Wetlands store carbon and protect coasts from storms and rising seas.", "x", "Ana"),
                same(2, "3", VERSION.get(2).text(), null, null));

        assertThatThrownBy(() -> FeedbackProposer.propose(VERSION, file, FeedbackProposerTest::words, WHO))
                .isInstanceOf(UserFacingException.class).extracting("messageKey")
                .isEqualTo("feedback.error.other-document");
    }

    @Test
    void a_comment_ending_with_a_question_mark_in_any_of_our_scripts_is_a_question() {
        assertThat(FeedbackProposer.kindOf("Which regions?")).isEqualTo(CommentKind.QUESTION);
        assertThat(FeedbackProposer.kindOf("Faut-il inclure les personnes âgées ? ")).isEqualTo(CommentKind.QUESTION);
        assertThat(FeedbackProposer.kindOf("هل يشمل ذلك المدن؟")).isEqualTo(CommentKind.QUESTION);
        assertThat(FeedbackProposer.kindOf("Is this right? We think not.")).isEqualTo(CommentKind.COMMENT);
    }

    private static WordFile.Paragraph same(int index, String number, String original, String accepted, String author) {
        return new WordFile.Paragraph(index, number, original, accepted == null ? original : accepted,
                author == null ? List.of() : List.of(author), false, false);
    }

    private static WordFile file(WordFile.Paragraph... paragraphs) {
        return new WordFile(new ArrayList<>(Arrays.asList(paragraphs)), List.of());
    }

    private static String words(String key, Object... arguments) {
        return key + Arrays.toString(arguments);
    }

    private static Paragraph paragraph(long id, String number, String text) {
        return new Paragraph(id, 1, null, (int) id, number, text, UUID.randomUUID());
    }
}
