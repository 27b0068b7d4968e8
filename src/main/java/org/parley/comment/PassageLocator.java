package org.parley.comment;

import org.bitbucket.cowwoc.diffmatchpatch.DiffMatchPatch;

import java.util.Optional;

/**
 * Finds a quoted passage again in a paragraph whose text may have changed since the quote was taken: the exact
 * text nearest its old position, else a fuzzy match (Bitap on its beginning and end, then an edit-distance
 * check on the whole). Empty when the passage is no longer there, so the UI can say so; the comment stays.
 */
public final class PassageLocator {

    /** Bitap's pattern limit in diff-match-patch. */
    private static final int MAX_BITAP = 32;
    private static final double MIN_SIMILARITY = 0.7;

    public record Span(int start, int end) {
    }

    private PassageLocator() {
    }

    public static Optional<Span> locate(String text, String quote, int hint) {
        if (text == null || quote == null || quote.isEmpty() || text.isEmpty()) {
            return Optional.empty();
        }
        int exact = nearestOccurrence(text, quote, hint);
        if (exact >= 0) {
            return Optional.of(new Span(exact, exact + quote.length()));
        }
        return fuzzy(text, quote, Math.max(0, Math.min(hint, text.length())));
    }

    private static int nearestOccurrence(String text, String quote, int hint) {
        int best = -1;
        for (int at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
            if (best < 0 || Math.abs(at - hint) < Math.abs(best - hint)) {
                best = at;
            }
        }
        return best;
    }

    private static Optional<Span> fuzzy(String text, String quote, int hint) {
        DiffMatchPatch dmp = new DiffMatchPatch();
        dmp.matchThreshold = 0.4f;
        dmp.matchDistance = 2000;
        String head = quote.substring(0, Math.min(MAX_BITAP, quote.length()));
        int start = dmp.matchMain(text, head, hint);
        if (start < 0) {
            return Optional.empty();
        }
        int end = start + quote.length();
        if (quote.length() > MAX_BITAP) {
            String tail = quote.substring(quote.length() - MAX_BITAP);
            int tailAt = dmp.matchMain(text, tail, Math.min(text.length(), start + quote.length() - MAX_BITAP));
            if (tailAt < start) {
                return Optional.empty();
            }
            end = tailAt + MAX_BITAP;
        }
        end = Math.min(end, text.length());
        return similarity(dmp, quote, text.substring(start, end)) >= MIN_SIMILARITY
                ? Optional.of(new Span(start, end)) : Optional.empty();
    }

    private static double similarity(DiffMatchPatch dmp, String a, String b) {
        int distance = dmp.diffLevenshtein(dmp.diffMain(a, b, false));
        return 1.0 - (double) distance / Math.max(a.length(), b.length());
    }
}
