package org.parley.document;

import org.parley.base.MarkupText;
import java.util.Set;
import org.commonmark.node.Block;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * Renders stored paragraph text ("light markup": {@code **bold**}, {@code *italic*}, {@code "- "} bullet
 * lines) to safe HTML or to plain text.
 *
 * <p>The markup is parsed with CommonMark, but the HTML is written by a whitelist walker instead of
 * CommonMark's renderer: only {@code <strong>}, {@code <em>}, {@code <ul>} and {@code <li>} are ever emitted,
 * without attributes, and every piece of text (including raw HTML and link syntax in the source) is escaped,
 * so there is nothing left for URL sanitising to do.
 */
public final class ParagraphTextHtml {

    private static final Parser PARSER = Parser.builder()
            .enabledBlockTypes(Set.<Class<? extends Block>>of(ListBlock.class))
            .build();

    private ParagraphTextHtml() {
    }

    public static String toHtml(String lightMarkup) {
        if (lightMarkup == null || lightMarkup.isBlank()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        writeChildren(PARSER.parse(lightMarkup), out, true);
        return out.toString().replaceAll(" {2,}", " ").strip();
    }

    public static String toPlainText(String lightMarkup) {
        if (lightMarkup == null || lightMarkup.isBlank()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        writeChildren(PARSER.parse(lightMarkup), out, false);
        return out.toString().replaceAll("[ \\t]+", " ").replaceAll(" ?\\n ?", "\n").strip();
    }

    private static void writeChildren(Node parent, StringBuilder out, boolean html) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            write(child, out, html);
        }
    }

    private static void write(Node node, StringBuilder out, boolean html) {
        if (node instanceof Text text) {
            out.append(html ? escape(text.getLiteral()) : text.getLiteral());
        } else if (node instanceof Code code) {
            out.append(html ? escape(code.getLiteral()) : code.getLiteral());
        } else if (node instanceof HtmlInline raw) {
            out.append(html ? escape(raw.getLiteral()) : raw.getLiteral());
        } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
            out.append(' ');
        } else if (node instanceof Image) {
            return;
        } else if (node instanceof StrongEmphasis) {
            wrap(node, out, html, "strong");
        } else if (node instanceof Emphasis) {
            wrap(node, out, html, "em");
        } else if (node instanceof BulletList) {
            list(node, out, html);
        } else if (node instanceof OrderedList list) {
            orderedAsText(list, out, html);
        } else if (node instanceof Paragraph && node.getPrevious() != null) {
            out.append(html ? " " : "\n");
            writeChildren(node, out, html);
        } else {
            writeChildren(node, out, html);
        }
    }

    private static void wrap(Node node, StringBuilder out, boolean html, String tag) {
        out.append(html ? "<" + tag + ">" : "");
        writeChildren(node, out, html);
        out.append(html ? "</" + tag + ">" : "");
    }

    private static void list(Node list, StringBuilder out, boolean html) {
        out.append(html ? "<ul>" : "");
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            out.append(html ? "<li>" : "\n");
            writeChildren(item, out, html);
            out.append(html ? "</li>" : "");
        }
        out.append(html ? "</ul>" : "");
    }

    /** Stored text has no ordered lists; a line that merely starts with "1978. " is shown as written. */
    private static void orderedAsText(OrderedList list, StringBuilder out, boolean html) {
        int number = list.getMarkerStartNumber() == null ? 1 : list.getMarkerStartNumber();
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            out.append(item.getPrevious() == null && list.getPrevious() == null ? "" : html ? " " : "\n");
            out.append(number++).append(list.getMarkerDelimiter() == null ? "." : list.getMarkerDelimiter()).append(' ');
            writeChildren(item, out, html);
        }
    }

    private static String escape(String text) {
        return MarkupText.escape(text);
    }
}
