package org.parley.document;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import org.parley.document.importing.ParsedParagraph;
import org.parley.document.importing.ParsedSection;
import org.parley.journal.Journal;
import org.parley.journal.JournalEntry;
import org.parley.base.UserFacingException;
import org.parley.journal.ChangedEntity;
import org.parley.base.UserText;
import org.parley.document.importing.DocumentParser;
import org.parley.document.importing.ParsedDocument;
import org.parley.security.CurrentUser;
import org.parley.security.GlobalRole;
import org.parley.base.PermissionDeniedException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Documents, their versions and their text: importing a new document and reading it. Every read checks
 * that the current reader may see the document (public, or signed in) and the version (drafts are for
 * editors); every write is for editors and admins and goes through the audit trail.
 */
@Service
public class DocumentService {

    public static final Set<String> CONTENT_LANGUAGES = Set.of("en", "fr", "es", "ar");
    private static final Pattern SLUG = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");
    private static final int MAX_SLUG = 80;
    private static final int MAX_TITLE = 300;

    private final DocumentRepository documents;
    private final ParagraphRepository paragraphs;
    private final CurrentUser currentUser;
    private final Journal journal;
    private final Clock clock;
    private final DocumentParser parser;
    private final TransactionTemplate transaction;

    DocumentService(DocumentRepository documents, ParagraphRepository paragraphs, CurrentUser currentUser,
                    Journal journal, Clock clock,
                    @Value("${parley.import.max-bytes}") long maxImportBytes, TransactionTemplate transaction) {
        this.transaction = transaction;
        this.documents = documents;
        this.paragraphs = paragraphs;
        this.currentUser = currentUser;
        this.journal = journal;
        this.clock = clock;
        this.parser = new DocumentParser(maxImportBytes);
    }

    /**
     * Creates a document with version 1 from a Markdown or DOCX file, in one transaction: a file that
     * cannot be read leaves nothing behind. The file is parsed before the transaction begins, so no database
     * connection waits (idle in transaction) while a large file is read.
     */
    public DocumentSummary importDocument(NewDocument request, String fileName, byte[] content) {
        currentUser.requireRole(GlobalRole.ADMIN, GlobalRole.EDITOR);
        NewDocument document = validated(request);
        ParsedDocument parsed = parser.parse(fileName, content);
        return transaction.execute(status -> store(document, fileName, parsed));
    }

