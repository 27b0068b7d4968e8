package org.parley.translation;

import java.util.Objects;
import org.parley.document.ParagraphTranslation;
import org.parley.document.VersionLanguages;
import org.parley.document.VersionText;
import org.parley.journal.Journal;
import org.parley.journal.JournalEntry;
import org.parley.base.UnicodeText;
import org.parley.base.UserFacingException;
import org.parley.base.UserText;
import org.parley.journal.ChangedEntity;
import org.parley.document.DocumentService;
import org.parley.document.DocumentVersion;
import org.parley.document.Paragraph;
import org.parley.document.ParagraphInVersion;
import org.parley.document.Section;
import org.parley.document.importing.ParsedDocument;
import org.parley.document.importing.ParsedParagraph;
import org.parley.document.importing.ParsedSection;
import org.parley.security.CurrentUser;
import org.parley.security.GlobalRole;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Translations of a version's paragraphs and headings. Anyone who may read a version may read its translations;
 * editors and admins translate (there is no translator role). Translating a published version is allowed: it
 * only adds text in another language and never changes the source.
 */
@Service
public class TranslationService implements VersionLanguages {

    static final int MAX_TEXT = 100_000;
    static final int MAX_HEADING = 1000;

    private final DocumentService documents;
    private final TranslationRepository translations;
    private final CurrentUser currentUser;
    private final Journal journal;
    private final Clock clock;

    TranslationService(DocumentService documents, TranslationRepository translations, CurrentUser currentUser,
                       Journal journal, Clock clock) {
        this.documents = documents;
        this.translations = translations;
        this.currentUser = currentUser;
        this.journal = journal;
        this.clock = clock;
    }

    /** The languages a version can be read in: its source language first, then those with translations. */
    @Override
    public List<String> languages(DocumentVersion version) {
        DocumentVersion checked = documents.version(version.id());
        List<String> languages = new ArrayList<>(List.of(checked.language()));
        translations.findLanguages(checked.id()).stream()
                .filter(l -> !l.equals(checked.language())).forEach(languages::add);
        return languages;
    }

    /** For each language the version can be read in: how many paragraphs are translated, how many outdated. */
    public List<LanguageStatus> status(DocumentVersion version) {
        DocumentVersion checked = documents.version(version.id());
        int paragraphs = checked.paragraphCount();
        return languages(checked).stream().map(language -> {
            if (language.equals(checked.language())) {
                return new LanguageStatus(language, true, paragraphs, paragraphs, 0);
            }
            VersionText text = text(checked, language);
            return new LanguageStatus(language, false, paragraphs, text.paragraphs().size(), text.outdatedCount());
        }).toList();
    }

    /** {@link #translate(long, String, String, Integer)} for the paragraph with this number in the version. */
    @Transactional
    public ParagraphTranslation translate(DocumentVersion version, String paragraphNumber, String language,
                                          String text, Integer expectedRevision) {
        return translate(numbered(version, paragraphNumber).id(), language, text, expectedRevision);
    }

    /**
     * The text of the paragraph with this number in a language: its own translation (with the revision to update
     * it from) or one carried forward from an earlier version; empty when it has none.
     */
    @Transactional(readOnly = true)
    public Optional<ParagraphTranslation> translation(DocumentVersion version, String paragraphNumber,
                                                      String language) {
        DocumentVersion checked = documents.version(version.id());
        requireTarget(checked, language);
        return Optional.ofNullable(text(checked, language).paragraphs().get(numbered(checked, paragraphNumber).id()));
    }

    private Paragraph numbered(DocumentVersion version, String paragraphNumber) {
        return documents.allParagraphs(documents.version(version.id())).stream()
                .filter(p -> p.number().equals(paragraphNumber)).findFirst()
                .orElseThrow(() -> new UserFacingException("translation.error.no-paragraph", paragraphNumber));
    }

    /** The languages a translator may translate this version into. */
    @Override
    public List<String> targetLanguages(DocumentVersion version) {
        return new TreeSet<>(DocumentService.CONTENT_LANGUAGES).stream()
                .filter(l -> !l.equals(version.language())).toList();
    }

