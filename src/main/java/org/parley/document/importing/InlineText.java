package org.parley.document.importing;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Collects text with bold/italic flags and writes it as light markup. Adjacent pieces with the same
 * formatting are merged and spaces are moved outside the markers, so the output never contains
 * {@code ****} or {@code ** word**}, which CommonMark would not read as emphasis.
 */
final class InlineText {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern MARKUP_CHARS = Pattern.compile("([\\\\*_`])");

    private record Piece(String text, boolean bold, boolean italic) {
        boolean sameStyle(Piece other) {
            return bold == other.bold && italic == other.italic;
        }
    }

    private final List<Piece> pieces = new ArrayList<>();

    void append(String text, boolean bold, boolean italic) {
        if (text == null || text.isEmpty()) {
            return;
        }
        String spaced = WHITESPACE.matcher(text).replaceAll(" ");
        if (spaced.isBlank()) {
            add(new Piece(" ", false, false));
            return;
        }
        String core = spaced.strip();
        if (spaced.startsWith(" ")) {
            add(new Piece(" ", false, false));
        }
        add(new Piece(core, bold, italic));
        if (spaced.endsWith(" ")) {
            add(new Piece(" ", false, false));
        }
    }

    boolean isBlank() {
        return pieces.stream().allMatch(p -> p.text.isBlank());
    }

    String toMarkup() {
        List<Piece> trimmed = withoutEdgeSpaces();
        StringBuilder out = new StringBuilder();
        Deque<String> open = new ArrayDeque<>();
        for (Piece piece : trimmed) {
            closeUnwanted(out, open, piece);
            if (piece.bold && !open.contains("**")) {
                open.push("**");
                out.append("**");
            }
            if (piece.italic && !open.contains("*")) {
                open.push("*");
                out.append('*');
            }
            out.append(MARKUP_CHARS.matcher(piece.text).replaceAll("\\\\$1"));
        }
        open.forEach(out::append);
        return out.toString();
    }

    private void add(Piece piece) {
        if (!pieces.isEmpty()) {
            Piece last = pieces.get(pieces.size() - 1);
            if (piece.text.equals(" ") && last.text.endsWith(" ")) {
                return;
            }
            if (last.sameStyle(piece)) {
                pieces.set(pieces.size() - 1, new Piece(last.text + piece.text, last.bold, last.italic));
                return;
            }
        }
        pieces.add(piece);
    }

    /** Spaces between two pieces of the same style belong inside the marker pair, not between two pairs. */
    private List<Piece> withoutEdgeSpaces() {
        List<Piece> merged = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) {
            Piece piece = pieces.get(i);
            boolean lone = piece.text.equals(" ") && i > 0 && i + 1 < pieces.size();
            if (lone && pieces.get(i - 1).sameStyle(pieces.get(i + 1)) && !merged.isEmpty()) {
                Piece prev = merged.remove(merged.size() - 1);
                Piece next = pieces.get(++i);
                merged.add(new Piece(prev.text + " " + next.text, prev.bold, prev.italic));
            } else {
                merged.add(piece);
            }
        }
        stripEnd(merged, 0, true);
        stripEnd(merged, merged.size() - 1, false);
        return merged;
    }

    private static void stripEnd(List<Piece> list, int index, boolean leading) {
        if (list.isEmpty()) {
            return;
        }
        Piece p = list.get(index);
        String text = leading ? p.text.stripLeading() : p.text.stripTrailing();
        if (text.isEmpty()) {
            list.remove(index);
        } else {
            list.set(index, new Piece(text, p.bold, p.italic));
        }
    }

    private static void closeUnwanted(StringBuilder out, Deque<String> open, Piece piece) {
        boolean mustClose = (open.contains("**") && !piece.bold) || (open.contains("*") && !piece.italic);
        if (!mustClose) {
            return;
        }
        while (!open.isEmpty()) {
            String marker = open.peek();
            boolean wanted = marker.equals("**") ? piece.bold : piece.italic;
            boolean needed = (open.contains("**") && !piece.bold) || (open.contains("*") && !piece.italic);
            if (wanted && !needed) {
                return;
            }
            out.append(open.pop());
        }
    }
}
