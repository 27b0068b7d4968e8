package org.parley.comment;

import org.parley.document.DocumentVersion;
import org.parley.document.VersionStatus;
import org.parley.organisation.Membership;
import org.parley.organisation.MembershipRole;
import org.parley.organisation.Organisation;
import org.parley.security.GlobalRole;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Who may comment when, as plain functions: the round must be open, the person must contribute (not only
 * read), and a restricted audience must include them (or the organisation they speak for). Editors and admins
 * run the consultation and are not bound by the audience. Each refusal is an i18n message key.
 */
final class RoundRules {

    private RoundRules() {
    }

    static Optional<String> refusalToComment(GlobalRole role, List<Membership> memberships, Long onBehalfOf,
                                             DocumentVersion version, List<AudienceRule> audience,
                                             OffsetDateTime now) {
        if (role == GlobalRole.READER) {
            return Optional.of("comment.error.readers-cannot-comment");
        }
        Optional<String> roundRefusal = refusalForRound(version, now);
        if (roundRefusal.isPresent()) {
            return roundRefusal;
        }
        Optional<Membership> speakingFor = Optional.empty();
        if (onBehalfOf != null) {
            speakingFor = memberships.stream().filter(m -> m.organisation().id() == onBehalfOf).findFirst();
            if (speakingFor.isEmpty()) {
                return Optional.of("comment.error.not-a-member");
            }
        }
        if (audience.isEmpty() || role.canEdit()) {
            return Optional.empty();
        }
        List<Organisation> candidates = speakingFor.map(m -> List.of(m.organisation()))
                .orElseGet(() -> memberships.stream().map(Membership::organisation).toList());
        return refusalForAudience(candidates, audience, now);
    }

    static Optional<String> refusalForRound(DocumentVersion version, OffsetDateTime now) {
        if (version.status() == VersionStatus.CLOSED) {
            return Optional.of("comment.error.round-closed");
        }
        if (version.status() != VersionStatus.OPEN_FOR_COMMENTS) {
            return Optional.of("comment.error.round-not-open");
        }
        if (version.consultationOpensAt() != null && now.isBefore(version.consultationOpensAt())) {
            return Optional.of("comment.error.round-not-started");
        }
        if (version.consultationClosesAt() != null && !now.isBefore(version.consultationClosesAt())) {
            return Optional.of("comment.error.round-closed");
        }
        return Optional.empty();
    }

    private static Optional<String> refusalForAudience(List<Organisation> candidates, List<AudienceRule> audience,
                                                       OffsetDateTime now) {
        boolean coveredLater = false;
        for (AudienceRule rule : audience) {
            for (Organisation organisation : candidates) {
                if (rule.covers(organisation)) {
                    if (rule.isOpenAt(now)) {
                        return Optional.empty();
                    }
                    coveredLater = true;
                }
            }
        }
        return Optional.of(coveredLater ? "comment.error.audience-not-yet" : "comment.error.not-in-audience");
    }

    /** A focal point's words are the organisation's at once; a member's wait for a focal point. */
    static CommentStatus initialStatus(List<Membership> memberships, Long onBehalfOf) {
        if (onBehalfOf == null) {
            return CommentStatus.PUBLISHED;
        }
        return memberships.stream()
                .anyMatch(m -> m.organisation().id() == onBehalfOf && m.role() == MembershipRole.FOCAL_POINT)
                ? CommentStatus.PUBLISHED : CommentStatus.PENDING_APPROVAL;
    }

    static boolean isFocalPointOf(List<Membership> memberships, long organisationId) {
        return memberships.stream()
                .anyMatch(m -> m.organisation().id() == organisationId && m.role() == MembershipRole.FOCAL_POINT);
    }

    static boolean isMemberOf(List<Membership> memberships, long organisationId) {
        return memberships.stream().anyMatch(m -> m.organisation().id() == organisationId);
    }
}
