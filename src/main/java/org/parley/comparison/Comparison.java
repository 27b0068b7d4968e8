package org.parley.comparison;

import org.parley.document.Paragraph;
import org.parley.base.WordDiff;

import java.util.List;

/**
 * Two versions of a document aligned by lineage: one row per paragraph of the newer version (in its order),
 * with the deleted paragraphs of the older version after the last paragraph that was kept before them.
 */
public record Comparison(String slug, int olderNumber, int newerNumber, List<Row> rows) {

    /** One side of a row: a paragraph with its plain text. */
    public record Side(long id, String number, String text) {
    }

    /**
     * {@code older} is empty for a new paragraph, {@code newer} null for a deleted one; {@code diff} spells the
     * older plain text (merged texts joined by a space) and the newer one.
     */
    public record Row(List<Side> older, Side newer, ComparisonMarker marker, List<WordDiff.Segment> diff) {

        /** The fragment that links to this row: the newer paragraph's anchor, or the removed one's. */
        public String anchor() {
            return newer != null ? Paragraph.anchorFor(newer.number())
                    : Paragraph.anchorFor(older.get(0).number()) + "-removed";
        }
    }
}
