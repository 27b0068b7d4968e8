package org.parley.feedback;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Word package (already opened with the importer's defences) as feedback: each paragraph with every
 * tracked change rejected and accepted (insertions, deletions, moves; formatting changes are properties, not
 * text, and leave both the same), and the comments with the passage they are anchored to
 * ({@code commentRangeStart}/{@code End}) and the comment they reply to ({@code commentsExtended.xml}, or else
 * an earlier comment on the same range). Headings and the title are not paragraphs; a bullet item belongs to the
 * paragraph before it, as in the importer.
 */
final class WordFeedbackReader {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String W14 = "http://schemas.microsoft.com/office/word/2010/wordml";
    static final String W15 = "http://schemas.microsoft.com/office/word/2012/wordml";
    private static final String COMMENTS =
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments";
    private static final String COMMENTS_EXTENDED =
            "http://schemas.microsoft.com/office/2011/relationships/commentsExtended";
    private static final Pattern HEADING_STYLE =
            Pattern.compile("(?i)title|titre|t[ií]?tulo|subtitle|(heading|titre|t[ií]?tulo|berschrift)\\s*[1-9]");
    /** "12.⇥", "III.4⇥", "(a)⇥" as the export types them, or "12. " as a person would. */
    private static final Pattern TYPED_NUMBER =
            Pattern.compile("^[ \\t]*(?:(\\S{1,24})\\t|(\\d{1,4}(?:\\.\\d{1,4})*)\\.[ \\t]+)?[ \\t]*");
    private static final int MAX_DEPTH = 16;

    private enum Mode { SAME, INSERTED, DELETED, GONE }

    private record Anchor(int paragraph, int offset) {
    }

    /** A paragraph being read: its raw texts (typed number included) and what its changes were. */
    private static final class Builder {
        final StringBuilder original = new StringBuilder();
        final StringBuilder accepted = new StringBuilder();
        final Set<String> authors = new LinkedHashSet<>();
        int deleted;
        int inserted;
        int movedFrom;
        int movedTo;

        void both(String text) {
            original.append(text);
            accepted.append(text);
        }
    }

    private final List<Builder> paragraphs = new ArrayList<>();
    private final Map<String, Anchor> starts = new HashMap<>();
    private final Map<String, Anchor> ends = new HashMap<>();
    private final Map<String, Anchor> references = new HashMap<>();
    private final List<String> pendingStarts = new ArrayList<>();
    private Builder current;

    static WordFile read(XWPFDocument doc) throws IOException {
        try {
            return new WordFeedbackReader().readPackage(doc.getPackagePart());
        } catch (SAXException | InvalidFormatException e) {
            throw new IOException("unreadable part", e);
        }
    }

    private WordFile readPackage(PackagePart main) throws IOException, SAXException, InvalidFormatException {
        Element body = first(parse(main).getDocumentElement(), "body");
        if (body != null) {
            block(body, 0);
        }
        finish();
        List<WordFile.Paragraph> read = new ArrayList<>();
        List<Integer> prefixLengths = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            read.add(paragraph(i, paragraphs.get(i), prefixLengths));
        }
        Optional<Document> comments = related(main, COMMENTS);
        List<WordFile.Comment> found = comments.isEmpty() ? List.of()
                : comments(comments.get(), related(main, COMMENTS_EXTENDED), prefixLengths);
        return new WordFile(read, found);
    }

    // ---- the body ------------------------------------------------------------------------------------------

    private void block(Element parent, int depth) {
        if (depth > MAX_DEPTH) {
            return;
        }
        for (Element child : children(parent)) {
            switch (child.getLocalName()) {
                case "p" -> paragraph(child);
                case "tbl", "tr", "tc", "sdt", "sdtContent", "customXml", "ins", "del", "moveTo", "moveFrom" ->
                        block(child, depth + 1);
                case "commentRangeStart" -> pendingStarts.add(id(child));
                case "commentRangeEnd" -> ends.put(id(child), endOfCurrent());
                default -> {
                }
            }
        }
    }

    private void paragraph(Element p) {
        if (isHeading(p)) {
            finish();
            markersOfSkipped(p);
            return;
        }
        if (!hasText(p)) {
            markersOfSkipped(p);
            return;
        }
        boolean bullet = first(first(p, "pPr"), "numPr") != null;
        if (bullet && current != null) {
            current.both("\n- ");
        } else {
            finish();
            current = new Builder();
        }
        for (String id : pendingStarts) {
            starts.put(id, new Anchor(paragraphs.size(), current.original.length()));
        }
        pendingStarts.clear();
        content(p, Mode.SAME, false, 0);
    }

    /** Comments anchored in a heading or an empty paragraph belong to the next paragraph, without a passage. */
    private void markersOfSkipped(Element p) {
        for (Element start : descendants(p, "commentRangeStart")) {
            pendingStarts.add(id(start));
        }
    }

    private void content(Element parent, Mode mode, boolean moved, int depth) {
        if (depth > MAX_DEPTH) {
            return;
        }
        for (Element child : children(parent)) {
            switch (child.getLocalName()) {
                case "r" -> run(child, mode, moved, author(parent));
                case "ins" -> content(child, combine(mode, Mode.INSERTED), moved, depth + 1);
                case "del" -> content(child, combine(mode, Mode.DELETED), moved, depth + 1);
                case "moveTo" -> content(child, combine(mode, Mode.INSERTED), true, depth + 1);
                case "moveFrom" -> content(child, combine(mode, Mode.DELETED), true, depth + 1);
                case "hyperlink", "smartTag", "sdt", "sdtContent", "fldSimple", "customXml", "dir", "bdo" ->
                        content(child, mode, moved, depth + 1);
                case "commentRangeStart" -> starts.put(id(child),
                        new Anchor(paragraphs.size(), current.original.length()));
                case "commentRangeEnd" -> ends.put(id(child), new Anchor(paragraphs.size(), current.original.length()));
                default -> {
                }
            }
        }
    }

    private void run(Element run, Mode mode, boolean moved, String author) {
        for (Element child : children(run)) {
            String text = switch (child.getLocalName()) {
                case "t", "delText" -> child.getTextContent();
                case "tab", "ptab" -> "\t";
                case "br", "cr" -> " ";
                case "noBreakHyphen" -> "-";
                case "commentReference" -> {
                    references.putIfAbsent(id(child), new Anchor(paragraphs.size(), -1));
                    yield "";
                }
                default -> "";
            };
            if (!text.isEmpty()) {
                text(text, mode, moved, author);
            }
        }
    }

    private void text(String text, Mode mode, boolean moved, String author) {
        switch (mode) {
            case SAME -> current.both(text);
            case DELETED -> {
                current.original.append(text);
                current.deleted += text.length();
                current.movedFrom += moved ? text.length() : 0;
            }
            case INSERTED -> {
                current.accepted.append(text);
                current.inserted += text.length();
                current.movedTo += moved ? text.length() : 0;
            }
            case GONE -> {
            }
        }
        if (mode != Mode.SAME && author != null && !author.isBlank()) {
            current.authors.add(author.strip());
        }
    }

    /** Text inserted and then deleted (or the reverse) by a later reviewer is in neither version. */
    private static Mode combine(Mode outer, Mode inner) {
        if (outer == Mode.SAME || outer == inner) {
            return inner;
        }
        return Mode.GONE;
    }

    /** The author of the innermost change around a run. */
    private static String author(Element parent) {
        for (Node n = parent; n instanceof Element e; n = n.getParentNode()) {
            if (Set.of("ins", "del", "moveTo", "moveFrom").contains(e.getLocalName()) && W.equals(e.getNamespaceURI())) {
                return e.getAttributeNS(W, "author");
            }
            if ("p".equals(e.getLocalName())) {
                return null;
            }
        }
        return null;
    }

    private Anchor endOfCurrent() {
        return current == null ? new Anchor(paragraphs.size(), 0)
                : new Anchor(paragraphs.size(), current.original.length());
    }

    private void finish() {
        if (current != null) {
            paragraphs.add(current);
            current = null;
        }
    }

    private WordFile.Paragraph paragraph(int index, Builder b, List<Integer> prefixLengths) {
        Matcher original = TYPED_NUMBER.matcher(b.original);
        Matcher accepted = TYPED_NUMBER.matcher(b.accepted);
        original.lookingAt();
        accepted.lookingAt();
        prefixLengths.add(original.end());
        String number = number(original);
        if (number == null) {
            number = number(accepted);
        }
        boolean textChanged = b.deleted > 0 || b.inserted > 0;
        return new WordFile.Paragraph(index, number, clean(b.original.substring(original.end())),
                clean(b.accepted.substring(accepted.end())), textChanged ? List.copyOf(b.authors) : List.of(),
                b.deleted > 0 && b.movedFrom == b.deleted && clean(b.accepted.substring(accepted.end())).isEmpty(),
                b.inserted > 0 && b.movedTo == b.inserted && clean(b.original.substring(original.end())).isEmpty());
    }

    private static String number(Matcher typed) {
        String number = typed.group(1) != null ? typed.group(1) : typed.group(2);
        if (number == null) {
            return null;
        }
        return number.endsWith(".") ? number.substring(0, number.length() - 1) : number;
    }

    /** Spaces as the reading view's plain text has them: tabs and runs of spaces as one space. */
    static String clean(String raw) {
        return raw.replaceAll("[ \\t\\u00A0]+", " ").replaceAll(" ?\\n ?", "\n").strip();
    }

    private boolean isHeading(Element p) {
        Element style = first(first(p, "pPr"), "pStyle");
        return style != null && HEADING_STYLE.matcher(style.getAttributeNS(W, "val").strip()).matches();
    }

    private static boolean hasText(Element p) {
        for (String name : List.of("t", "delText")) {
            for (Element t : descendants(p, name)) {
                if (!t.getTextContent().isBlank()) {
                    return true;
                }
            }
        }
        return false;
    }

    // ---- comments -----------------------------------------------------------------------------------------

    private List<WordFile.Comment> comments(Document comments, Optional<Document> extended,
                                            List<Integer> prefixLengths) {
        Map<String, String> commentByParaId = new HashMap<>();
        List<WordFile.Comment> read = new ArrayList<>();
        for (Element c : descendants(comments.getDocumentElement(), "comment")) {
            String id = id(c);
            List<String> lines = new ArrayList<>();
            for (Element p : descendants(c, "p")) {
                StringBuilder line = new StringBuilder();
                descendants(p, "t").forEach(t -> line.append(t.getTextContent()));
                lines.add(line.toString());
                String paraId = p.getAttributeNS(W14, "paraId");
                if (!paraId.isEmpty()) {
                    commentByParaId.put(paraId, id); // the last paragraph's id names the comment
                }
            }
            String text = String.join("\n", lines).strip();
            read.add(anchored(id, c.getAttributeNS(W, "author").strip(), text, prefixLengths));
        }
        return withParents(read, extended.map(e -> parentsByExtension(e, commentByParaId)));
    }

    private WordFile.Comment anchored(String id, String author, String text, List<Integer> prefixLengths) {
        Anchor start = starts.get(id);
        if (start == null) {
            Anchor reference = references.get(id);
            int at = reference == null || reference.paragraph() >= paragraphs.size() ? -1 : reference.paragraph();
            return new WordFile.Comment(id, author, text, at, "", 0, null);
        }
        if (start.paragraph() >= paragraphs.size()) {
            return new WordFile.Comment(id, author, text, -1, "", 0, null);
        }
        String raw = paragraphs.get(start.paragraph()).original.toString();
        Anchor end = ends.get(id);
        int prefix = prefixLengths.get(start.paragraph());
        int from = Math.max(start.offset(), prefix);
        int to = end == null || end.paragraph() != start.paragraph() ? raw.length() : Math.min(end.offset(), raw.length());
        String quote = from < to ? clean(raw.substring(from, to)) : "";
        return new WordFile.Comment(id, author, text, start.paragraph(), quote, Math.max(0, from - prefix), null);
    }

    private static Map<String, String> parentsByExtension(Document extended, Map<String, String> commentByParaId) {
        Map<String, String> parents = new HashMap<>();
        var entries = extended.getDocumentElement().getElementsByTagNameNS(W15, "commentEx");
        for (int i = 0; i < entries.getLength(); i++) {
            Element ex = (Element) entries.item(i);
            String child = commentByParaId.get(ex.getAttributeNS(W15, "paraId"));
            String parent = commentByParaId.get(ex.getAttributeNS(W15, "paraIdParent"));
            if (child != null && parent != null && !child.equals(parent)) {
                parents.put(child, parent);
            }
        }
        return parents;
    }

    /** Without commentsExtended.xml, a comment on exactly the range of an earlier one answers it. */
    private List<WordFile.Comment> withParents(List<WordFile.Comment> read, Optional<Map<String, String>> byExtension) {
        Map<String, String> parents = byExtension.orElseGet(() -> {
            Map<String, String> sameRange = new HashMap<>();
            Map<List<Object>, String> firstOnRange = new HashMap<>();
            for (WordFile.Comment c : read) {
                Anchor start = starts.get(c.id());
                Anchor end = ends.get(c.id());
                if (start == null) {
                    continue;
                }
                String earlier = firstOnRange.putIfAbsent(List.of(start, end == null ? start : end), c.id());
                if (earlier != null) {
                    sameRange.put(c.id(), earlier);
                }
            }
            return sameRange;
        });
        return read.stream().map(c -> new WordFile.Comment(c.id(), c.author(), c.text(), c.paragraphIndex(),
                c.quote(), c.quoteStart(), parents.get(c.id()))).toList();
    }

    // ---- XML ----------------------------------------------------------------------------------------------

    private static Document parse(PackagePart part) throws IOException, SAXException {
        try (InputStream in = part.getInputStream()) {
            return XMLHelper.newDocumentBuilder().parse(in);
        }
    }

    private static Optional<Document> related(PackagePart main, String relationType)
            throws IOException, SAXException, InvalidFormatException {
        for (PackageRelationship relation : main.getRelationshipsByType(relationType)) {
            PackagePart part = main.getRelatedPart(relation);
            if (part != null) {
                return Optional.of(parse(part));
            }
        }
        return Optional.empty();
    }

    private static String id(Element e) {
        return e.getAttributeNS(W, "id");
    }

    private static List<Element> children(Element parent) {
        List<Element> children = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getLocalName() != null) {
                children.add(e);
            }
        }
        return children;
    }

    private static Element first(Element parent, String localName) {
        if (parent == null) {
            return null;
        }
        for (Element child : children(parent)) {
            if (localName.equals(child.getLocalName())) {
                return child;
            }
        }
        return null;
    }

    private static List<Element> descendants(Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        var nodes = parent.getElementsByTagNameNS(W, localName);
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }
}
