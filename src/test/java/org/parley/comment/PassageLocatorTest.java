package org.parley.comment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parley.comment.PassageLocator.Span;

class PassageLocatorTest {

    static final String TEXT = "Cities receive most newcomers and cities coordinate the services that newcomers need.";

    private static String at(String text, Span span) {
        return text.substring(span.start(), span.end());
    }

    @Test
    void exact_passage_is_found_where_it_is() {
        assertThat(PassageLocator.locate(TEXT, "most newcomers", 0)).contains(new Span(15, 29));
    }

    @Test
    void of_several_occurrences_the_one_nearest_the_old_position_wins() {
        int second = TEXT.lastIndexOf("newcomers");

        assertThat(PassageLocator.locate(TEXT, "newcomers", 0)).contains(new Span(20, 29));
        assertThat(PassageLocator.locate(TEXT, "newcomers", second - 3)).contains(new Span(second, second + 9));
        assertThat(PassageLocator.locate(TEXT, "newcomers", 10_000)).contains(new Span(second, second + 9));
    }

    @Test
    void short_passage_is_found_again_after_a_small_edit() {
        String edited = "Cities receive most new-comers and cities coordinate the services that newcomers need.";

        Span span = PassageLocator.locate(edited, "receive most newcomers", 7).orElseThrow();

        assertThat(span.start()).isEqualTo(7);
        assertThat(at(edited, span)).startsWith("receive most new");
    }

    @Test
    void passage_longer_than_the_bitap_limit_is_found_again_after_edits_in_the_middle() {
        String quote = "cities coordinate the services that newcomers need";
        String edited = "Cities receive most newcomers, and all cities coordinate the public services that "
                + "newcomers need.";

        Span span = PassageLocator.locate(edited, quote, 35).orElseThrow();

        assertThat(quote.length()).isGreaterThan(32);
        assertThat(at(edited, span)).isEqualTo("cities coordinate the public services that newcomers need");
    }

    @Test
    void long_passage_moved_further_down_the_paragraph_is_found() {
        String quote = "cities coordinate the services that newcomers need";
        String edited = "A new first sentence was added in front of everything. " + TEXT;

        Span span = PassageLocator.locate(edited, quote, 35).orElseThrow();

        assertThat(at(edited, span)).isEqualTo(quote);
    }

    @Test
    void passage_rewritten_beyond_recognition_is_not_found() {
        String rewritten = "Local governments welcome migrants through one-stop offices funded by the state.";

        assertThat(PassageLocator.locate(rewritten, "cities coordinate the services that newcomers need", 35))
                .isEmpty();
        assertThat(PassageLocator.locate(rewritten, "most newcomers", 15)).isEmpty();
    }

    @Test
    void nothing_to_find_in_or_with_empty_text() {
        assertThat(PassageLocator.locate("", "x", 0)).isEmpty();
        assertThat(PassageLocator.locate(TEXT, "", 0)).isEmpty();
        assertThat(PassageLocator.locate(null, "x", 0)).isEmpty();
        assertThat(PassageLocator.locate(TEXT, null, 0)).isEmpty();
    }

    @Test
    void arabic_passage_is_found() {
        String text = "تستقبل المدن معظم القادمين الجدد وتنسق الخدمات.";

        Span span = PassageLocator.locate(text, "معظم القادمين", 0).orElseThrow();

        assertThat(at(text, span)).isEqualTo("معظم القادمين");
    }
}
