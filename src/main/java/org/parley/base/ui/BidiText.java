package org.parley.base.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.dom.Element;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.List;

/**
 * Text that mixes directions (an Arabic quotation inside English or French, an English name inside Arabic): the
 * whole takes the direction of its language, and each run of the other direction is isolated in a {@code <bdi>},
 * so that guillemets, full stops and numbers next to the run stay where the writer put them. {@code dir="auto"} on
 * the whole is not enough: a snippet or a comment that begins with the quotation would be laid out backwards.
 */
public final class BidiText {

    /** A stretch of the text; {@code isolated} when it runs in the other direction than the whole. */
    public record Run(String text, boolean isolated) {
    }

    private BidiText() {
    }

    /**
     * Right to left for Arabic (and Hebrew, Persian, Urdu), left to right for another language; for an unknown one
     * ({@code null}, {@code und}), the direction most of the letters take.
     */
    public static boolean rightToLeft(String text, String language) {
        if (language != null && !language.isBlank() && !"und".equals(language)) {
            return switch (language.toLowerCase().split("[-_]")[0]) {
                case "ar", "he", "fa", "ur" -> true;
                default -> false;
            };
        }
        int rtl = 0;
        int ltr = 0;
        for (int i = 0; i < text.length(); i++) {
            switch (strength(text.charAt(i))) {
                case 1 -> rtl++;
                case -1 -> ltr++;
                default -> { }
            }
        }
        return rtl > ltr;
    }

    /**
     * The text cut where the direction changes: a run of the other direction goes from its first to its last
     * strong letter (with the spaces, digits and marks between them), and what surrounds it stays in the whole.
     */
    public static List<Run> runs(String text, boolean rightToLeft) {
        List<Run> runs = new ArrayList<>();
        int other = rightToLeft ? -1 : 1;
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            if (strength(text.charAt(i)) != other) {
                i++;
                continue;
            }
            int end = i + 1;
            for (int j = i + 1; j < text.length(); j++) {
                int s = strength(text.charAt(j));
                if (s == -other) {
                    break;
                }
                if (s == other) {
                    end = j + 1;
                }
            }
            if (i > start) {
                runs.add(new Run(text.substring(start, i), false));
            }
            runs.add(new Run(text.substring(i, end), true));
            start = end;
            i = end;
        }
        if (start < text.length()) {
            runs.add(new Run(text.substring(start), false));
        }
        return runs;
    }

    /** Puts the text into the element as text nodes and {@code <bdi>}s, with the element's direction and language. */
    public static void show(HasElement target, String text, String language) {
        Element element = target.getElement();
        element.removeAllChildren();
        String value = text == null ? "" : text;
        boolean rtl = rightToLeft(value, language);
        element.setAttribute("dir", rtl ? "rtl" : "ltr");
        if (language != null && !language.isBlank()) {
            element.setAttribute("lang", language);
        }
        for (Run run : runs(value, rtl)) {
            if (run.isolated()) {
                element.appendChild(new Element("bdi").setText(run.text()));
            } else {
                element.appendChild(Element.createText(run.text()));
            }
        }
    }

    /**
     * The same for HTML already made safe (a search snippet with its {@code <mark>}s): each text node's runs of the
     * other direction are wrapped in {@code <bdi>}. Returns the HTML of the body.
     */
    public static String isolateHtml(String safeHtml, boolean rightToLeft) {
        Document document = Jsoup.parseBodyFragment(safeHtml == null ? "" : safeHtml);
        document.outputSettings().prettyPrint(false);
        List<TextNode> texts = new ArrayList<>();
        document.body().traverse((node, depth) -> {
            if (node instanceof TextNode textNode) {
                texts.add(textNode);
            }
        });
        for (TextNode textNode : texts) {
            List<Run> runs = runs(textNode.getWholeText(), rightToLeft);
            if (runs.stream().noneMatch(Run::isolated)) {
                continue;
            }
            List<Node> replacement = new ArrayList<>();
            for (Run run : runs) {
                replacement.add(run.isolated() ? new org.jsoup.nodes.Element("bdi").appendText(run.text())
                        : new TextNode(run.text()));
            }
            Node previous = textNode;
            for (Node node : replacement) {
                previous.after(node);
                previous = node;
            }
            textNode.remove();
        }
        return document.body().html();
    }

    /** 1 for a right-to-left letter, -1 for a left-to-right one, 0 for what takes its direction from around it. */
    private static int strength(char c) {
        return switch (Character.getDirectionality(c)) {
            case Character.DIRECTIONALITY_RIGHT_TO_LEFT, Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC -> 1;
            case Character.DIRECTIONALITY_LEFT_TO_RIGHT -> -1;
            default -> 0;
        };
    }
}
