package org.parley.document.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Format-independent assembly of sections and paragraphs: numbering rules, bullets that belong to a
 * lead-in paragraph, and repair of paragraphs split by a page break. The format parsers feed it blocks
 * in reading order.
 */
final class DocumentBuilder {

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;»\"”]$");
    private static final Pattern TRAILING_MARKERS = Pattern.compile("[*\\s]+$");

    private static final class Paragraph {
        final Integer sectionIndex;
        final String number;
        String text;

        Paragraph(Integer sectionIndex, String number, String text) {
            this.sectionIndex = sectionIndex;
            this.number = number;
            this.text = text;
        }
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
            Paragraph last = paragraphs.get(paragraphs.size() - 1);
            last.text = last.text + " " + text;
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
            bulletTarget.text = bulletTarget.text + "\n- " + text;
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
                .map(p -> new ParsedParagraph(p.sectionIndex, p.number, p.text))
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
        String previous = paragraphs.get(paragraphs.size() - 1).text;
        String visible = TRAILING_MARKERS.matcher(previous).replaceAll("");
        return !SENTENCE_END.matcher(visible).find();
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