    /** A version's text in one language (empty maps for its source language). */
    @Override
    public VersionText text(DocumentVersion version, String language) {
        DocumentVersion checked = documents.version(version.id());
        if (checked.language().equals(language)) {
            return new VersionText(language, true, Map.of(), Map.of());
        }
        requireKnown(language);
        return new VersionText(language, false, translations.findForVersion(checked.id(), language),
                translations.findHeadings(checked.id(), language));
    }

    /**
     * Reads a translated file and pairs its paragraphs and headings with the version's, storing nothing: the
     * translator reviews (and corrects) the proposal, then {@link #accept} saves it.
     */
    public TranslationProposal propose(DocumentVersion version, String language, String fileName, byte[] content) {
        currentUser.requireRole(GlobalRole.ADMIN, GlobalRole.EDITOR);
        DocumentVersion checked = documents.version(version.id());
        requireTarget(checked, language);
        ParsedDocument parsed = documents.parse(fileName, content);
        List<Paragraph> source = documents.allParagraphs(checked);
        ParagraphAlignment.Result result = ParagraphAlignment.align(
                source.stream().map(p -> new ParagraphAlignment.Unit(p.number(), p.text())).toList(),
                parsed.paragraphs().stream().map(p -> new ParagraphAlignment.Unit(p.number(), p.text())).toList());
        List<ProposedTranslation> rows = result.pairs().stream().map(pair -> {
            Paragraph p = source.get(pair.source());
            List<ParsedParagraph> taken = pair.translated().stream().map(parsed.paragraphs()::get).toList();
            if (taken.isEmpty()) {
                return new ProposedTranslation(p.id(), p.number(), p.text(), null, null, pair.uncertain());
            }
            return new ProposedTranslation(p.id(), p.number(), p.text(),
                    taken.stream().map(ParsedParagraph::text).collect(Collectors.joining(" ")),
                    taken.stream().map(ParsedParagraph::number).collect(Collectors.joining("+")), pair.uncertain());
        }).toList();
        List<String> unplaced = result.unplaced().stream()
                .map(j -> parsed.paragraphs().get(j).number() + " " + parsed.paragraphs().get(j).text()).toList();
        return new TranslationProposal(checked.id(), language, fileName, result.method(), source.size(),
                parsed.paragraphs().size(), rows, headings(documents.sections(checked), parsed.sections()), unplaced);
    }

    /** Headings pair by position when both sides have as many, else by their numbers; the rest stays untranslated. */
    private static List<ProposedHeading> headings(List<Section> source, List<ParsedSection> translated) {
        boolean sameCount = source.size() == translated.size();
        Map<String, ParsedSection> byNumber = translated.stream().filter(s -> s.number() != null)
                .collect(Collectors.toMap(ParsedSection::number, Function.identity(), (a, b) -> a));
        List<ProposedHeading> result = new ArrayList<>(source.size());
        for (int i = 0; i < source.size(); i++) {
            Section s = source.get(i);
            ParsedSection match = sameCount ? translated.get(i) : s.number() == null ? null : byNumber.get(s.number());
            boolean numbersAgree = match != null && Objects.equals(match.number(), s.number());
            result.add(new ProposedHeading(s.id(), s.heading(), match == null ? null : match.heading(),
                    match == null || !numbersAgree));
        }
        return result;
    }

