package org.parley.export;

import org.parley.base.Messages;
import org.parley.base.UserFacingException;
import org.parley.document.DocumentService;
import org.parley.document.DocumentSummary;
import org.parley.document.DocumentVersion;
import org.parley.document.Paragraph;
import org.parley.document.Section;
import org.parley.comparison.Comparison;
import org.parley.comparison.ComparisonService;
import org.parley.document.ParagraphTranslation;
import org.parley.translation.TranslationService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
    private final TranslationService translations;
    private final Messages messages;
    private final Clock clock;
    private final ExportQueue queue;

    ExportService(DocumentService documents, ComparisonService comparisons, TranslationService translations,
                  Messages messages, Clock clock, ExportQueue queue) {
        this.queue = queue;
        this.documents = documents;
        this.comparisons = comparisons;
        this.translations = translations;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * Version {@code number} of a document as {@code format} ({@code pdf}, {@code docx}, {@code md}) in
     * {@code language} (blank: the version's own language): a translation gives its headings and paragraph texts,
     * the source text standing in (marked) for paragraphs not translated, outdated translations marked. Labels
     * (cover, contents, page numbers) are in the requested language when Parley's screens speak it, otherwise
     * (and when no language is asked for) in {@code locale}.
     */
    @Transactional(readOnly = true)
    public Export version(String slug, int number, String format, String language, Locale locale) {
        ExportFormat chosen = ExportFormat.parse(format);
        DocumentSummary summary = documents.document(slug);
        DocumentVersion version = documents.version(slug, number);
        String lang = language(version, language);
        List<Paragraph> source = documents.allParagraphs(version);
        if (source.isEmpty()) {
            throw new UserFacingException("export.error.empty", number);
        }
        Locale labelLocale = labelLocale(language == null || language.isBlank() ? null : lang, locale);
        Text text = texts(version, lang, source);
        List<String> translationLines = text.source() ? List.of() : List.of(
                messages.get("export.cover.translation", labelLocale,
                        messages.get("language.in-text." + lang, labelLocale),
                        messages.get("language.in-text." + version.language(), labelLocale)),
                messages.get("export.cover.translation-state", labelLocale, source.size(),
                        count(text.marks(), TextMark.MISSING), count(text.marks(), TextMark.OUTDATED)));
        VersionText versionText = new VersionText(summary.document(), version, lang, text.sections(),
                text.paragraphs(), labels(version, labelLocale, translationLines), text.marks());
        String name = summary.document().slug() + "-v" + number + (lang.equals(summary.document().sourceLanguage())
                ? "" : "-" + lang) + "." + chosen.extension();
        Export.Body body = switch (chosen) {
            case PDF -> out -> PdfExport.version(versionText, out);
            case DOCX -> out -> DocxExport.version(versionText, out);
            case MD -> out -> MarkdownExport.version(versionText, out);
        };
        return new Export(name, chosen, queue.bounded(chosen, body));
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
        return new Export(name, chosen, queue.bounded(chosen, body));
    }

    /** A version's headings and paragraphs in one language, and which paragraphs are marked. */
    private record Text(boolean source, List<Section> sections, List<Paragraph> paragraphs,
                        Map<Long, TextMark> marks) {
    }

    /**
     * The one place exports take paragraph texts from: the version's own, or its translation paragraph by
     * paragraph (same ids and numbers), the source text standing in where a paragraph is not translated.
     */
    private Text texts(DocumentVersion version, String language, List<Paragraph> source) {
        List<Section> sections = documents.sections(version);
        if (language.equals(version.language())) {
            return new Text(true, sections, source, Map.of());
        }
        if (!translations.languages(version).contains(language)) {
            throw new UserFacingException("export.error.no-translation", language);
        }
        org.parley.document.VersionText translated = translations.text(version, language);
        List<Paragraph> paragraphs = new ArrayList<>(source.size());
        Map<Long, TextMark> marks = new HashMap<>();
        for (Paragraph p : source) {
            ParagraphTranslation t = translated.paragraphs().get(p.id());
            if (t == null) {
                marks.put(p.id(), TextMark.MISSING);
                paragraphs.add(p);
            } else {
                if (t.outdated()) {
                    marks.put(p.id(), TextMark.OUTDATED);
                }
                paragraphs.add(new Paragraph(p.id(), p.versionId(), p.sectionId(), p.ordinal(), p.number(),
                        t.text(), p.lineageId()));
            }
        }
        List<Section> headings = sections.stream().map(s -> new Section(s.id(), s.parentId(), s.ordinal(),
                s.level(), s.number(), translated.headings().getOrDefault(s.id(), s.heading()),
                s.firstParagraphOrdinal())).toList();
        return new Text(false, headings, paragraphs, marks);
    }

    private static long count(Map<Long, TextMark> marks, TextMark mark) {
        return marks.values().stream().filter(mark::equals).count();
    }

    /** The requested language when Parley has labels in it (en, fr, es), else the reader's. */
    private static Locale labelLocale(String requested, Locale reader) {
        if (requested != null) {
            for (Locale supported : Messages.SUPPORTED) {
                if (supported.getLanguage().equals(requested)) {
                    return supported;
                }
            }
        }
        return reader;
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
        return labels(version, locale, List.of());
    }

    private CoverLabels labels(DocumentVersion version, Locale locale, List<String> translation) {
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
                messages.get("export.page-of", locale), translation,
                messages.get("export.marker.missing", locale), messages.get("export.marker.outdated", locale));
    }
}
