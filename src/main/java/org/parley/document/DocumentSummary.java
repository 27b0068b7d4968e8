package org.parley.document;

import java.util.List;
import java.util.Optional;

/** A document with the versions the current reader may see, newest last. */
public record DocumentSummary(Document document, List<DocumentVersion> versions) {

    public DocumentVersion latest() {
        return versions.get(versions.size() - 1);
    }

    /** The version answering {@code round}'s consultation, if the reader may see it (see {@link VersionRounds}). */
    public Optional<DocumentVersion> versionAnswering(DocumentVersion round) {
        return VersionRounds.versionAnswering(round, versions);
    }
}
