package org.parley.document;

/**
 * Who may read which document and version: the one statement of the reading rule. Anonymous readers read public
 * documents; anyone signed in also reads members-only documents; drafts are for editors and admins (and Parley
 * itself). Services ask {@link DocumentService#readerRights()}; the search index filters with the same two
 * questions.
 */
public enum ReaderRights {
    ANONYMOUS, MEMBER, EDITOR;

    public boolean readsMembersDocuments() {
        return this != ANONYMOUS;
    }

    public boolean readsDrafts() {
        return this == EDITOR;
    }

    /** Editors see their answers to a round before the version carrying them is published; others after. */
    public boolean readsUnpublishedAnswers() {
        return this == EDITOR;
    }

    public boolean mayRead(Visibility visibility, VersionStatus status) {
        return (visibility == Visibility.PUBLIC || readsMembersDocuments())
                && (status != VersionStatus.DRAFT || readsDrafts());
    }

    public boolean mayRead(Visibility visibility) {
        return visibility == Visibility.PUBLIC || readsMembersDocuments();
    }
}
