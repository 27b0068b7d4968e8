package org.parley.feedback;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Edits a real Parley DOCX export the way a reviewer does in Word: tracked replacements, insertions, deletions
 * and moves, a formatting-only change, comments on a passage and their replies (with commentsExtended.xml, as
 * Word 2013 and later write them, or without it, as older tools do). Phrases are found in one run's text, as
 * Parley's export writes a plain paragraph in one run.
 */
public final class WordEdits {

    private static final String W = WordFeedbackReader.W;
    private static final String W14 = WordFeedbackReader.W14;
    private static final String W15 = WordFeedbackReader.W15;
    private static final String DATE = "2026-11-30T10:00:00Z";

    private final Map<String, byte[]> entries = new LinkedHashMap<>();
    private final Document document;
    private final List<String[]> comments = new ArrayList<>(); // id, author, text, parent id or null
    private int nextId = 100;

    private WordEdits(byte[] docx) throws Exception {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.put(e.getName(), zip.readAllBytes());
            }
        }
        document = parse(entries.get("word/document.xml"));
    }

    public static WordEdits of(byte[] docx) {
        try {
            return new WordEdits(docx);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Replaces {@code phrase} by {@code replacement} as a tracked deletion followed by a tracked insertion. */
    public WordEdits replace(String phrase, String replacement, String author) {
        Element[] parts = split(phrase);
        Element middle = parts[1];
        Element del = change("del", author);
        middle.getParentNode().insertBefore(del, middle);
        del.appendChild(middle);
        toDelText(middle);
        if (!replacement.isEmpty()) {
            Element ins = change("ins", author);
            del.getParentNode().insertBefore(ins, del.getNextSibling());
            ins.appendChild(run(middle, replacement));
        }
        return this;
    }

    /** Inserts {@code text} as a tracked insertion right after {@code phrase}. */
    public WordEdits insertAfterPhrase(String phrase, String text, String author) {
        Element middle = split(phrase)[1];
        Element ins = change("ins", author);
        middle.getParentNode().insertBefore(ins, middle.getNextSibling());
        ins.appendChild(run(middle, text));
        return this;
    }

    /** A new paragraph, typed with tracking on, after the paragraph containing {@code containing}. */
    public WordEdits insertParagraphAfter(String containing, String text, String author) {
        Element after = paragraph(containing);
        Element p = newParagraph(after, "ins", author);
        Element ins = change("ins", author);
        p.appendChild(ins);
        ins.appendChild(run(null, text));
        after.getParentNode().insertBefore(p, after.getNextSibling());
        return this;
    }

    /** Deletes the whole paragraph containing {@code containing}, its paragraph mark included. */
    public WordEdits deleteParagraph(String containing, String author) {
        Element p = paragraph(containing);
        wrapRuns(p, change("del", author), true);
        markParagraph(p, "del", author);
        return this;
    }

    /** Moves the paragraph containing {@code containing} after the one containing {@code afterContaining}. */
    public WordEdits moveParagraph(String containing, String afterContaining, String author) {
        Element source = paragraph(containing);
        Element target = paragraph(afterContaining);
        Element copy = (Element) source.cloneNode(true);
        wrapRuns(source, change("moveFrom", author), false);
        markParagraph(source, "moveFrom", author);
        Element moved = newParagraph(source, "moveTo", author);
        Element moveTo = change("moveTo", author);
        moved.appendChild(moveTo);
        for (Element r : children(copy, "r")) {
            moveTo.appendChild(r);
        }
        target.getParentNode().insertBefore(moved, target.getNextSibling());
        return this;
    }

    /** Makes {@code phrase} bold with tracking on: a formatting change (w:rPrChange), no change of text. */
    public WordEdits embolden(String phrase, String author) {
        Element middle = split(phrase)[1];
        Element rPr = first(middle, "rPr");
        if (rPr == null) {
            rPr = document.createElementNS(W, "w:rPr");
            middle.insertBefore(rPr, middle.getFirstChild());
        }
        rPr.appendChild(document.createElementNS(W, "w:b"));
        Element change = change("rPrChange", author);
        change.appendChild(document.createElementNS(W, "w:rPr"));
        rPr.appendChild(change);
        Element p = (Element) middle.getParentNode();
        Element pPr = first(p, "pPr");
        Element pChange = change("pPrChange", author);
        pChange.appendChild(document.createElementNS(W, "w:pPr"));
        pPr.appendChild(pChange);
        return this;
    }

    /** A Word comment on {@code phrase}; returns its id for replies. */
    public String comment(String phrase, String author, String text) {
        Element middle = split(phrase)[1];
        String id = String.valueOf(nextId++);
        Element start = document.createElementNS(W, "w:commentRangeStart");
        start.setAttributeNS(W, "w:id", id);
        Element end = document.createElementNS(W, "w:commentRangeEnd");
        end.setAttributeNS(W, "w:id", id);
        middle.getParentNode().insertBefore(start, middle);
        middle.getParentNode().insertBefore(end, middle.getNextSibling());
        end.getParentNode().insertBefore(reference(id), end.getNextSibling());
        comments.add(new String[] {id, author, text, null});
        return id;
    }

    /** A reply to a comment, anchored on the same range as Word does. */
    public String reply(String parentId, String author, String text) {
        String id = String.valueOf(nextId++);
        Element parentStart = find("commentRangeStart", parentId);
        Element parentEnd = find("commentRangeEnd", parentId);
        Element start = document.createElementNS(W, "w:commentRangeStart");
        start.setAttributeNS(W, "w:id", id);
        parentStart.getParentNode().insertBefore(start, parentStart.getNextSibling());
        Element end = document.createElementNS(W, "w:commentRangeEnd");
        end.setAttributeNS(W, "w:id", id);
        parentEnd.getParentNode().insertBefore(end, parentEnd.getNextSibling());
        end.getParentNode().insertBefore(reference(id), end.getNextSibling());
        comments.add(new String[] {id, author, text, parentId});
        return id;
    }

    public byte[] toDocx() {
        return toDocx(true);
    }

    /** {@code withExtended} false: replies are only recognisable by their range, as from older tools. */
    public byte[] toDocx(boolean withExtended) {
        try {
            Map<String, byte[]> out = new LinkedHashMap<>(entries);
            out.put("word/document.xml", write(document));
            if (!comments.isEmpty()) {
                out.put("word/comments.xml", commentsXml());
                String types = new String(out.get("[Content_Types].xml"), StandardCharsets.UTF_8);
                String rels = new String(out.get("word/_rels/document.xml.rels"), StandardCharsets.UTF_8);
                types = types.replace("</Types>", "<Override PartName=\"/word/comments.xml\" ContentType=\""
                        + "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml\"/></Types>");
                rels = rels.replace("</Relationships>", "<Relationship Id=\"rIdFeedback1\" Type=\"http://schemas."
                        + "openxmlformats.org/officeDocument/2006/relationships/comments\" Target=\"comments.xml\"/>"
                        + "</Relationships>");
                if (withExtended) {
                    out.put("word/commentsExtended.xml", commentsExtendedXml());
                    types = types.replace("</Types>", "<Override PartName=\"/word/commentsExtended.xml\" "
                            + "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml."
                            + "commentsExtended+xml\"/></Types>");
                    rels = rels.replace("</Relationships>", "<Relationship Id=\"rIdFeedback2\" Type=\"http://"
                            + "schemas.microsoft.com/office/2011/relationships/commentsExtended\" "
                            + "Target=\"commentsExtended.xml\"/></Relationships>");
                }
                out.put("[Content_Types].xml", types.getBytes(StandardCharsets.UTF_8));
                out.put("word/_rels/document.xml.rels", rels.getBytes(StandardCharsets.UTF_8));
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                for (Map.Entry<String, byte[]> e : out.entrySet()) {
                    zip.putNextEntry(new ZipEntry(e.getKey()));
                    zip.write(e.getValue());
                    zip.closeEntry();
                }
            }
            return bytes.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The package with one part's XML rewritten (to plant what Word never writes, such as a DOCTYPE). */
    public static byte[] rewritePart(byte[] docx, String part, java.util.function.UnaryOperator<String> change) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
                 ZipOutputStream out = new ZipOutputStream(bytes)) {
                for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                    byte[] data = in.readAllBytes();
                    if (e.getName().equals(part)) {
                        data = change.apply(new String(data, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                    }
                    out.putNextEntry(new ZipEntry(e.getName()));
                    out.write(data);
                    out.closeEntry();
                }
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- parts --------------------------------------------------------------------------------------------

    private byte[] commentsXml() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<w:comments xmlns:w=\"" + W + "\" xmlns:w14=\"" + W14 + "\">");
        for (String[] c : comments) {
            xml.append("<w:comment w:id=\"").append(c[0]).append("\" w:author=\"").append(escape(c[1]))
                    .append("\" w:date=\"" + DATE + "\" w:initials=\"X\"><w:p w14:paraId=\"").append(paraId(c[0]))
                    .append("\"><w:r><w:annotationRef/></w:r><w:r><w:t xml:space=\"preserve\">")
                    .append(escape(c[2])).append("</w:t></w:r></w:p></w:comment>");
        }
        return xml.append("</w:comments>").toString().getBytes(StandardCharsets.UTF_8);
    }

    private byte[] commentsExtendedXml() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<w15:commentsEx xmlns:w15=\"" + W15 + "\">");
        for (String[] c : comments) {
            xml.append("<w15:commentEx w15:paraId=\"").append(paraId(c[0])).append('"');
            if (c[3] != null) {
                xml.append(" w15:paraIdParent=\"").append(paraId(c[3])).append('"');
            }
            xml.append(" w15:done=\"0\"/>");
        }
        return xml.append("</w15:commentsEx>").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String paraId(String commentId) {
        return String.format("%08X", 0x1A2B0000 + Integer.parseInt(commentId));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    }

    // ---- the document -------------------------------------------------------------------------------------

    /** Splits the run holding {@code phrase} into before / the phrase / after; returns the three runs. */
    private Element[] split(String phrase) {
        for (Element r : all("r")) {
            Element t = first(r, "t");
            if (t == null || !t.getTextContent().contains(phrase)) {
                continue;
            }
            String text = t.getTextContent();
            int at = text.indexOf(phrase);
            Element before = run(r, text.substring(0, at));
            Element after = run(r, text.substring(at + phrase.length()));
            t.setTextContent(phrase);
            t.setAttributeNS("http://www.w3.org/XML/1998/namespace", "xml:space", "preserve");
            r.getParentNode().insertBefore(before, r);
            r.getParentNode().insertBefore(after, r.getNextSibling());
            return new Element[] {before, r, after};
        }
        throw new IllegalArgumentException("no run holds: " + phrase);
    }

    private Element paragraph(String containing) {
        for (Element p : all("p")) {
            StringBuilder text = new StringBuilder();
            for (Element t : descendants(p, "t")) {
                text.append(t.getTextContent());
            }
            if (text.toString().contains(containing)) {
                return p;
            }
        }
        throw new IllegalArgumentException("no paragraph contains: " + containing);
    }

    private Element newParagraph(Element like, String mark, String author) {
        Element p = document.createElementNS(W, "w:p");
        Element pPr = first(like, "pPr");
        if (pPr != null) {
            Element copy = (Element) pPr.cloneNode(true);
            p.appendChild(copy);
        }
        markParagraph(p, mark, author);
        return p;
    }

    private void markParagraph(Element p, String mark, String author) {
        Element pPr = first(p, "pPr");
        if (pPr == null) {
            pPr = document.createElementNS(W, "w:pPr");
            p.insertBefore(pPr, p.getFirstChild());
        }
        Element rPr = first(pPr, "rPr");
        if (rPr == null) {
            rPr = document.createElementNS(W, "w:rPr");
            pPr.appendChild(rPr);
        }
        rPr.appendChild(change(mark, author));
    }

    private void wrapRuns(Element p, Element wrapper, boolean deleted) {
        List<Element> runs = children(p, "r");
        if (runs.isEmpty()) {
            return;
        }
        p.insertBefore(wrapper, runs.get(0));
        for (Element r : runs) {
            wrapper.appendChild(r);
            if (deleted) {
                toDelText(r);
            }
        }
    }

    private void toDelText(Element r) {
        for (Element t : children(r, "t")) {
            Element del = document.createElementNS(W, "w:delText");
            del.setAttributeNS("http://www.w3.org/XML/1998/namespace", "xml:space", "preserve");
            del.setTextContent(t.getTextContent());
            r.replaceChild(del, t);
        }
    }

    private Element change(String name, String author) {
        Element e = document.createElementNS(W, "w:" + name);
        e.setAttributeNS(W, "w:id", String.valueOf(nextId++));
        e.setAttributeNS(W, "w:author", author);
        e.setAttributeNS(W, "w:date", DATE);
        return e;
    }

    /** A run with {@code like}'s properties (or none) holding {@code text}. */
    private Element run(Element like, String text) {
        Element r = document.createElementNS(W, "w:r");
        Element rPr = like == null ? null : first(like, "rPr");
        if (rPr != null) {
            r.appendChild(rPr.cloneNode(true));
        }
        Element t = document.createElementNS(W, "w:t");
        t.setAttributeNS("http://www.w3.org/XML/1998/namespace", "xml:space", "preserve");
        t.setTextContent(text);
        r.appendChild(t);
        return r;
    }

    private Element reference(String id) {
        Element r = document.createElementNS(W, "w:r");
        Element ref = document.createElementNS(W, "w:commentReference");
        ref.setAttributeNS(W, "w:id", id);
        r.appendChild(ref);
        return r;
    }

    private Element find(String name, String id) {
        for (Element e : all(name)) {
            if (id.equals(e.getAttributeNS(W, "id"))) {
                return e;
            }
        }
        throw new IllegalArgumentException(name + " " + id);
    }

    private List<Element> all(String name) {
        return descendants(document.getDocumentElement(), name);
    }

    private static List<Element> descendants(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        var nodes = parent.getElementsByTagNameNS(W, name);
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }

    private static Element first(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static byte[] write(Document doc) throws Exception {
        var transformer = TransformerFactory.newInstance().newTransformer();
        transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        transformer.transform(new DOMSource(doc), new StreamResult(out));
        return out.toByteArray();
    }

}
