package org.parley.api;

import org.parley.comparison.Comparison;

import java.util.List;

/** Two versions aligned by lineage: for each row the older paragraph(s), the newer one, a marker and a word diff. */
record ComparisonJson(String slug, int older, int newer, List<RowJson> rows) {

    @io.swagger.v3.oas.annotations.media.Schema(name = "ComparedParagraph")
    record ParagraphJson(long id, String number, String text) {
    }

    record SegmentJson(String change, String text) {
    }

    record RowJson(String anchor, String marker, List<ParagraphJson> older, ParagraphJson newer,
                   List<SegmentJson> diff) {
    }

    static ComparisonJson of(Comparison comparison) {
        return new ComparisonJson(comparison.slug(), comparison.olderNumber(), comparison.newerNumber(),
                comparison.rows().stream().map(row -> new RowJson(row.anchor(), row.marker().name().toLowerCase(),
                        row.older().stream().map(ComparisonJson::paragraph).toList(),
                        row.newer() == null ? null : paragraph(row.newer()),
                        row.diff().stream().map(s -> new SegmentJson(s.change().name().toLowerCase(), s.text()))
                                .toList())).toList());
    }

    private static ParagraphJson paragraph(Comparison.Side side) {
        return new ParagraphJson(side.id(), side.number(), side.text());
    }
}
