package org.parley.document.importing;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.parley.base.UnicodeText;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * Entry point of the importers: checks the upload, detects its format and returns its sections and
 * numbered paragraphs. Every refusal is an {@link ImportRejectedException} with an i18n key.
 */
public final class DocumentParser {

    static final String EMPTY = "import.error.empty";
    static final String TOO_LARGE = "import.error.too-large";
    static final String UNSUPPORTED = "import.error.unsupported-format";
    static final String CORRUPT_DOCX = "import.error.corrupt-docx";
    static final String NO_PARAGRAPHS = "import.error.no-paragraphs";
    static final String NOT_DOCX = "import.error.not-docx";

    private static final Set<String> TEXT_EXTENSIONS = Set.of("md", "markdown", "txt");
    private static final String DOCX_EXTENSION = "docx";
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final String DOCX_MAIN_PART = "word/document.xml";

    private final long maxBytes;

    public DocumentParser(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive");
        }
        this.maxBytes = maxBytes;
    }

    public ParsedDocument parse(String fileName, byte[] content) {
        String name = fileName == null ? "" : fileName.strip();
        if (content == null || content.length == 0) {
            throw new ImportRejectedException(EMPTY);
        }
        if (content.length > maxBytes) {
            throw new ImportRejectedException(TOO_LARGE, kilobytes(content.length), kilobytes(maxBytes));
        }
        ParsedDocument document = inNfc(isZip(content) ? parseZip(name, content) : parseText(name, content));
        if (document.paragraphs().isEmpty()) {
            throw new ImportRejectedException(NO_PARAGRAPHS);
        }
        return document;
    }

    /**
     * A Word package opened with the importer's defences (size limit, zip-bomb guard, no DTDs or external
     * entities), for readers that need more of it than its text, such as tracked changes and comments. Refuses
     * anything that is not a readable .docx with the importer's message keys. The caller closes it.
     */
    public XWPFDocument openDocx(String fileName, byte[] content) {
        String name = fileName == null ? "" : fileName.strip();
        if (content == null || content.length == 0) {
            throw new ImportRejectedException(EMPTY);
        }
        if (content.length > maxBytes) {
            throw new ImportRejectedException(TOO_LARGE, kilobytes(content.length), kilobytes(maxBytes));
        }
        if (!isZip(content) || !containsDocxMainPart(content)) {
            throw extension(name).equals(DOCX_EXTENSION)
                    ? new ImportRejectedException(CORRUPT_DOCX, name)
                    : new ImportRejectedException(NOT_DOCX, name);
        }
        try {
            return DocxParser.open(content);
        } catch (IOException | RuntimeException e) {
            throw new ImportRejectedException(CORRUPT_DOCX, e, name);
        }
    }

    /** Text enters Parley in NFC, whatever form the file had (UN texts often come decomposed). */
    private static ParsedDocument inNfc(ParsedDocument parsed) {
        return new ParsedDocument(UnicodeText.nfc(parsed.title()),
                parsed.sections().stream().map(s -> new ParsedSection(s.index(), s.parentIndex(), s.level(),
                        UnicodeText.nfc(s.number()), UnicodeText.nfc(s.heading()))).toList(),
                parsed.paragraphs().stream().map(p -> new ParsedParagraph(p.sectionIndex(), UnicodeText.nfc(p.number()),
                        UnicodeText.nfc(p.text()))).toList());
    }

    private ParsedDocument parseZip(String name, byte[] content) {
        if (!containsDocxMainPart(content)) {
            throw extension(name).equals(DOCX_EXTENSION)
                    ? new ImportRejectedException(CORRUPT_DOCX, name)
                    : new ImportRejectedException(UNSUPPORTED, name);
        }
        try {
            return new DocxParser().parse(content);
        } catch (IOException | RuntimeException e) {
            // POI reports broken packages with many different runtime exceptions (POIXMLException, XmlException...).
            throw new ImportRejectedException(CORRUPT_DOCX, e, name);
        }
    }

    private ParsedDocument parseText(String name, byte[] content) {
        String extension = extension(name);
        if (extension.equals(DOCX_EXTENSION)) {
            throw new ImportRejectedException(CORRUPT_DOCX, name);
        }
        if (!extension.isEmpty() && !TEXT_EXTENSIONS.contains(extension)) {
            throw new ImportRejectedException(UNSUPPORTED, name);
        }
        String text = decodeUtf8(name, content);
        if (text.isBlank()) {
            throw new ImportRejectedException(EMPTY);
        }
        return new MarkdownParser().parse(text);
    }

    private static String decodeUtf8(String name, byte[] content) {
        for (byte b : content) {
            if (b == 0) {
                throw new ImportRejectedException(UNSUPPORTED, name);
            }
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new ImportRejectedException(UNSUPPORTED, e, name);
        }
    }

    private static boolean isZip(byte[] content) {
        if (content.length < ZIP_MAGIC.length) {
            return false;
        }
        for (int i = 0; i < ZIP_MAGIC.length; i++) {
            if (content[i] != ZIP_MAGIC[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Entry names are stored uncompressed, so a byte search finds the main part without inflating anything;
     * a damaged package that names it is then reported as corrupt by POI.
     */
    private static boolean containsDocxMainPart(byte[] content) {
        byte[] needle = DOCX_MAIN_PART.getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = 0; i <= content.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (content[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static long kilobytes(long bytes) {
        return (bytes + 1023) / 1024;
    }
}
