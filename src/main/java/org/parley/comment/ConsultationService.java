package org.parley.comment;

import org.parley.journal.Journal;
import org.parley.journal.JournalEntry;
import org.parley.base.UserFacingException;
import org.parley.document.DocumentService;
import org.parley.document.DocumentVersion;
import org.parley.organisation.OrganisationService;
import org.parley.security.CurrentUser;
import org.parley.security.GlobalRole;
import org.parley.security.ParleyUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** Consultation rounds: who may comment on a version, and whether the current person may now. */
@Service
public class ConsultationService {

    private final ConsultationRepository rounds;
    private final DocumentService documents;
    private final OrganisationService organisations;
    private final CurrentUser currentUser;
    private final Journal journal;
    private final Clock clock;

    ConsultationService(ConsultationRepository rounds, DocumentService documents, OrganisationService organisations,
                        CurrentUser currentUser, Journal journal, Clock clock) {
        this.rounds = rounds;
        this.documents = documents;
        this.organisations = organisations;
        this.currentUser = currentUser;
        this.journal = journal;
        this.clock = clock;
    }

    /** Restricts the round to these organisations or kinds (empty: every contributing member). Editors only. */
    @Transactional
    public void setAudience(long versionId, List<AudienceRule> rules) {
        setAudience(versionId, rules, null);
    }

    /**
     * {@link #setAudience(long, List)} if the audience is still at {@code expectedRevision} (null: whatever it
     * is), so that two editors do not overwrite each other; refused with error.concurrent-change otherwise.
     */
    @Transactional
    public void setAudience(long versionId, List<AudienceRule> rules, Integer expectedRevision) {
        currentUser.requireRole(GlobalRole.ADMIN, GlobalRole.EDITOR);
        DocumentVersion version = documents.version(versionId);
        List<AudienceRule> before = rounds.audience(version.id());
        for (AudienceRule rule : rules) {
            if (rule.organisationId() != null && organisations.organisations().stream()
                    .noneMatch(o -> o.id() == rule.organisationId())) {
                throw new UserFacingException("organisation.error.parent");
            }
        }
        if (!rounds.nextAudienceRevision(version.id(), expectedRevision)) {
            throw new UserFacingException("error.concurrent-change");
        }
        rounds.replaceAudience(version.id(), rules);
        journal.record(JournalEntry.of(currentUser.personIdOrNull(), "consultation.audience-set", "document_version", versionId)
                .before(before)
                .after(rules));
    }

    public List<AudienceRule> audience(long versionId) {
        return rounds.audience(documents.version(versionId).id());
    }

    /** The audience with its revision, to set it again without overwriting someone else's change. */
    @Transactional(readOnly = true)
    public RoundAudience roundAudience(long versionId) {
        long id = documents.version(versionId).id();
        return new RoundAudience(rounds.audience(id), rounds.audienceRevision(id));
    }

    /**
     * Why the current person may not comment on this version now (an i18n key), or empty if they may.
     * The same rules the comment service applies when a comment arrives.
     */
    public Optional<String> refusalToComment(long versionId, Long onBehalfOf) {
        Optional<ParleyUser> user = currentUser.get();
        if (user.isEmpty()) {
            return Optional.of("error.login-required");
        }
        DocumentVersion version = documents.version(versionId);
        return RoundRules.refusalToComment(user.get().role(), organisations.membershipsOf(user.get().personId()),
                onBehalfOf, version, rounds.audience(version.id()), OffsetDateTime.now(clock));
    }

    /** Why no comment may be written on this version now (an i18n key: not open, not started, closed), or empty. */
    public Optional<String> refusalForRound(DocumentVersion version) {
        return RoundRules.refusalForRound(version, OffsetDateTime.now(clock));
    }

    OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
