package org.parley.export;

import org.parley.document.Paragraph;
import org.parley.document.Section;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What to type before each paragraph in a DOCX or Markdown export so that Parley's importer reads the same
 * number back: "12. ", "III.4 ", "(a) " after its paragraph 12, or nothing where the importer numbers an
 * unnumbered paragraph the same way ("III.2", "P3"). Mirrors the importer's rules (document.importing
 * LeadingNumber and DocumentBuilder); the round-trip test holds the two together.
 */
final class TypedNumbers {

    private static final Pattern DECIMAL = Pattern.compile("\\d{1,4}(?:\\.\\d{1,4})*");
    private static final Pattern ROMAN_DECIMAL = Pattern.compile("[IVXLC]{1,6}\\.\\d{1,4}(?:\\.\\d{1,4})*");
    private static final Pattern LETTER_ITEM = Pattern.compile("\\((?:[a-z]{1,2}|[ivxlc]{1,6})\\)");
    private static final Pattern DUPLICATE = Pattern.compile("(.+)-(\\d+)");

    private final Map<Long, Section> sections = new HashMap<>();
    private final Set<String> used = new HashSet<>();
    private final Map<Long, Integer> unnumberedInSection = new HashMap<>();
    private int preamble;
    private String letterParent;
    private Long currentSection;

    private TypedNumbers(List<Section> sections) {
        sections.forEach(s -> this.sections.put(s.id(), s));
    }

    /** One prefix per paragraph, in order: the text to type before it ("" for none). */
    static List<String> prefixes(List<Section> sections, List<Paragraph> paragraphs) {
        TypedNumbers state = new TypedNumbers(sections);
        List<String> prefixes = new ArrayList<>(paragraphs.size());
        for (Paragraph p : paragraphs) {
            prefixes.add(state.next(p));
        }
        return prefixes;
    }

    private String next(Paragraph p) {
        if (p.sectionId() != null && !p.sectionId().equals(currentSection)) {
            currentSection = p.sectionId();
            letterParent = null; // a heading breaks the flow in the importer too
        }
        String number = p.number();
        String typed = typed(number);
        if (typed == null) {
            Matcher duplicate = DUPLICATE.matcher(number);
            if (duplicate.matches() && used.contains(duplicate.group(1))) {
                typed = typed(duplicate.group(1)); // the importer suffixes a repeated number itself
            }
        }
        if (typed != null) {
            used.add(number);
            return typed;
        }
        String unnumbered = unnumberedNumber(p.sectionId());
        if (unnumbered.equals(number)) {
            countUnnumbered(p.sectionId());
            used.add(number);
            letterParent = null;
            return "";
        }
        // a number the importer cannot read back: the text keeps its identity, the number will be renumbered
        countUnnumbered(p.sectionId());
        letterParent = null;
        return "";
    }

    private String typed(String number) {
        if (DECIMAL.matcher(number).matches()) {
            letterParent = number;
            return number + ". ";
        }
        if (ROMAN_DECIMAL.matcher(number).matches()) {
            letterParent = number;
            return number + " ";
        }
        if (letterParent != null && number.startsWith(letterParent)
                && LETTER_ITEM.matcher(number.substring(letterParent.length())).matches()) {
            return number.substring(letterParent.length()) + " ";
        }
        if (letterParent == null && LETTER_ITEM.matcher(number).matches()) {
            return number + " ";
        }
        return null;
    }

    private String unnumberedNumber(Long sectionId) {
        Section section = sectionId == null ? null : sections.get(sectionId);
        if (section != null && section.number() != null) {
            return section.number() + "." + (unnumberedInSection.getOrDefault(sectionId, 0) + 1);
        }
        return "P" + (preamble + 1);
    }

    private void countUnnumbered(Long sectionId) {
        Section section = sectionId == null ? null : sections.get(sectionId);
        if (section != null && section.number() != null) {
            unnumberedInSection.merge(sectionId, 1, Integer::sum);
        } else {
            preamble++;
        }
    }
}
