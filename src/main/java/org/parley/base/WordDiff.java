package org.parley.base;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word-level differences between two plain texts (an amendment against its paragraph, two versions of a
 * paragraph): a list of kept, inserted and deleted runs that together spell both texts. Combining marks
 * (Arabic vowel signs, decomposed accents) belong to their word.
 */
public final class WordDiff {

    public enum Change { SAME, INSERTED, DELETED }

    public record Segment(Change change, String text) {
    }

    private static final Pattern TOKEN = Pattern.compile("\\s+|[\\p{L}\\p{M}\\p{N}'’-]+|[^\\s\\p{L}\\p{M}\\p{N}]");

    private WordDiff() {
    }

    public static List<Segment> between(String before, String after) {
        List<String> a = tokens(before);
        List<String> b = tokens(after);
        Patch<String> patch = DiffUtils.diff(a, b);
        List<Segment> segments = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            add(segments, Change.SAME, a.subList(position, delta.getSource().getPosition()));
            add(segments, Change.DELETED, delta.getSource().getLines());
            add(segments, Change.INSERTED, delta.getTarget().getLines());
            position = delta.getSource().getPosition() + delta.getSource().size();
        }
        add(segments, Change.SAME, a.subList(position, a.size()));
        return segments;
    }

    private static void add(List<Segment> segments, Change change, List<String> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        String text = String.join("", tokens);
        int last = segments.size() - 1;
        if (last >= 0 && segments.get(last).change() == change) {
            segments.set(last, new Segment(change, segments.get(last).text() + text));
        } else {
            segments.add(new Segment(change, text));
        }
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text == null ? "" : text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }
}
