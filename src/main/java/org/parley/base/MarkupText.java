package org.parley.base;

/**
 * Text put into HTML, XHTML, SVG or WordprocessingML markup: the five special characters escaped, and the control
 * characters XML 1.0 forbids (everything below U+0020 but tab, line feed and carriage return) replaced by a
 * space, so that user and document text can never break the markup around it.
 */
public final class MarkupText {

    private MarkupText() {
    }

    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\t', '\n', '\r' -> out.append(c);
                default -> out.append(c < 0x20 ? ' ' : c);
            }
        }
        return out.toString();
    }
}
