package org.parley.document.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.parser.Parser;

/** Markdown and plain text, read through the CommonMark AST. */
final class MarkdownParser {

    private static final int MAX_DEPTH = 32;
    private static final Pattern ROMAN_HEADING = Pattern.compile("^[IVXLC]+\\.\\s+\\S.{0,150}$");
    private static final int MAX_TITLE_LENGTH = 200;

    private final Parser parser = Parser.builder().build();

    ParsedDocument parse(String text) {
        Node document = parser.parse(text);
        DocumentBuilder builder = new DocumentBuilder();
        boolean hasHeadings = containsHeading(document);
        Node first = document.getFirstChild();
        for (Node block = first; block != null; block = block.getNext()) {
            if (block == first && takeTitle(block, hasHeadings, builder)) {
                continue;
            }
            block(block, hasHeadings, builder, 0);
        }
        return builder.build();
    }

    private boolean takeTitle(Node block, boolean hasHeadings, DocumentBuilder builder) {
        if (block instanceof Heading heading && heading.getLevel() == 1 && headingCount(block) > 1) {
            builder.title(MarkdownInline.plainText(heading));
            return true;
        }
        if (!hasHeadings && block instanceof Paragraph paragraph && isSingleLine(paragraph)) {
            String text = MarkdownInline.plainText(paragraph);
            if (text.length() <= MAX_TITLE_LENGTH && isAllCaps(text)) {
                builder.title(text);
                return true;
            }
        }
        return false;
    }

    private void block(Node block, boolean hasHeadings, DocumentBuilder builder, int depth) {
        if (block instanceof Heading heading) {
            builder.heading(heading.getLevel(), MarkdownInline.plainText(heading));
        } else if (block instanceof Paragraph paragraph) {
            paragraph(paragraph, hasHeadings, builder);
        } else if (block instanceof OrderedList list) {
            int number = list.getMarkerStartNumber() == null ? 1 : list.getMarkerStartNumber();
            for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                builder.numbered(String.valueOf(number++), itemText(item, depth));
            }
        } else if (block instanceof BulletList list) {
            for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                builder.bullet(itemText(item, depth));
            }
        } else if (block instanceof BlockQuote && depth < MAX_DEPTH) {
            for (Node child = block.getFirstChild(); child != null; child = child.getNext()) {
                block(child, hasHeadings, builder, depth + 1);
            }
        } else {
            builder.interruption();
        }
    }

    private void paragraph(Paragraph paragraph, boolean hasHeadings, DocumentBuilder builder) {
        if (!hasHeadings && isSingleLine(paragraph)) {
            String plain = MarkdownInline.plainText(paragraph);
            if (ROMAN_HEADING.matcher(plain).matches() && !plain.endsWith(".")) {
                builder.heading(1, plain);
                return;
            }
        }
        builder.paragraph(MarkdownInline.toMarkup(paragraph));
    }

    /** The item's own paragraphs, then any nested list flattened into "- " lines. */
    private String itemText(Node item, int depth) {
        List<String> lead = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof ListBlock nested) {
                nestedLines(nested, lines, depth + 1);
            } else {
                lead.add(MarkdownInline.toMarkup(child));
            }
        }
        StringBuilder text = new StringBuilder(String.join(" ", lead.stream().filter(s -> !s.isBlank()).toList()));
        lines.forEach(line -> text.append("\n- ").append(line));
        return text.toString().strip();
    }

    private void nestedLines(ListBlock list, List<String> lines, int depth) {
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (depth > MAX_DEPTH) {
                lines.add(MarkdownInline.toMarkup(item));
                continue;
            }
            for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof ListBlock nested) {
                    nestedLines(nested, lines, depth + 1);
                } else {
                    String line = MarkdownInline.toMarkup(child);
                    if (!line.isBlank()) {
                        lines.add(line);
                    }
                }
            }
        }
    }

    private static boolean isSingleLine(Paragraph paragraph) {
        for (Node child = paragraph.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof SoftLineBreak) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAllCaps(String text) {
        return text.codePoints().anyMatch(Character::isLetter)
                && text.codePoints().noneMatch(Character::isLowerCase);
    }

    private static boolean containsHeading(Node document) {
        return headingCount(document.getFirstChild()) > 0;
    }

    private static int headingCount(Node from) {
        int count = 0;
        for (Node block = from; block != null; block = block.getNext()) {
            if (block instanceof Heading) {
                count++;
            }
        }
        return count;
    }
}
