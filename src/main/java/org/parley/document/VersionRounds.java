package org.parley.document;

import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

import java.util.Collection;
import java.util.Optional;

import static org.parley.jooq.Tables.DOCUMENT_VERSION;

/**
 * The two rules that tie a version to its consultation round, stated once each, in Java and in SQL:
 * <ul>
 *   <li>the version that answers a round is the next version based on it ({@link #versionAnswering});</li>
 *   <li>the answers to a round become public once that version is out of draft ({@link #answersPublic}).</li>
 * </ul>
 */
public final class VersionRounds {

    private VersionRounds() {
    }

    /** The version (draft or not) based on {@code round}, among {@code versions}. */
    public static Optional<DocumentVersion> versionAnswering(DocumentVersion round,
                                                             Collection<DocumentVersion> versions) {
        return versions.stream()
                .filter(v -> v.basedOnVersionId() != null && v.basedOnVersionId() == round.id())
                .findFirst();
    }

    public static boolean answersPublic(DocumentVersion round, Collection<DocumentVersion> versions) {
        return versionAnswering(round, versions).filter(v -> v.status() != VersionStatus.DRAFT).isPresent();
    }

    /** {@link #answersPublic(DocumentVersion, Collection)} in SQL, for the round version in {@code roundVersionId}. */
    public static Condition answersPublic(Field<Long> roundVersionId) {
        var next = DOCUMENT_VERSION.as("answering_version");
        return DSL.exists(DSL.selectOne().from(next)
                .where(next.BASED_ON_VERSION_ID.eq(roundVersionId))
                .and(next.STATUS.ne(VersionStatus.DRAFT.name())));
    }
}
