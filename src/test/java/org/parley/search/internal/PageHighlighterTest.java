package org.parley.search.internal;

import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;


import static org.assertj.core.api.Assertions.assertThat;

class PageHighlighterTest {

    @Test
    void a_passage_scores_exactly_as_with_the_stock_scorer() {
        Passage passage = new Passage();
        passage.setStartOffset(40);
        passage.setEndOffset(160);
        passage.addMatch(45, 51, new BytesRef("cities"), 3);
        passage.addMatch(60, 67, new BytesRef("housing"), 1);
        passage.addMatch(90, 96, new BytesRef("cities"), 3);
        passage.addMatch(120, 128, new BytesRef("migrants"), 5);

        assertThat(new PageHighlighter.PassageScores().score(passage, 900))
                .isEqualTo(new PassageScorer().score(passage, 900));
    }

    @Test
    void each_field_is_highlighted_with_the_clauses_on_that_field_only() {
        Query matching = QueryParsing.matchingPart(new QueryParsing(Analyzers.perField()).parse("affordable housing").query());

        assertThat(PageHighlighter.fieldsOf(PageHighlighter.clausesOn(IndexSchema.TEXT, matching)))
                .containsExactly(IndexSchema.TEXT);
        assertThat(PageHighlighter.fieldsOf(PageHighlighter.clausesOn(IndexSchema.textField("fr"), matching)))
                .containsExactly(IndexSchema.textField("fr"));
        assertThat(PageHighlighter.clausesOn("comment_kind", matching)).isInstanceOf(MatchNoDocsQuery.class);
    }
}
