package org.parley.comment;

/**
 * Narrows a list of comments. Null fields do not filter. {@code mine}: written by the reader;
 * {@code myOrganisations}: on behalf of one of the reader's organisations; {@code unanswered}: top-level
 * comments without a visible reply.
 */
public record CommentFilter(Long organisationId, CommentKind kind, CommentStatus status, boolean mine,
                            boolean myOrganisations, boolean unanswered) {

    public static final CommentFilter ALL = new CommentFilter(null, null, null, false, false, false);

    public CommentFilter withKind(CommentKind value) {
        return new CommentFilter(organisationId, value, status, mine, myOrganisations, unanswered);
    }

    public CommentFilter withOrganisation(Long value) {
        return new CommentFilter(value, kind, status, mine, myOrganisations, unanswered);
    }

    public CommentFilter withStatus(CommentStatus value) {
        return new CommentFilter(organisationId, kind, value, mine, myOrganisations, unanswered);
    }

    public CommentFilter onlyMine(boolean value) {
        return new CommentFilter(organisationId, kind, status, value, myOrganisations, unanswered);
    }

    public CommentFilter onlyMyOrganisations(boolean value) {
        return new CommentFilter(organisationId, kind, status, mine, value, unanswered);
    }

    public CommentFilter onlyUnanswered(boolean value) {
        return new CommentFilter(organisationId, kind, status, mine, myOrganisations, value);
    }
}
