package org.parley.alignment;

import org.junit.jupiter.api.Test;
import org.parley.alignment.ChangeKindEvaluation.Kind;
import org.parley.alignment.ChangeKindEvaluation.Score;
import org.parley.alignment.CodeCivilRevisions.Alinea;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Precision and recall per change kind on real revisions: the Code civil pairs (article-number truth, every
 * alinéa) and the Paris Agreement drafts (partial truth, see {@link ParisDrafts}). The thresholds are regression
 * guards set a little below the values measured when this test was written (bench/README.md has the table).
 */
class ChangeKindEvaluationTest {

    private final Map<String, Score> scores = new LinkedHashMap<>();

    @Test
    void code_civil_titre_v_2011_2013_2015() {
        Score first = codeCivil("livre1-titre5-mariage_2011-05-19.jsonl", "livre1-titre5-mariage_2013-05-19.jsonl");
        Score second = codeCivil("livre1-titre5-mariage_2013-05-19.jsonl", "livre1-titre5-mariage_2015-03-31.jsonl");
        System.out.print(ChangeKindEvaluation.table(scores));

        for (Score score : List.of(first, second)) { // measured: every alinéa right
            assertThat(score.accuracy()).isGreaterThanOrEqualTo(0.99);
            assertAtLeast(score, Kind.UNCHANGED, 0.99, 0.99);
            assertAtLeast(score, Kind.EDITED, 0.99, 0.99);
        }
        assertAtLeast(first, Kind.NEW, 0.99, 0.99);
    }

    @Test
    void code_civil_livre_premier_2011_2015() {
        Score score = codeCivil("livre1-personnes_2011-05-19.jsonl", "livre1-personnes_2015-03-31.jsonl");
        System.out.print(ChangeKindEvaluation.table(scores));

        assertThat(score.accuracy()).isGreaterThanOrEqualTo(0.98); // measured 0.992
        assertAtLeast(score, Kind.UNCHANGED, 0.995, 0.995); // 1.000, 1.000
        assertAtLeast(score, Kind.EDITED, 0.97, 0.80); // 1.000, 0.828
        assertAtLeast(score, Kind.NEW, 0.35, 0.85); // 0.391, 1.000
    }

    /** Articles rewritten under their old numbers: the truth pairs texts that share nothing (see the other test). */
    @Test
    void code_civil_divorce_reform_2002_2005() {
        Score score = codeCivil("livre1-titre6-divorce_2002-03-05.jsonl", "livre1-titre6-divorce_2005-02-12.jsonl");
        System.out.print(ChangeKindEvaluation.table(scores));

        assertThat(score.accuracy()).isGreaterThanOrEqualTo(0.55);
        assertAtLeast(score, Kind.UNCHANGED, 0.85, 0.0);
    }

    @Test
    void paris_agreement_drafts() {
        Score october = paris(0, false);
        Score december = paris(1, false);
        Score adopted = paris(2, true);
        System.out.print(ChangeKindEvaluation.table(scores));

        // the truth must not quietly shrink: covered paragraphs as measured 163, 76, 57
        assertThat(List.of(october.covered(), december.covered(), adopted.covered())).containsExactly(163, 76, 57);
        assertThat(october.accuracy()).isGreaterThanOrEqualTo(0.96); // measured 0.982
        assertAtLeast(october, Kind.UNCHANGED, 0.99, 0.99); // 1.000, 1.000
        assertAtLeast(october, Kind.EDITED, 0.85, 0.82); // 0.893, 0.862
        assertThat(december.accuracy()).isGreaterThanOrEqualTo(0.80); // 0.842
        assertAtLeast(december, Kind.UNCHANGED, 0.95, 0.92); // 0.976, 0.952
        assertAtLeast(december, Kind.EDITED, 0.65, 0.57); // 0.704, 0.613
        assertThat(adopted.accuracy()).isGreaterThanOrEqualTo(0.98); // 1.000
        assertAtLeast(adopted, Kind.UNCHANGED, 0.99, 0.93); // 1.000, 0.964
        assertAtLeast(adopted, Kind.EDITED, 0.95, 0.95); // 1.000, 1.000
    }

    private static void assertAtLeast(Score score, Kind kind, double precision, double recall) {
        assertThat(score.precision(kind)).as("precision of " + kind).isGreaterThanOrEqualTo(precision);
        assertThat(score.recall(kind)).as("recall of " + kind).isGreaterThanOrEqualTo(recall);
    }

    private Score codeCivil(String before, String after) {
        List<Alinea> olds = CodeCivilRevisions.load(before);
        List<Alinea> news = CodeCivilRevisions.load(after);
        ParagraphAligner.Result result = ParagraphAligner.align(CodeCivilRevisions.texts(olds),
                CodeCivilRevisions.texts(news));
        Score score = ChangeKindEvaluation.score(result, AlignmentEvaluation.truths(olds, news),
                AlignmentEvaluation.deletions(olds, news));
        String name = "Code civil " + before.replaceAll("\\.jsonl$", "") + " → " + after.replaceAll(".*_|\\.jsonl$", "");
        System.out.print(score.report(name));
        scores.put(name, score);
        return score;
    }

    private Score paris(int from, boolean adopted) {
        List<ParisDrafts.Para> olds = ParisDrafts.load(ParisDrafts.DRAFTS.get(from));
        List<ParisDrafts.Para> news = ParisDrafts.load(ParisDrafts.DRAFTS.get(from + 1));
        ParagraphAligner.Result result = ParagraphAligner.align(ParisDrafts.texts(olds), ParisDrafts.texts(news));
        Score score = ChangeKindEvaluation.score(result, ParisDrafts.truths(olds, news, adopted), Map.of());
        String name = "Paris " + ParisDrafts.DRAFTS.get(from).replaceAll(".*_|\\.jsonl$", "") + " → "
                + ParisDrafts.DRAFTS.get(from + 1).replaceAll(".*_|\\.jsonl$", "");
        System.out.print(score.report(name + " (" + olds.size() + " → " + news.size() + " paragraphs)"));
        scores.put(name, score);
        return score;
    }
}
