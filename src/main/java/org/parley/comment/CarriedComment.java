package org.parley.comment;

import org.parley.base.WordDiff;

import java.util.List;

/**
 * A comment made on an earlier version of a paragraph (or on text since removed), as the reader of a later
 * version sees it: where it was made ({@code versionNumber}, {@code paragraphNumber}), the text it was made on
 * (plain text), the editors' answer if the reader may see it yet, and the word diff from that text to the
 * paragraph being read (empty for removed text).
 */
public record CarriedComment(Comment comment, int versionNumber, long paragraphId, String paragraphNumber,
                             String oldText, DispositionLookup.Answer disposition, List<WordDiff.Segment> changes) {

    public boolean unchanged() {
        return changes.stream().allMatch(s -> s.change() == WordDiff.Change.SAME);
    }
}
