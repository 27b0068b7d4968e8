package org.parley.translation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ParagraphAlignmentTest {

    private static final List<ParagraphAlignment.Unit> SOURCE = List.of(
            unit("1", "Cities receive most newcomers and answer the practical questions of their daily lives."),
            unit("2", "Regions coordinate services."),
            unit("3", "National governments decide who may enter, stay and become a citizen, while local "
                    + "governments shape the conditions in which newcomers and residents meet, work and live."),
            unit("4", "Funding follows responsibilities."));

    @Test
    void an_extra_paragraph_of_the_translation_is_never_placed_silently() {
        List<ParagraphAlignment.Unit> french = List.of(
                unit("P1", "Les villes accueillent la plupart des arrivants et répondent aux questions pratiques."),
                unit("P2", "Les régions coordonnent les services."),
                unit("P3", "Note du traducteur : ce paragraphe n'existe pas dans l'original anglais, il explique "
                        + "un terme technique du droit des étrangers pour les lecteurs francophones du document."),
                unit("P4", "Les gouvernements nationaux décident qui peut entrer, rester et devenir citoyen, tandis "
                        + "que les collectivités locales façonnent les conditions de la rencontre et du travail."),
                unit("P5", "Le financement suit les responsabilités."));

        ParagraphAlignment.Result result = ParagraphAlignment.align(SOURCE, french);

        assertThat(result.method()).isEqualTo(AlignmentMethod.LENGTHS);
        // with so few paragraphs a 1-2 pair (the note joined to a neighbour) is as likely as a 0-1: either way the
        // translator sees it
        boolean unplaced = result.unplaced().contains(2);
        boolean flagged = result.pairs().stream().anyMatch(p -> p.translated().contains(2) && p.uncertain());
        assertThat(unplaced || flagged).as(result.toString()).isTrue();
        assertThat(result.pairs().get(0)).isEqualTo(new ParagraphAlignment.Pair(0, List.of(0), false));
        assertThat(result.pairs().get(3)).isEqualTo(new ParagraphAlignment.Pair(3, List.of(4), false));
    }

    @Test
    void numbers_pair_paragraphs_and_a_number_missing_from_the_translation_is_flagged() {
        List<ParagraphAlignment.Unit> spanish = List.of(
                unit("1", "Las ciudades reciben a la mayoría de los recién llegados y responden a sus preguntas."),
                unit("2", "Las regiones coordinan los servicios."),
                unit("4", "La financiación sigue a las responsabilidades."),
                unit("3", "Los gobiernos nacionales deciden quién puede entrar, quedarse y hacerse ciudadano, "
                        + "mientras que los gobiernos locales configuran las condiciones de la convivencia."),
                unit("9", "Un párrafo que no existe en el original."));

        ParagraphAlignment.Result result = ParagraphAlignment.align(SOURCE, spanish);

        assertThat(result.method()).isEqualTo(AlignmentMethod.NUMBERS);
        assertThat(result.pairs()).extracting(ParagraphAlignment.Pair::translated)
                .containsExactly(List.of(0), List.of(1), List.of(3), List.of(2));
        assertThat(result.unplaced()).containsExactly(4);
        assertThat(result.pairs()).noneMatch(ParagraphAlignment.Pair::uncertain);
    }

    @Test
    void a_pair_of_implausible_lengths_is_flagged_even_with_matching_numbers() {
        List<ParagraphAlignment.Unit> shifted = List.of(
                unit("1", "Las ciudades reciben a la mayoría de los recién llegados y responden a sus preguntas."),
                unit("2", "Los gobiernos nacionales deciden quién puede entrar, quedarse y hacerse ciudadano, "
                        + "mientras que los gobiernos locales configuran las condiciones de la convivencia."),
                unit("3", "Las regiones coordinan los servicios."),
                unit("4", "La financiación sigue a las responsabilidades."));

        ParagraphAlignment.Result result = ParagraphAlignment.align(SOURCE, shifted);

        assertThat(result.pairs()).extracting(ParagraphAlignment.Pair::uncertain)
                .containsExactly(false, true, true, false);
    }

    private static ParagraphAlignment.Unit unit(String number, String text) {
        return new ParagraphAlignment.Unit(number, text);
    }
}
