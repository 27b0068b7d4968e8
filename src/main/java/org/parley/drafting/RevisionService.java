package org.parley.drafting;

import org.parley.document.VersionStatus;
import org.parley.alignment.ParagraphAligner;
import org.parley.journal.Journal;
import org.parley.journal.JournalEntry;
import org.parley.base.UserFacingException;
import org.parley.document.ChangeKind;
import org.parley.document.DocumentService;
import org.parley.document.DocumentSummary;
import org.parley.document.DocumentVersion;
import org.parley.document.Paragraph;
import org.parley.document.ParagraphOrigin;
import org.parley.document.ParagraphTextHtml;
import org.parley.document.importing.ParsedDocument;
import org.parley.document.importing.ParsedParagraph;
import org.parley.security.CurrentUser;
import org.parley.security.GlobalRole;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * New drafts: version n+1 copied from version n with every paragraph's lineage, or a revised draft edited
 * offline, aligned to version n automatically and saved once an editor has confirmed (or corrected) the mapping.
 */
@Service
public class RevisionService {

    private final DocumentService documents;
    private final RevisionRepository imports;
    private final CurrentUser currentUser;
    private final Journal journal;
    private final Clock clock;

    RevisionService(DocumentService documents, RevisionRepository imports, CurrentUser currentUser,
                    Journal journal, Clock clock) {
        this.documents = documents;
        this.imports = imports;
        this.currentUser = currentUser;
        this.journal = journal;
        this.clock = clock;
    }

    /** Version n+1 as an exact copy of the latest version, every paragraph continuing its lineage. */
    @Transactional
    public RevisionResult startNextDraft(String slug) {
        currentUser.requireRole(GlobalRole.ADMIN, GlobalRole.EDITOR);
        DocumentSummary summary = documents.document(slug);
        DocumentVersion base = summary.latest();
        List<Paragraph> paragraphs = documents.allParagraphs(base);
        List<ParagraphOrigin> origins = paragraphs.stream()
                .map(p -> new ParagraphOrigin(List.of(p.id()), ChangeKind.UNCHANGED, p.lineageId())).toList();
        DocumentVersion created = documents.addVersion(summary.document().id(), documents.content(base), origins);
        return result(created, paragraphs);
    }

    /** Parses and aligns a revised draft against the latest version; nothing is created until confirmed. */
    @Transactional
    public RevisionProposal proposeRevision(String slug, String fileName, byte[] content) {
        currentUser.requireRole(GlobalRole.ADMIN, GlobalRole.EDITOR);
        DocumentSummary summary = documents.document(slug);
        DocumentVersion base = summary.latest();
        if (base.status() == VersionStatus.DRAFT) {
            throw new UserFacingException("revision.error.draft-exists", base.number());
        }
        ParsedDocument parsed = documents.parse(fileName, content);
        List<Paragraph> old = documents.allParagraphs(base);
        refuseIdentical(old, parsed);
        ParagraphAligner.Result alignment = ParagraphAligner.align(plainTexts(old),
                parsed.paragraphs().stream().map(p -> ParagraphTextHtml.toPlainText(p.text())).toList());
        List<ProposedParagraph> proposed = new ArrayList<>();
        for (ParagraphAligner.Link link : alignment.links()) {
            ParsedParagraph p = parsed.paragraphs().get(link.newIndex());
            proposed.add(new ProposedParagraph(link.newIndex(), p.number(), p.text(),
                    link.oldIndexes().stream().map(i -> old.get(i).id()).toList(), link.change()));
        }
        List<Long> deleted = alignment.deletedOldIndexes().stream().map(i -> old.get(i).id()).toList();
        long importId = imports.insert(summary.document().id(), base.id(), fileName, parsed,
                new RevisionProposal(0, slug, base.number(), proposed, deleted), currentUser.personIdOrNull(),
                OffsetDateTime.now(clock));
        RevisionProposal proposal = new RevisionProposal(importId, slug, base.number(), proposed, deleted);
        imports.updateProposal(importId, proposal);
        return proposal;
    }

    /** Creates the new version from a proposal, with the editor's corrections applied to its mapping. */
    @Transactional
    public RevisionResult acceptProposal(long importId, List<MappingCorrection> corrections) {
        currentUser.requireRole(GlobalRole.ADMIN, GlobalRole.EDITOR);
        RevisionRepository.PendingImport pending = imports.find(importId)
                .orElseThrow(() -> new UserFacingException("revision.error.import-not-found"));
        return accept(importId, pending, corrections);
    }

