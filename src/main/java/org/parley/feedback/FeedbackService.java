package org.parley.feedback;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.parley.base.Messages;
import org.parley.base.PermissionDeniedException;
import org.parley.base.UserFacingException;
import org.parley.comment.Comment;
import org.parley.comment.CommentKind;
import org.parley.comment.CommentService;
import org.parley.comment.ConsultationService;
import org.parley.comment.ImportedComment;
import org.parley.document.DocumentNotFoundException;
import org.parley.document.DocumentService;
import org.parley.document.DocumentVersion;
import org.parley.document.importing.DocumentParser;
import org.parley.organisation.MembershipRole;
import org.parley.organisation.Organisation;
import org.parley.organisation.OrganisationService;
import org.parley.security.CurrentUser;
import org.parley.security.ParleyUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Feedback that comes back as a Word file (tracked changes and comments), uploaded on behalf of the organisation
 * that sent it: read and mapped onto a version's paragraphs as a proposal, then accepted (all or some items) as
 * that organisation's published amendments, comments, questions and replies. Editors and admins may do it for any
 * organisation, a focal point for their own, on a version open for comments. A proposal is a row (it survives a
 * restart and is seen by every node) forgotten after {@link #KEEP_PROPOSALS} unless accepted; an accepted file
 * is remembered by its SHA-256 per version and organisation, so importing it again creates nothing.
 */
@Service
public class FeedbackService {

    static final Duration KEEP_PROPOSALS = Duration.ofDays(7);
    static final String FILE = "file";
    static final String ORGANISATION = "organisation";

    private final DocumentService documents;
    private final OrganisationService organisations;
    private final CommentService comments;
    private final ConsultationService consultation;
    private final FeedbackRepository proposals;
    private final CurrentUser currentUser;
    private final Messages messages;
    private final Clock clock;
    private final DocumentParser parser;

    FeedbackService(DocumentService documents, OrganisationService organisations, CommentService comments,
                    ConsultationService consultation, FeedbackRepository proposals, CurrentUser currentUser,
                    Messages messages, Clock clock, @Value("${parley.import.max-bytes}") long maxBytes) {
        this.documents = documents;
        this.organisations = organisations;
        this.comments = comments;
        this.consultation = consultation;
        this.proposals = proposals;
        this.currentUser = currentUser;
        this.messages = messages;
        this.clock = clock;
        this.parser = new DocumentParser(maxBytes);
    }

    /** Reads the file and stores what it proposes on the version; nothing is created until it is accepted. */
    @Transactional
    public FeedbackProposal propose(String slug, int number, String organisationShortName, String fileName,
                                    byte[] content) {
        ParleyUser user = currentUser.require();
        DocumentVersion version = documents.version(slug, number);
        Organisation organisation = organisation(user, organisationShortName);
        consultation.refusalForRound(version).ifPresent(key -> {
            throw new UserFacingException(key);
        });
        String name = fileName == null || fileName.isBlank() ? "word-feedback.docx" : fileName.strip();
        WordFile file = read(name, content);
        if (file.paragraphs().stream().noneMatch(WordFile.Paragraph::changed) && file.comments().isEmpty()) {
            throw new FeedbackRejectedException(FILE, "feedback.error.nothing-to-import", name);
        }
        String hash = sha256(content);
        refuseIfAccepted(version.id(), organisation.id(), hash, name);
        Locale locale = Messages.supportedOrEnglish(currentUser.ofSignedInPerson().orElse(Locale.ENGLISH));
        FeedbackProposer.Result result;
        try {
            result = FeedbackProposer.propose(documents.allParagraphs(version), file,
                    (key, args) -> messages.get(key, locale, args),
                    new FeedbackProposer.Attribution(organisation.shortName(), user.displayName(), name));
        } catch (UserFacingException refused) {
            throw new FeedbackRejectedException(FILE, refused);
        }
        if (result.paragraphs().isEmpty()) {
            throw new FeedbackRejectedException(FILE, "feedback.error.nothing-placed", name);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        proposals.deleteUnacceptedBefore(now.minus(KEEP_PROPOSALS));
        FeedbackProposal proposal = new FeedbackProposal(0, slug, number, organisation.shortName(),
                name, result.paragraphs(), result.unplaced());
        long id = proposals.insert(version.id(), organisation.id(), name, hash, proposal, user.personId(), now);
        return proposal.withId(id);
    }

    /** Where the current person could import Word feedback for the version, or empty if they may not now. */
    @Transactional(readOnly = true)
    public java.util.Optional<ImportTarget> importTarget(long versionId) {
        java.util.Optional<ParleyUser> user = currentUser.get();
        List<Organisation> choices = user.map(this::organisationsFor).orElse(List.of());
        if (choices.isEmpty()) {
            return java.util.Optional.empty();
        }
        DocumentVersion version = documents.version(versionId);
        if (consultation.refusalForRound(version).isPresent()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new ImportTarget(documents.documentById(version.documentId()).document().slug(),
                version.number(), choices));
    }

    /** The organisations the person may import for: all for editors and admins, their own for a focal point. */
    private List<Organisation> organisationsFor(ParleyUser user) {
        if (user.role().canEdit()) {
            return organisations.organisations();
        }
        return organisations.membershipsOf(user.personId()).stream()
                .filter(m -> m.role() == MembershipRole.FOCAL_POINT).map(m -> m.organisation()).toList();
    }

    /** A stored proposal, for whoever may accept it. */
    @Transactional(readOnly = true)
    public FeedbackProposal proposal(String slug, int number, long proposalId) {
        return stored(slug, number, proposalId).proposal();
    }

    /**
     * Creates the proposal's items whose ids are given (null: all of them) on behalf of its organisation, in one
     * write with one audit event. A reply whose comment was left out becomes a comment of its own.
     */
    @Transactional
    public FeedbackResult accept(String slug, int number, long proposalId, Collection<Integer> itemIds) {
        ParleyUser user = currentUser.require();
        FeedbackRepository.StoredProposal stored = stored(slug, number, proposalId);
        comments.refuseImportBy(user, stored.organisationId());
        FeedbackProposal proposal = stored.proposal();
        Set<Integer> chosen = itemIds == null ? null : new HashSet<>(itemIds);
        List<ImportedComment> batch = new ArrayList<>();
        for (ProposedFeedback paragraph : proposal.paragraphs()) {
            for (FeedbackItem item : paragraph.items()) {
                if (chosen == null || chosen.contains(item.id())) {
                    batch.add(new ImportedComment(item.id(), item.replyTo(), paragraph.paragraphId(), item.kind(),
                            item.body(), item.proposedText(), item.quote(), item.quoteStart(),
                            item.kind() == CommentKind.AMENDMENT ? null : item.text()));
                }
            }
        }
        if (chosen != null && batch.size() != chosen.size()) {
            throw new UserFacingException("feedback.error.unknown-item");
        }
        if (batch.isEmpty()) {
            throw new UserFacingException("feedback.error.nothing-chosen");
        }
        if (!proposals.markAccepted(stored.id(), user.personId(), batch.size(), OffsetDateTime.now(clock))) {
            throw new UserFacingException("feedback.error.already-imported", proposal.fileName());
        }
        List<Comment> created = comments.postImported(stored.versionId(), stored.organisationId(), batch,
                "word-feedback.imported", "feedback_import", stored.id(), Map.of("file", proposal.fileName(),
                        "sha256", stored.fileSha256(), "organisation", proposal.organisation(),
                        "items", batch.size(), "skipped", proposal.itemCount() - batch.size()));
        return new FeedbackResult(stored.id(), proposal, created, proposal.itemCount() - batch.size());
    }

    private FeedbackRepository.StoredProposal stored(String slug, int number, long proposalId) {
        ParleyUser user = currentUser.require();
        refuseNonImporters(user);
        DocumentVersion version = documents.version(slug, number);
        FeedbackRepository.StoredProposal stored = proposals.find(proposalId)
                .filter(found -> found.versionId() == version.id())
                .orElseThrow(DocumentNotFoundException::new);
        comments.refuseImportBy(user, stored.organisationId());
        return stored;
    }

    /** Before anything is looked at: only editors, admins and focal points import Word feedback at all. */
    private void refuseNonImporters(ParleyUser user) {
        if (!user.role().canEdit() && organisations.membershipsOf(user.personId()).stream()
                .noneMatch(m -> m.role() == MembershipRole.FOCAL_POINT)) {
            throw PermissionDeniedException.forbidden();
        }
    }

    private Organisation organisation(ParleyUser user, String shortName) {
        refuseNonImporters(user);
        if (shortName == null || shortName.isBlank()) {
            throw new FeedbackRejectedException(ORGANISATION, "feedback.error.organisation-missing");
        }
        Organisation organisation = organisations.findByShortName(shortName.strip())
                .orElseThrow(() -> new FeedbackRejectedException(ORGANISATION, "feedback.error.organisation-unknown",
                        shortName.strip()));
        comments.refuseImportBy(user, organisation.id());
        return organisation;
    }

    private WordFile read(String name, byte[] content) {
        try (XWPFDocument doc = parser.openDocx(name, content)) {
            return WordFeedbackReader.read(doc);
        } catch (UserFacingException refused) {
            throw new FeedbackRejectedException(FILE, refused);
        } catch (IOException | RuntimeException damaged) {
            throw new FeedbackRejectedException(FILE, "import.error.corrupt-docx", name);
        }
    }

    private void refuseIfAccepted(long versionId, long organisationId, String hash, String name) {
        proposals.acceptedAt(versionId, organisationId, hash).ifPresent(when -> {
            throw new UserFacingException("feedback.error.already-imported", name);
        });
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
