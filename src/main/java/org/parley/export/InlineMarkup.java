package org.parley.export;

import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Stored paragraph text (light markup: {@code **bold**}, {@code *italic*}, {@code "- "} bullet lines) as the
 * blocks and styled runs a word processor needs: the lead text, then one block per bullet line.
 */
final class InlineMarkup {

    private static final Parser INLINE_ONLY = Parser.builder().enabledBlockTypes(Set.of()).build();

    record Run(String text, boolean bold, boolean italic) {
    }

    record Block(boolean bullet, List<Run> runs) {
    }

    private InlineMarkup() {
    }

    static List<Block> blocks(String markup) {
        List<Block> blocks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean bullet = false;
        for (String line : markup.split("\n", -1)) {
            if (line.startsWith("- ")) {
                flush(blocks, current, bullet);
                current.append(line.substring(2));
                bullet = true;
            } else {
                current.append(current.isEmpty() ? "" : " ").append(line.strip());
            }
        }
        flush(blocks, current, bullet);
        return blocks;
    }

    private static void flush(List<Block> blocks, StringBuilder text, boolean bullet) {
        if (!text.toString().isBlank()) {
            blocks.add(new Block(bullet, runs(text.toString())));
        }
        text.setLength(0);
    }

    static List<Run> runs(String markup) {
        List<Run> runs = new ArrayList<>();
        walk(INLINE_ONLY.parse(markup), false, false, runs);
        return runs;
    }

    private static void walk(Node parent, boolean bold, boolean italic, List<Run> runs) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Text text) {
                runs.add(new Run(text.getLiteral(), bold, italic));
            } else if (node instanceof Code code) {
                runs.add(new Run(code.getLiteral(), bold, italic));
            } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
                runs.add(new Run(" ", bold, italic));
            } else if (node instanceof StrongEmphasis) {
                walk(node, true, italic, runs);
            } else if (node instanceof Emphasis) {
                walk(node, bold, true, runs);
            } else {
                walk(node, bold, italic, runs);
            }
        }
    }

    /** True when the first letter with a direction is right-to-left (Arabic, Hebrew...). */
    static boolean rightToLeft(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            byte d = Character.getDirectionality(cp);
            if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                return true;
            }
            if (d == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return false;
    }
}
