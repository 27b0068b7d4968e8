package org.parley.alignment;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.alignment.CodeCivilRevisions.Alinea;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The aligner on real revisions of the Code civil: at least 98 % of alinéas mapped to their true predecessor. */
class ParagraphAlignerEvaluationTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "livre1-titre5-mariage_2011-05-19.jsonl, livre1-titre5-mariage_2013-05-19.jsonl",
            "livre1-titre5-mariage_2013-05-19.jsonl, livre1-titre5-mariage_2015-03-31.jsonl",
            "livre1-personnes_2011-05-19.jsonl, livre1-personnes_2015-03-31.jsonl"
    })
    void at_least_98_percent_of_alineas_find_their_true_predecessor(String before, String after) {
        List<Alinea> olds = CodeCivilRevisions.load(before);
        List<Alinea> news = CodeCivilRevisions.load(after);

        ParagraphAligner.Result result = ParagraphAligner.align(CodeCivilRevisions.texts(olds),
                CodeCivilRevisions.texts(news));
        AlignmentEvaluation.Score score = AlignmentEvaluation.score(olds, news, result);

        System.out.print(score.report(before + " -> " + after));
        assertThat(score.accuracy()).isGreaterThanOrEqualTo(0.98);
    }

    /**
     * The 2004 divorce reform rewrote whole articles under their old numbers (article 233 went from "fault" to
     * "accepted breakdown"), so the article-number truth calls paragraphs "the same" that share no content. Text
     * alignment cannot, and should not, recover that; this pair guards against regressions only.
     */
    @Test
    void a_reform_that_rewrote_articles_under_the_same_numbers_keeps_its_measured_score() {
        List<Alinea> olds = CodeCivilRevisions.load("livre1-titre6-divorce_2002-03-05.jsonl");
        List<Alinea> news = CodeCivilRevisions.load("livre1-titre6-divorce_2005-02-12.jsonl");

        AlignmentEvaluation.Score score = AlignmentEvaluation.score(olds, news,
                ParagraphAligner.align(CodeCivilRevisions.texts(olds), CodeCivilRevisions.texts(news)));

        System.out.print(score.report("divorce 2002 -> 2005 (rewritten articles)"));
        assertThat(score.accuracy()).isGreaterThanOrEqualTo(0.55);
        assertThat(score.precision(AlignmentEvaluation.TruthKind.UNCHANGED)).isGreaterThanOrEqualTo(0.85);
    }
}
