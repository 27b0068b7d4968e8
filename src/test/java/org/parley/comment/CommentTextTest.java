package org.parley.comment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.parley.base.UserFacingException;
import org.springframework.context.MessageSourceResolvable;

class CommentTextTest {

    @Test
    void body_is_stripped_and_windows_line_breaks_become_newlines() {
        assertThat(CommentText.body("  First line\r\nsecond line\t \n")).isEqualTo("First line\nsecond line");
    }

    @Test
    void empty_or_blank_body_is_refused() {
        for (String blank : new String[] {null, "", "   ", "\n\t "}) {
            assertThatThrownBy(() -> CommentText.body(blank)).isInstanceOf(UserFacingException.class)
                    .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("comment.error.body-empty");
        }
    }

    @Test
    void body_of_exactly_the_limit_is_taken_and_one_more_is_refused_with_both_numbers() {
        assertThat(CommentText.body("a".repeat(10_000))).hasSize(10_000);

        UserFacingException e = catchThrowableOfType(UserFacingException.class,
                () -> CommentText.body("a".repeat(10_001)));

        assertThat(e.messageKey()).isEqualTo("comment.error.body-too-long");
        assertThat(e.arguments()).containsExactly(10_000, 10_001);
    }

    @Test
    void surrounding_whitespace_does_not_count_towards_the_limit() {
        assertThat(CommentText.body("  " + "a".repeat(10_000) + "\n\n")).hasSize(10_000);
    }

    @Test
    void control_characters_are_refused_but_line_breaks_and_tabs_are_kept() {
        assertThat(CommentText.body("a\tb\nc")).isEqualTo("a\tb\nc");
        for (String bad : new String[] {"bell\u0007", "nul\u0000byte", "escape\u001b[31m", "del\u007f"}) {
            assertThatThrownBy(() -> CommentText.body(bad))
                    .extracting(e -> ((UserFacingException) e).messageKey())
                    .isEqualTo("comment.error.control-characters");
        }
    }

    @Test
    void html_and_script_are_plain_text_kept_as_typed() {
        String html = "<script>alert('x')</script><b>bold</b> &amp;";

        assertThat(CommentText.body(html)).isEqualTo(html);
    }

    @Test
    void arabic_text_with_a_few_direction_marks_is_fine() {
        String arabic = "نقترح \u200Fتعديل\u200F الفقرة";

        assertThat(CommentText.body(arabic)).isEqualTo(arabic);
    }

    @Test
    void every_bidi_embedding_override_and_isolate_is_refused_naming_the_field_character_and_position() {
        for (char control : new char[] {'\u202A', '\u202B', '\u202C', '\u202D', '\u202E',
                '\u2066', '\u2067', '\u2068', '\u2069'}) {
            UserFacingException e = catchThrowableOfType(UserFacingException.class,
                    () -> CommentText.body("pay " + control + "001$ txen"));

            assertThat(e.messageKey()).isEqualTo("error.direction-control");
            assertThat(((MessageSourceResolvable) e.arguments()[0]).getCodes()).containsExactly("field.comment-body");
            assertThat(e.arguments()[1]).isEqualTo(String.format("U+%04X", (int) control));
            assertThat(e.arguments()[2]).isEqualTo(5);
        }
    }

    @Test
    void a_single_override_in_proposed_text_quote_or_note_is_refused_with_that_field() {
        String trojan = "Approved\u202E devorppa toN";

        assertThat(fieldOf(() -> CommentText.proposed(trojan))).isEqualTo("field.comment-proposed");
        assertThat(fieldOf(() -> CommentText.optionalQuote(trojan))).isEqualTo("field.comment-quote");
        assertThat(fieldOf(() -> CommentText.note(trojan))).isEqualTo("field.comment-note");
    }

    private static String fieldOf(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        UserFacingException e = catchThrowableOfType(UserFacingException.class, call);
        assertThat(e.messageKey()).isEqualTo("error.direction-control");
        return ((MessageSourceResolvable) e.arguments()[0]).getCodes()[0];
    }

    @Test
    void proposed_text_and_notes_have_their_own_limits() {
        assertThat(CommentText.proposed("b".repeat(20_000))).hasSize(20_000);
        assertThat(catchThrowableOfType(UserFacingException.class, () -> CommentText.proposed("b".repeat(20_001)))
                .arguments()).containsExactly(20_000, 20_001);
        assertThat(catchThrowableOfType(UserFacingException.class, () -> CommentText.note(" "))
                .messageKey()).isEqualTo("comment.error.note-empty");
        assertThat(catchThrowableOfType(UserFacingException.class, () -> CommentText.note("n".repeat(2_001)))
                .messageKey()).isEqualTo("comment.error.note-too-long");
    }

    @Test
    void quote_is_optional_and_limited() {
        assertThat(CommentText.optionalQuote(null)).isNull();
        assertThat(CommentText.optionalQuote("  ")).isNull();
        assertThat(catchThrowableOfType(UserFacingException.class,
                () -> CommentText.optionalQuote("q".repeat(2_001))).messageKey())
                .isEqualTo("comment.error.quote-too-long");
    }

    @Test
    void language_must_be_a_known_language_code() {
        assertThat(CommentText.language("fr")).isEqualTo("fr");
        assertThat(CommentText.language("ar")).isEqualTo("ar");
        assertThat(CommentText.language("pt-BR")).isEqualTo("pt-BR");
        for (String bad : new String[] {"", "French", "f", "FR", "zz", "xx-YY", "en_GB", "qqq"}) {
            assertThatThrownBy(() -> CommentText.language(bad)).as(bad)
                    .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("comment.error.language");
        }
    }
}