    /**
     * As {@link #acceptProposal(long, List)}, for an address that names the document: an import of another
     * document is not found here, so one document's URL cannot confirm another's draft.
     */
    @Transactional
    public RevisionResult acceptProposal(String slug, long importId, List<MappingCorrection> corrections) {
        currentUser.requireRole(GlobalRole.ADMIN, GlobalRole.EDITOR);
        long documentId = documents.document(slug).document().id();
        RevisionRepository.PendingImport pending = imports.find(importId)
                .filter(found -> found.documentId() == documentId)
                .orElseThrow(org.parley.document.DocumentNotFoundException::new);
        return accept(importId, pending, corrections);
    }

    private RevisionResult accept(long importId, RevisionRepository.PendingImport pending,
                                  List<MappingCorrection> corrections) {
        DocumentVersion base = documents.version(pending.basedOnVersionId());
        DocumentSummary summary = documents.document(pending.proposal().documentSlug());
        if (summary.latest().id() != base.id()) {
            throw new UserFacingException("revision.error.outdated-import", summary.latest().number());
        }
        List<Paragraph> old = documents.allParagraphs(base);
        List<ProposedParagraph> mapping = corrected(pending, old, corrections);
        DocumentVersion created = documents.addVersion(summary.document().id(), pending.parsed(),
                LineagePlan.plan(old, mapping));
        imports.delete(importId);
        journal.record(JournalEntry.of(currentUser.personIdOrNull(), "revision.accepted", "document_version", created.id())
                .after(Map.of("import", importId, "corrections", corrections.size())));
        return result(created, old);
    }

    private List<ProposedParagraph> corrected(RevisionRepository.PendingImport pending, List<Paragraph> old,
                                              List<MappingCorrection> corrections) {
        Set<Long> known = new HashSet<>();
        old.forEach(p -> known.add(p.id()));
        Map<Integer, List<Long>> overrides = new HashMap<>();
        for (MappingCorrection correction : corrections) {
            if (correction.index() < 0 || correction.index() >= pending.parsed().paragraphs().size()
                    || !known.containsAll(correction.predecessorIds())) {
                throw new UserFacingException("revision.error.mapping");
            }
            overrides.put(correction.index(), List.copyOf(correction.predecessorIds()));
        }
        if (overrides.isEmpty()) {
            return pending.proposal().paragraphs();
        }
        List<ProposedParagraph> proposed = pending.proposal().paragraphs();
        Map<Long, Integer> sharers = new HashMap<>();
        List<List<Long>> predecessors = new ArrayList<>();
        for (ProposedParagraph p : proposed) {
            List<Long> ids = overrides.getOrDefault(p.index(), p.predecessorIds());
            predecessors.add(ids);
            ids.forEach(id -> sharers.merge(id, 1, Integer::sum));
        }
        Map<Long, Paragraph> byId = new HashMap<>();
        old.forEach(p -> byId.put(p.id(), p));
        List<ProposedParagraph> result = new ArrayList<>();
        for (int i = 0; i < proposed.size(); i++) {
            ProposedParagraph p = proposed.get(i);
            List<Long> ids = predecessors.get(i);
            boolean same = ids.size() == 1 && byId.get(ids.get(0)).text().equals(p.text());
            ChangeKind kind = LineagePlan.kindOf(ids, ids.isEmpty() ? 0 : sharers.get(ids.get(0)), same,
                    p.change() == ChangeKind.MOVED && ids.equals(p.predecessorIds()));
            result.add(new ProposedParagraph(p.index(), p.number(), p.text(), ids, kind));
        }
        return result;
    }

    private RevisionResult result(DocumentVersion created, List<Paragraph> old) {
        Map<Long, List<Long>> predecessors = documents.predecessors(created);
        Set<Long> continued = new HashSet<>();
        predecessors.values().forEach(continued::addAll);
        Map<Long, ChangeKind> kinds = documents.changeKinds(created);
        List<RevisedParagraph> paragraphs = documents.allParagraphs(created).stream()
                .map(p -> new RevisedParagraph(p.id(), p.number(), p.lineageId(),
                        predecessors.getOrDefault(p.id(), List.of()), kinds.get(p.id())))
                .toList();
        List<Long> deleted = old.stream().map(Paragraph::id).filter(id -> !continued.contains(id)).toList();
        return new RevisionResult(created, paragraphs, deleted);
    }

    private static void refuseIdentical(List<Paragraph> old, ParsedDocument parsed) {
        List<String> before = old.stream().map(Paragraph::text).toList();
        List<String> after = parsed.paragraphs().stream().map(ParsedParagraph::text).toList();
        if (before.equals(after)) {
            throw new UserFacingException("revision.error.identical");
        }
    }

    private static List<String> plainTexts(List<Paragraph> paragraphs) {
        return paragraphs.stream().map(p -> ParagraphTextHtml.toPlainText(p.text())).toList();
    }
}
