package org.parley.comment;

import org.parley.security.GlobalRole;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Who may comment, as the issue states it, cell by cell: global role × membership in "my organisation" (a
 * commission) × round state × audience × on whose behalf. Shared by the plain rules test (every cell) and
 * the service test (a sample through PostgreSQL). The rules are applied in the order a person meets them.
 */
final class PermissionMatrix {

    enum Membership { NONE, MEMBER, FOCAL_POINT }

    enum Round { DRAFT, NOT_STARTED, OPEN, CLOSED, PUBLISHED }

    enum Audience { EVERYONE, MY_ORGANISATION, MY_KIND, OTHER_ORGANISATION, MY_KIND_LATER }

    enum Behalf { NONE, MY_ORGANISATION, OTHER_ORGANISATION }

    /** {@code refusal} null: allowed, with {@code status}. */
    record Cell(GlobalRole role, Membership membership, Round round, Audience audience, Behalf behalf,
                String refusal, CommentStatus status) {

        @Override
        public String toString() {
            return role + " " + membership + " round " + round + " audience " + audience + " for " + behalf
                    + " -> " + (refusal == null ? status : refusal);
        }
    }

    /** 1. Readers never comment. */
    static final String READER_REFUSAL = "comment.error.readers-cannot-comment";

    /** 2. Only an open round takes comments. */
    static final Map<Round, String> ROUND_REFUSAL = Map.of(
            Round.DRAFT, "comment.error.round-not-open",
            Round.NOT_STARTED, "comment.error.round-not-started",
            Round.CLOSED, "comment.error.round-closed",
            Round.PUBLISHED, "comment.error.round-not-open");

    /** 3. One speaks only for an organisation one belongs to (the person never belongs to the other one). */
    static final String NOT_A_MEMBER = "comment.error.not-a-member";

    /**
     * 4. A restricted audience (editors and admins are not bound by it): what a member of my organisation and
     * someone without an organisation get. Null: allowed.
     */
    static final Map<Audience, String[]> AUDIENCE_REFUSAL_FOR_MEMBER_AND_OUTSIDER = Map.of(
            Audience.EVERYONE, new String[] {null, null},
            Audience.MY_ORGANISATION, new String[] {null, "comment.error.not-in-audience"},
            Audience.MY_KIND, new String[] {null, "comment.error.not-in-audience"},
            Audience.OTHER_ORGANISATION, new String[] {"comment.error.not-in-audience", "comment.error.not-in-audience"},
            Audience.MY_KIND_LATER, new String[] {"comment.error.audience-not-yet", "comment.error.not-in-audience"});

    /** 5. A focal point's words for the organisation are published at once; a member's wait for approval. */
    static final Map<Membership, CommentStatus> STATUS_ON_BEHALF = Map.of(
            Membership.MEMBER, CommentStatus.PENDING_APPROVAL,
            Membership.FOCAL_POINT, CommentStatus.PUBLISHED);

    private PermissionMatrix() {
    }

    static Stream<Cell> all() {
        List<Cell> cells = new ArrayList<>();
        for (GlobalRole role : GlobalRole.values()) {
            for (Membership membership : Membership.values()) {
                for (Round round : Round.values()) {
                    for (Audience audience : Audience.values()) {
                        for (Behalf behalf : Behalf.values()) {
                            cells.add(cell(role, membership, round, audience, behalf));
                        }
                    }
                }
            }
        }
        return cells.stream();
    }

    static Cell cell(GlobalRole role, Membership membership, Round round, Audience audience, Behalf behalf) {
        String refusal = refusal(role, membership, round, audience, behalf);
        CommentStatus status = refusal != null ? null
                : behalf == Behalf.NONE ? CommentStatus.PUBLISHED : STATUS_ON_BEHALF.get(membership);
        return new Cell(role, membership, round, audience, behalf, refusal, status);
    }

    private static String refusal(GlobalRole role, Membership membership, Round round, Audience audience,
                                  Behalf behalf) {
        if (role == GlobalRole.READER) {
            return READER_REFUSAL;
        }
        if (ROUND_REFUSAL.containsKey(round)) {
            return ROUND_REFUSAL.get(round);
        }
        if (behalf == Behalf.OTHER_ORGANISATION
                || behalf == Behalf.MY_ORGANISATION && membership == Membership.NONE) {
            return NOT_A_MEMBER;
        }
        if (role == GlobalRole.ADMIN || role == GlobalRole.EDITOR) {
            return null;
        }
        return AUDIENCE_REFUSAL_FOR_MEMBER_AND_OUTSIDER.get(audience)[membership == Membership.NONE ? 1 : 0];
    }
}
