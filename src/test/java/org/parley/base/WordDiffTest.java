package org.parley.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.parley.base.WordDiff.Change;
import org.parley.base.WordDiff.Segment;

class WordDiffTest {

    private static String spell(List<Segment> segments, Change excluded) {
        return segments.stream().filter(s -> s.change() != excluded).map(Segment::text).collect(Collectors.joining());
    }

    private static void assertSpellsBoth(String before, String after) {
        List<Segment> diff = WordDiff.between(before, after);
        assertThat(spell(diff, Change.INSERTED)).isEqualTo(before);
        assertThat(spell(diff, Change.DELETED)).isEqualTo(after);
    }

    @Test
    void identical_texts_are_one_unchanged_run() {
        assertThat(WordDiff.between("Cities welcome newcomers.", "Cities welcome newcomers."))
                .containsExactly(new Segment(Change.SAME, "Cities welcome newcomers."));
    }

    @Test
    void inserted_word_is_marked() {
        assertThat(WordDiff.between("Cities welcome newcomers.", "Cities warmly welcome newcomers."))
                .containsExactly(new Segment(Change.SAME, "Cities "), new Segment(Change.INSERTED, "warmly "),
                        new Segment(Change.SAME, "welcome newcomers."));
    }

    @Test
    void deleted_and_replaced_words_are_marked_as_whole_words() {
        assertThat(WordDiff.between("Regions coordinate the services.", "Cities coordinate services."))
                .containsExactly(new Segment(Change.DELETED, "Regions"), new Segment(Change.INSERTED, "Cities"),
                        new Segment(Change.SAME, " coordinate "), new Segment(Change.DELETED, "the "),
                        new Segment(Change.SAME, "services."));
    }

    @Test
    void punctuation_is_its_own_token() {
        assertThat(WordDiff.between("Cities welcome newcomers.", "Cities welcome newcomers!"))
                .containsExactly(new Segment(Change.SAME, "Cities welcome newcomers"),
                        new Segment(Change.DELETED, "."), new Segment(Change.INSERTED, "!"));
        assertThat(WordDiff.between("l'accueil des migrants", "l’accueil des migrants"))
                .containsExactly(new Segment(Change.DELETED, "l'accueil"), new Segment(Change.INSERTED, "l’accueil"),
                        new Segment(Change.SAME, " des migrants"));
    }

    @Test
    void arabic_words_are_diffed_as_words() {
        assertThat(WordDiff.between("تستقبل المدن القادمين الجدد", "تستقبل البلديات القادمين الجدد"))
                .containsExactly(new Segment(Change.SAME, "تستقبل "), new Segment(Change.DELETED, "المدن"),
                        new Segment(Change.INSERTED, "البلديات"), new Segment(Change.SAME, " القادمين الجدد"));
    }

    @Test
    void arabic_word_with_vowel_marks_stays_one_word() {
        // Harakat (U+064E etc.) are combining marks, not letters: they belong to their word.
        assertThat(WordDiff.between("تستقبل المُدن الجدد", "تستقبل المَدينة الجدد"))
                .containsExactly(new Segment(Change.SAME, "تستقبل "), new Segment(Change.DELETED, "المُدن"),
                        new Segment(Change.INSERTED, "المَدينة"), new Segment(Change.SAME, " الجدد"));
    }

    @Test
    void every_diff_spells_both_texts() {
        assertSpellsBoth("", "Something new.");
        assertSpellsBoth("Something old.", "");
        assertSpellsBoth("A, B and C  (three)\nthings.", "A; B or C (three)\n\nthings, 4.");
        assertSpellsBoth("Réfugiés — accueil e\u0301quitable", "Réfugiés – accueil équitable");
        assertThat(WordDiff.between(null, "x")).containsExactly(new Segment(Change.INSERTED, "x"));
    }
}
