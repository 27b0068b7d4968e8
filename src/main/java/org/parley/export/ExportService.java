package org.parley.export;

import org.parley.base.Messages;
import org.parley.base.UserFacingException;
import org.parley.document.DocumentService;
import org.parley.document.DocumentSummary;
import org.parley.document.DocumentVersion;
import org.parley.document.Paragraph;
import org.parley.revision.Comparison;
import org.parley.revision.ComparisonService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

/**
 * Exports of a version (PDF, DOCX, Markdown) and redlines between two versions (DOCX, PDF). Everything is read
 * and checked here, in the caller's request (DocumentService enforces who may read which version); the returned
 * {@link Export} then writes the file without touching the database, so a large export streams to its reader
 * and holds no connection or lock that other users wait for.
 */
@Service
public class ExportService {

    private final DocumentService documents;
    private final ComparisonService comparisons;
    private final Messages messages;
    private final Clock clock;

    ExportService(DocumentService documents, ComparisonService comparisons, Messages messages, Clock clock) {
        this.documents = documents;
        this.comparisons = comparisons;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * Version {@code number} of a document as {@code format} ({@code pdf}, {@code docx}, {@code md}) in
     * {@code language} (blank: the version's own language). Labels (cover, contents) are in {@code locale}.
     */
    @Transactional(readOnly = true)
    public Export version(String slug, int number, String format, String language, Locale locale) {
        ExportFormat chosen = ExportFormat.parse(format);
        DocumentSummary summary = documents.document(slug);
        DocumentVersion version = documents.version(slug, number);
        String lang = language(version, language);
        List<Paragraph> paragraphs = texts(version, lang);
        if (paragraphs.isEmpty()) {
            throw new UserFacingException("export.error.empty", number);
        }
        VersionText text = new VersionText(summary.document(), version, lang, documents.sections(version),
                paragraphs, labels(version, locale));
        String name = summary.document().slug() + "-v" + number + (lang.equals(summary.document().sourceLanguage())
                ? "" : "-" + lang) + "." + chosen.extension();
        Export.Body body = switch (chosen) {
            case PDF -> out -> PdfExport.version(text, out);
            case DOCX -> out -> DocxExport.version(text, out);
            case MD -> out -> MarkdownExport.version(text, out);
        };
        return new Export(name, chosen, body);
    }

    /** The changes from version {@code a} to version {@code b} as DOCX (tracked changes) or PDF. */
    @Transactional(readOnly = true)
    public Export redline(String slug, int a, int b, String format, Locale locale) {
        ExportFormat chosen = ExportFormat.parse(format);
        if (chosen == ExportFormat.MD) {
            throw new UserFacingException("export.error.redline-format", format);
        }
        DocumentSummary summary = documents.document(slug);
        Comparison comparison = comparisons.compare(slug, a, b);
        DocumentVersion older = documents.version(slug, comparison.olderNumber());
        DocumentVersion newer = documents.version(slug, comparison.newerNumber());
        Redline redline = new Redline(summary.document(), older, newer, comparison.rows(),
                messages.get("export.redline.title", locale, comparison.olderNumber(), comparison.newerNumber()),
                labels(newer, locale), marker -> messages.get("comparison.marker." + marker.name(), locale),
                newer.publishedAt() != null ? newer.publishedAt() : OffsetDateTime.now(clock));
        String name = summary.document().slug() + "-redline-v" + comparison.olderNumber() + "-v"
                + comparison.newerNumber() + "." + chosen.extension();
        Export.Body body = chosen == ExportFormat.PDF ? out -> PdfExport.redline(redline, out)
                : out -> RedlineDocx.write(redline, out);
        return new Export(name, chosen, body);
    }

    /**
     * The one place exports take paragraph texts from. Only the version's own language exists today; a
     * translation of the version will be read here, paragraph by paragraph, with the same numbers.
     */
    private List<Paragraph> texts(DocumentVersion version, String language) {
        if (!language.equals(version.language())) {
            throw new UserFacingException("export.error.no-translation", language);
        }
        return documents.allParagraphs(version);
    }

    private static String language(DocumentVersion version, String requested) {
        if (requested == null || requested.isBlank()) {
            return version.language();
        }
        String lang = requested.strip().toLowerCase(Locale.ROOT);
        if (!DocumentService.CONTENT_LANGUAGES.contains(lang)) {
            throw new UserFacingException("export.error.language", requested.strip());
        }
        return lang;
    }

    private CoverLabels labels(DocumentVersion version, Locale locale) {
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        LocalDate today = LocalDate.now(clock);
        OffsetDateTime published = version.publishedAt();
        String date = published != null
                ? messages.get("version.banner.published", locale, dates.format(published.toLocalDate()))
                : messages.get("export.cover.exported-on", locale, dates.format(today));
        String versionLine = messages.get("version.label", locale, version.number())
                + (version.label() == null ? "" : " · " + version.label());
        return new CoverLabels(versionLine, messages.get("version.status." + version.status().name(), locale), date,
                messages.get("reading.contents", locale),
                messages.get("export.cover.exported-by", locale, dates.format(today)),
                messages.get("export.page-of", locale));
    }
}
