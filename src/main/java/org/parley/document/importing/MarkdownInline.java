package org.parley.document.importing;

import java.util.ArrayDeque;
import java.util.Deque;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

/**
 * Inline content of a CommonMark block as light markup. Walks the tree with an explicit stack so that
 * pathological nesting cannot overflow the call stack.
 */
final class MarkdownInline {

    private record Frame(Node node, boolean bold, boolean italic) {
    }

    private MarkdownInline() {
    }

    static String toMarkup(Node block) {
        return collect(block, true).toMarkup();
    }

    static String plainText(Node block) {
        return collect(block, false).toMarkup().replaceAll("\\\\([\\\\*_`])", "$1");
    }

    private static InlineText collect(Node block, boolean formatted) {
        InlineText text = new InlineText();
        Deque<Frame> stack = new ArrayDeque<>();
        pushChildren(stack, block, false, false);
        while (!stack.isEmpty()) {
            Frame frame = stack.pop();
            Node node = frame.node();
            boolean bold = formatted && (frame.bold() || node instanceof StrongEmphasis);
            boolean italic = formatted && (frame.italic() || node instanceof Emphasis);
            if (node instanceof Text t) {
                text.append(t.getLiteral(), bold, italic);
            } else if (node instanceof Code code) {
                text.append(code.getLiteral(), bold, italic);
            } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
                text.append(" ", false, false);
            } else if (node instanceof HtmlInline || node instanceof Image) {
                continue;
            } else {
                pushChildren(stack, node, bold, italic);
            }
        }
        return text;
    }

    private static void pushChildren(Deque<Frame> stack, Node parent, boolean bold, boolean italic) {
        Deque<Frame> children = new ArrayDeque<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            children.push(new Frame(child, bold, italic));
        }
        children.forEach(stack::push);
    }
}