    private DocumentSummary store(NewDocument document, String fileName, ParsedDocument parsed) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Long actor = currentUser.personIdOrNull();
        long documentId;
        try {
            documentId = documents.insertDocument(document, actor, now);
        } catch (DuplicateKeyException raceOnSlug) {
            throw new UserFacingException("document.error.slug-taken", raceOnSlug, document.slug());
        }
        long versionId = documents.insertVersion(documentId, 1, document.language(), null, actor, now);
        paragraphs.insertContent(versionId, parsed);
        journal.record(JournalEntry.of(actor, "document.imported", "document", documentId)
                .after(Map.of("slug", document.slug(), "title", document.title(), "version", 1,
                        "file", String.valueOf(fileName), "sections", parsed.sections().size(),
                        "paragraphs", parsed.paragraphs().size()))
                .changed(ChangedEntity.VERSION, versionId));
        return new DocumentSummary(documents.findBySlug(document.slug()).orElseThrow(),
                documents.findVersions(documentId));
    }

    /**
     * Adds the next version of a document (a draft) with the given text; each paragraph's origin says which
     * paragraphs of the latest version it continues. One transaction. For the editors' workbench.
     */
    @Transactional
    public DocumentVersion addVersion(long documentId, ParsedDocument parsed, List<ParagraphOrigin> origins) {
        currentUser.requireRole(GlobalRole.ADMIN, GlobalRole.EDITOR);
        if (origins.size() != parsed.paragraphs().size()) {
            throw new IllegalArgumentException("one origin per paragraph");
        }
        Document document = documents.findById(documentId).orElseThrow(DocumentNotFoundException::new);
        List<DocumentVersion> versions = documents.findVersions(documentId);
        DocumentVersion latest = versions.get(versions.size() - 1);
        if (latest.status() == VersionStatus.DRAFT) {
            throw new UserFacingException("revision.error.draft-exists", latest.number());
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        Long actor = currentUser.personIdOrNull();
        long versionId = documents.insertVersion(documentId, latest.number() + 1, latest.language(), latest.id(),
                actor, now);
        paragraphs.insertContent(versionId, parsed, origins.stream().map(ParagraphOrigin::lineageId).toList());
        List<Paragraph> stored = paragraphs.findAllParagraphs(versionId);
        for (int i = 0; i < stored.size(); i++) {
            ParagraphOrigin origin = origins.get(i);
            if (!origin.predecessorIds().isEmpty()) {
                paragraphs.insertPredecessors(stored.get(i).id(), origin.predecessorIds(), origin.change());
            }
        }
        journal.record(JournalEntry.of(actor, "version.created", "document_version", versionId)
                .after(Map.of("document", document.slug(), "number", latest.number() + 1,
                        "basedOn", latest.number(), "paragraphs", stored.size()))
                .changed(ChangedEntity.VERSION, versionId));
        return documents.findVersion(versionId).orElseThrow();
    }

    /** The predecessor paragraph ids of each paragraph of a version (absent: a new paragraph). */
    public Map<Long, List<Long>> predecessors(DocumentVersion version) {
        requireVersionRead(version);
        return paragraphs.predecessorsOf(version.id());
    }

    /** How each paragraph of a version changed from its predecessors (absent: a new paragraph). */
    public Map<Long, ChangeKind> changeKinds(DocumentVersion version) {
        requireVersionRead(version);
        return paragraphs.changeKindsOf(version.id());
    }

    /** The text of a version as parsed content, so that it can be copied into the next draft. */
    public ParsedDocument content(DocumentVersion version) {
        List<Section> sections = sections(version);
        Map<Long, Integer> sectionIndex = new HashMap<>();
        List<ParsedSection> parsedSections = new ArrayList<>();
        for (Section s : sections) {
            sectionIndex.put(s.id(), parsedSections.size());
            parsedSections.add(new ParsedSection(parsedSections.size(),
                    s.parentId() == null ? null : sectionIndex.get(s.parentId()), s.level(), s.number(), s.heading()));
        }
        List<ParsedParagraph> parsedParagraphs = allParagraphs(version).stream()
                .map(p -> new ParsedParagraph(
                        p.sectionId() == null ? null : sectionIndex.get(p.sectionId()), p.number(), p.text()))
                .toList();
        return new ParsedDocument(null, parsedSections, parsedParagraphs);
    }

    /** Parses an uploaded file with the same rules and limits as an import, without storing anything. */
    public ParsedDocument parse(String fileName, byte[] content) {
        currentUser.requireRole(GlobalRole.ADMIN, GlobalRole.EDITOR);
        return parser.parse(fileName, content);
    }

    /**
     * Freezes a draft as a published milestone ("Draft for the UCLG World Congress, Bogotá, October 2016"),
     * optionally opening the next consultation round on it at once. For the revision module, which checks the
     * round's dispositions first; {@code overrideReason} records why an admin published with some missing.
     */
    @Transactional
    public DocumentVersion publish(long versionId, String milestone, String overrideReason,
                                   OffsetDateTime opensAt, OffsetDateTime closesAt) {
        currentUser.requireRole(GlobalRole.ADMIN, GlobalRole.EDITOR);
        DocumentVersion before = documents.findVersion(versionId).orElseThrow(DocumentNotFoundException::new);
        if (before.status() != VersionStatus.DRAFT) {
            throw new UserFacingException("version.error.already-published");
        }
        String label = milestone == null ? "" : milestone.strip();
        if (label.isEmpty() || label.length() > MAX_TITLE) {
            throw new UserFacingException("version.error.milestone", MAX_TITLE);
        }
        UserText.refuseDirectionControls(label, "field.version-label");
        boolean openRound = closesAt != null;
        if (openRound && opensAt != null && !closesAt.isAfter(opensAt)) {
            throw new UserFacingException("version.error.dates");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (!documents.publish(versionId, label, openRound ? VersionStatus.OPEN_FOR_COMMENTS : VersionStatus.PUBLISHED,
                openRound ? (opensAt == null ? now : opensAt) : null, closesAt, now, currentUser.personIdOrNull(),
                overrideReason)) {
            throw new UserFacingException("error.concurrent-change");
        }
        DocumentVersion after = documents.findVersion(versionId).orElseThrow();
        JournalEntry published = JournalEntry.of(currentUser.personIdOrNull(), "version.published",
                        "document_version", versionId)
                .before(before)
                .after(overrideReason == null ? after : Map.of("version", after, "overrideReason", overrideReason))
                .changed(ChangedEntity.VERSION, versionId);
        if (after.basedOnVersionId() != null) { // the answers to the previous round become public with it
            published = published.changed(ChangedEntity.VERSION, after.basedOnVersionId());
            closeAnsweredRound(after.basedOnVersionId(), now);
        }
        journal.record(published);
        return after;
    }

    /** The round a published version answers takes no more comments: its answers are out. */
    private void closeAnsweredRound(long answeredVersionId, OffsetDateTime now) {
        DocumentVersion answered = documents.findVersion(answeredVersionId).orElseThrow();
        if (answered.status() != VersionStatus.OPEN_FOR_COMMENTS) {
            return;
        }
        OffsetDateTime closes = answered.consultationClosesAt() == null || answered.consultationClosesAt().isAfter(now)
                ? now : answered.consultationClosesAt();
        OffsetDateTime opens = answered.consultationOpensAt() == null || answered.consultationOpensAt().isBefore(closes)
                ? answered.consultationOpensAt() : null;
        if (!documents.updateVersionSchedule(answeredVersionId, documents.revisionOf(answeredVersionId),
                answered.label(), VersionStatus.CLOSED, opens, closes, answered.publishedAt())) {
            throw new UserFacingException("error.concurrent-change");
        }
        journal.record(JournalEntry.of(currentUser.personIdOrNull(), "version.round-closed-by-publishing",
                        "document_version", answeredVersionId)
                .before(answered)
                .after(documents.findVersion(answeredVersionId).orElseThrow())
                .changed(ChangedEntity.VERSION, answeredVersionId));
    }

    /** Sets a version's label, status and consultation dates (editors), with optimistic locking. */
    @Transactional
    public DocumentVersion scheduleVersion(long versionId, String label, VersionStatus status,
                                           OffsetDateTime opensAt, OffsetDateTime closesAt) {
        currentUser.requireRole(GlobalRole.ADMIN, GlobalRole.EDITOR);
        DocumentVersion before = documents.findVersion(versionId).orElseThrow(DocumentNotFoundException::new);
        if (before.status() == VersionStatus.PUBLISHED) {
            throw new UserFacingException("version.error.published-is-frozen");
        }
        if (opensAt != null && closesAt != null && !closesAt.isAfter(opensAt)) {
            throw new UserFacingException("version.error.dates");
        }
        if (label != null && label.length() > MAX_TITLE) {
            throw new UserFacingException("version.error.label", MAX_TITLE);
        }
        UserText.refuseDirectionControls(label, "field.version-label");
        OffsetDateTime publishedAt = status == VersionStatus.PUBLISHED ? OffsetDateTime.now(clock) : null;
        if (!documents.updateVersionSchedule(versionId, documents.revisionOf(versionId), label, status,
                opensAt, closesAt, publishedAt)) {
            throw new UserFacingException("error.concurrent-change");
        }
        DocumentVersion after = documents.findVersion(versionId).orElseThrow();
        journal.record(JournalEntry.of(currentUser.personIdOrNull(), "version.scheduled", "document_version", versionId)
                .before(before)
                .after(after)
                .changed(ChangedEntity.VERSION, versionId));
        return after;
    }

    /** The documents the current reader may open, each with the versions they may see. */
    public List<DocumentSummary> readableDocuments() {
        return documents.findAllDocuments().stream()
                .filter(this::mayRead)
                .map(d -> new DocumentSummary(d, visibleVersions(d)))
                .filter(summary -> !summary.versions().isEmpty())
                .toList();
    }

    public DocumentSummary document(String slug) {
        Document document = documents.findBySlug(slug).orElseThrow(DocumentNotFoundException::new);
        requireRead(document);
        List<DocumentVersion> versions = visibleVersions(document);
        if (versions.isEmpty()) {
            throw new DocumentNotFoundException();
        }
        return new DocumentSummary(document, versions);
    }

    public DocumentSummary documentById(long documentId) {
        Document document = documents.findById(documentId).orElseThrow(DocumentNotFoundException::new);
        return document(document.slug());
    }

    public DocumentVersion version(String slug, int number) {
        return document(slug).versions().stream().filter(v -> v.number() == number)
                .findFirst().orElseThrow(DocumentNotFoundException::new);
    }

    public List<Section> sections(DocumentVersion version) {
        requireVersionRead(version);
        return paragraphs.findSections(version.id());
    }

    /** A page of paragraphs in reading order, for lazy rendering of long documents. */
    public List<Paragraph> paragraphs(DocumentVersion version, int offset, int limit) {
        requireVersionRead(version);
        return paragraphs.findParagraphs(version.id(), offset, Math.min(limit, 1000));
    }

    public List<Paragraph> allParagraphs(DocumentVersion version) {
        requireVersionRead(version);
        return paragraphs.findAllParagraphs(version.id());
    }

    /** A paragraph the current reader may see, with its version and document. */
    public ParagraphInVersion paragraph(long paragraphId) {
        ParagraphInVersion found = documents.findParagraphsInVersion(List.of(paragraphId)).stream().findFirst()
                .orElseThrow(DocumentNotFoundException::new);
        requireVersionRead(found.document(), found.version());
        return found;
    }

    /** The paragraphs the current reader may see among these, by id, in one query; the others are left out. */
    public Map<Long, ParagraphInVersion> paragraphs(Collection<Long> paragraphIds) {
        if (paragraphIds.isEmpty()) {
            return Map.of();
        }
        ReaderRights rights = readerRights();
        return documents.findParagraphsInVersion(paragraphIds).stream()
                .filter(p -> rights.mayRead(p.document().visibility(), p.version().status()))
                .collect(Collectors.toMap(p -> p.paragraph().id(), p -> p));
    }

    /** A version the current reader may see, by id. */
    public DocumentVersion version(long versionId) {
        DocumentVersion version = documents.findVersion(versionId).orElseThrow(DocumentNotFoundException::new);
        requireVersionRead(version);
        return version;
    }

    public Optional<Integer> ordinalOfAnchor(DocumentVersion version, String anchor) {
        requireVersionRead(version);
        return paragraphs.findOrdinalByAnchor(version.id(), anchor);
    }

    /** What the current reader may read (the reading rule itself is {@link ReaderRights}). */
    public ReaderRights readerRights() {
        if (currentUser.canEdit()) {
            return ReaderRights.EDITOR;
        }
        return currentUser.get().isPresent() ? ReaderRights.MEMBER : ReaderRights.ANONYMOUS;
    }

    private List<DocumentVersion> visibleVersions(Document document) {
        ReaderRights rights = readerRights();
        return documents.findVersions(document.id()).stream()
                .filter(v -> rights.mayRead(document.visibility(), v.status()))
                .toList();
    }

    private void requireVersionRead(DocumentVersion version) {
        requireVersionRead(documents.findById(version.documentId()).orElseThrow(DocumentNotFoundException::new),
                version);
    }

    private void requireVersionRead(Document document, DocumentVersion version) {
        requireRead(document);
        if (!readerRights().mayRead(document.visibility(), version.status())) {
            throw new DocumentNotFoundException();
        }
    }

    private boolean mayRead(Document document) {
        return readerRights().mayRead(document.visibility());
    }

    /**
     * A document the reader may not see is not found, exactly as an unknown slug: asking to sign in would tell an
     * anonymous caller that a members-only document of that name exists.
     */
    private void requireRead(Document document) {
        if (!mayRead(document)) {
            throw new DocumentNotFoundException();
        }
    }

    private NewDocument validated(NewDocument request) {
        String slug = request.slug() == null ? "" : request.slug().strip();
        String title = request.title() == null ? "" : request.title().strip();
        if (slug.isEmpty() || slug.length() > MAX_SLUG || !SLUG.matcher(slug).matches()) {
            throw new UserFacingException("document.error.slug", MAX_SLUG);
        }
        if (title.isEmpty() || title.length() > MAX_TITLE) {
            throw new UserFacingException("document.error.title", MAX_TITLE);
        }
        UserText.refuseDirectionControls(title, "field.document-title");
        if (request.language() == null || !CONTENT_LANGUAGES.contains(request.language())) {
            throw new UserFacingException("document.error.language", String.join(", ", CONTENT_LANGUAGES));
        }
        if (documents.slugExists(slug)) {
            throw new UserFacingException("document.error.slug-taken", slug);
        }
        Visibility visibility = request.visibility() == null ? Visibility.MEMBERS : request.visibility();
        return new NewDocument(slug, title, request.language(), visibility);
    }
}