    /**
     * Saves the translations the translator accepted (a reviewed proposal, or texts written by hand), replacing
     * earlier ones of the same paragraphs; blank texts are skipped. One transaction.
     */
    @Transactional
    public int accept(DocumentVersion version, String language, List<TranslatedParagraph> paragraphs,
                      List<TranslatedParagraph> headings) {
        currentUser.requireRole(GlobalRole.ADMIN, GlobalRole.EDITOR);
        DocumentVersion checked = documents.version(version.id());
        requireTarget(checked, language);
        Map<Long, Paragraph> source = documents.allParagraphs(checked).stream()
                .collect(Collectors.toMap(Paragraph::id, Function.identity()));
        Map<Long, Section> sections = documents.sections(checked).stream()
                .collect(Collectors.toMap(Section::id, Function.identity()));
        OffsetDateTime now = OffsetDateTime.now(clock);
        Long actor = currentUser.personIdOrNull();
        int saved = 0;
        for (TranslatedParagraph t : paragraphs) {
            Paragraph p = source.get(t.id());
            if (p == null) {
                throw new UserFacingException("translation.error.not-in-version", t.id());
            }
            String text = cleaned(t.text(), MAX_TEXT);
            if (text != null) {
                translations.upsert(p.id(), language, text, sourceHash(p.text()), actor, now);
                saved++;
            }
        }
        int savedHeadings = 0;
        for (TranslatedParagraph h : headings) {
            Section s = sections.get(h.id());
            if (s == null) {
                throw new UserFacingException("translation.error.not-in-version", h.id());
            }
            String heading = cleaned(h.text(), MAX_HEADING);
            if (heading != null) {
                translations.upsertHeading(s.id(), language, heading, s.heading(), actor, now);
                savedHeadings++;
            }
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("language", language);
        after.put("paragraphs", saved);
        after.put("headings", savedHeadings);
        journal.record(JournalEntry.of(actor, "translation.saved", "document_version", checked.id())
                .after(after)
                .changed(ChangedEntity.VERSION, checked.id()));
        return saved;
    }

    /**
     * Writes or updates one paragraph's translation. {@code expectedRevision} is the revision of the paragraph's
     * own translation the translator started from ({@code null}: none, or one carried forward), so that two
     * translators do not overwrite each other.
     */
    @Transactional
    public ParagraphTranslation translate(long paragraphId, String language, String text, Integer expectedRevision) {
        currentUser.requireRole(GlobalRole.ADMIN, GlobalRole.EDITOR);
        ParagraphInVersion target = documents.paragraph(paragraphId);
        requireTarget(target.version(), language);
        String cleaned = UserText.refuseDirectionControls(cleaned(text, MAX_TEXT),
                "field.translation-text");
        if (cleaned == null) {
            throw new UserFacingException("translation.error.empty");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        Long actor = currentUser.personIdOrNull();
        String hash = sourceHash(target.paragraph().text());
        ParagraphTranslation before = translations.findForVersion(target.version().id(), language).get(paragraphId);
        boolean written = expectedRevision == null
                ? translations.insertFirst(paragraphId, language, cleaned, hash, actor, now)
                : translations.update(paragraphId, language, expectedRevision, cleaned, hash, actor, now);
        if (!written) {
            throw new UserFacingException("error.concurrent-change");
        }
        journal.record(JournalEntry.of(actor, "translation.written", "paragraph", paragraphId)
                .before(before == null ? null : Map.of("language", language, "text", before.text()))
                .after(Map.of("language", language, "text", cleaned))
                .changed(ChangedEntity.VERSION, target.version().id()));
        return translations.findForVersion(target.version().id(), language).get(paragraphId);
    }

    private void requireTarget(DocumentVersion version, String language) {
        requireKnown(language);
        if (language.equals(version.language())) {
            // the language's name inside the sentence, in the reader's language ("déjà en anglais")
            throw new UserFacingException("translation.error.source-language",
                    new DefaultMessageSourceResolvable(new String[] {"language.in-text." + language}, language));
        }
    }

    private static void requireKnown(String language) {
        if (language == null || !DocumentService.CONTENT_LANGUAGES.contains(language)) {
            throw new UserFacingException("translation.error.language", String.valueOf(language),
                    String.join(", ", new TreeSet<>(DocumentService.CONTENT_LANGUAGES)));
        }
    }

    private static String cleaned(String text, int max) {
        String stripped = text == null ? "" : UnicodeText.nfc(text.strip());
        if (stripped.length() > max) {
            throw new UserFacingException("translation.error.too-long", max);
        }
        return stripped.isEmpty() ? null : stripped;
    }

    /** SHA-256 of the source text, hex: the same digest PostgreSQL computes to flag outdated translations. */
    static String sourceHash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
