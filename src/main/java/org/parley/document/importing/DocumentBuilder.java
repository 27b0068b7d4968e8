package org.parley.document.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Format-independent assembly of sections and paragraphs: numbering rules, bullets that belong to a
 * lead-in paragraph, and repair of paragraphs split by a page break. The format parsers feed it blocks
 * in reading order.
 */
final class DocumentBuilder {

    /** Longer paragraphs are refused with this limit named: nobody writes them, and every later step is per character. */
    static final int MAX_PARAGRAPH_CHARS = 50_000;
    /** More paragraphs are refused with this limit named (the Code civil's Livre Ier has about 1,500). */
    static final int MAX_PARAGRAPHS = 20_000;
    private static final String SENTENCE_END = ".!?:;»\"”";

    /** The text grows in place when a page break split it, so joining n pieces costs n, not n². */
    private static final class Paragraph {
        final Integer sectionIndex;
        final String number;
        final StringBuilder text;

        Paragraph(Integer sectionIndex, String number, String text) {
            this.sectionIndex = sectionIndex;
            this.number = number;
            this.text = new StringBuilder(text);
        }

        void append(String separator, String more) {
            if (text.length() + separator.length() + more.length() > MAX_PARAGRAPH_CHARS) {
                throw tooLong(number, text.length() + separator.length() + more.length());
            }
            text.append(separator).append(more);
        }

        boolean endsLikeASentence() {
            int i = text.length() - 1;
            while (i >= 0 && (text.charAt(i) == '*' || Character.isWhitespace(text.charAt(i)))) {
                i--;
            }
            return i >= 0 && SENTENCE_END.indexOf(text.charAt(i)) >= 0;
        }
    }

    private static ImportRejectedException tooLong(String number, int length) {
        return new ImportRejectedException("import.error.paragraph-too-long", number, length, MAX_PARAGRAPH_CHARS);
    }

    private String title;
    private final List<ParsedSection> sections = new ArrayList<>();
    private final List<Paragraph> paragraphs = new ArrayList<>();
    private final Set<String> usedNumbers = new HashSet<>();
    private final Map<Integer, Integer> unnumberedInSection = new HashMap<>();
    private int preambleCount;
    /** Number of the last numbered paragraph that "(a)" items directly after it attach to. */
    private String letterParent;
    /** A numbered paragraph ending with ':' that takes the bullets directly following it. */
    private Paragraph bulletTarget;
    private boolean lastIsContinuable;

    void title(String text) {
        title = text.strip();
    }

    boolean hasTitle() {
        return title != null;
    }

    void heading(int level, String text) {
        if (text.isBlank()) {
            return;
        }
        HeadingNumber split = HeadingNumber.split(text);
        int index = sections.size();
        sections.add(new ParsedSection(index, parentFor(level), level, split.number(), split.heading()));
        resetFlow();
    }

    /** A paragraph with a number from the source (list numbering or a typed number). */
    void numbered(String sourceNumber, String text) {
        if (text.isBlank()) {
            return;
        }
        String number = sourceNumber;
        if (LeadingNumber.isLetterItem(sourceNumber) && letterParent != null) {
            number = letterParent + sourceNumber;
        }
        Paragraph added = add(number, text);
        if (!LeadingNumber.isLetterItem(sourceNumber)) {
            letterParent = added.number;
        }
        bulletTarget = text.endsWith(":") ? added : null;
        lastIsContinuable = true;
    }

    /** An ordinary paragraph: may continue the previous one, may carry a typed number. */
    void paragraph(String text) {
        if (text.isBlank()) {
            return;
        }
        if (continuesPrevious(text)) {
            paragraphs.get(paragraphs.size() - 1).append(" ", text);
            return;
        }
        var typed = LeadingNumber.of(text);
        if (typed.isPresent()) {
            numbered(typed.get().number(), typed.get().rest());
        } else {
            unnumbered(text);
        }
    }

    /** A bullet item; its text may itself contain "- " lines from nested lists. */
    void bullet(String text) {
        if (text.isBlank()) {
            return;
        }
        if (bulletTarget != null) {
            bulletTarget.append("\n- ", text);
            lastIsContinuable = true;
            return;
        }
        unnumbered(text);
    }

    /** Something that is not a paragraph (a skipped code block, a table) breaks the flow. */
    void interruption() {
        resetFlow();
    }

    ParsedDocument build() {
        List<ParsedParagraph> result = paragraphs.stream()
                .map(p -> new ParsedParagraph(p.sectionIndex, p.number, p.text.toString()))
                .toList();
        return new ParsedDocument(title, sections, result);
    }

    private void unnumbered(String text) {
        Integer section = currentSection();
        String sectionNumber = section == null ? null : sections.get(section).number();
        String number;
        if (sectionNumber != null) {
            int k = unnumberedInSection.merge(section, 1, Integer::sum);
            number = sectionNumber + "." + k;
        } else {
            number = "P" + (++preambleCount);
        }
        add(number, text);
        letterParent = null;
        bulletTarget = null;
        lastIsContinuable = true;
    }

    private Paragraph add(String number, String text) {
        if (paragraphs.size() == MAX_PARAGRAPHS) {
            throw new ImportRejectedException("import.error.too-many-paragraphs", MAX_PARAGRAPHS);
        }
        if (text.length() > MAX_PARAGRAPH_CHARS) {
            throw tooLong(number, text.length());
        }
        Paragraph paragraph = new Paragraph(currentSection(), unique(number), text);
        paragraphs.add(paragraph);
        return paragraph;
    }

    private String unique(String number) {
        if (usedNumbers.add(number)) {
            return number;
        }
        int suffix = 2;
        while (!usedNumbers.add(number + "-" + suffix)) {
            suffix++;
        }
        return number + "-" + suffix;
    }

    private boolean continuesPrevious(String text) {
        if (!lastIsContinuable || paragraphs.isEmpty() || !Character.isLowerCase(text.codePointAt(0))) {
            return false;
        }
        return !paragraphs.get(paragraphs.size() - 1).endsLikeASentence();
    }

    private Integer parentFor(int level) {
        for (int i = sections.size() - 1; i >= 0; i--) {
            if (sections.get(i).level() < level) {
                return i;
            }
        }
        return null;
    }

    private Integer currentSection() {
        return sections.isEmpty() ? null : sections.size() - 1;
    }

    private void resetFlow() {
        letterParent = null;
        bulletTarget = null;
        lastIsContinuable = false;
    }
}
