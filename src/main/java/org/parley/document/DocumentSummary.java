package org.parley.document;

import java.util.List;

/** A document with the versions the current reader may see, newest last. */
public record DocumentSummary(Document document, List<DocumentVersion> versions) {

    public DocumentVersion latest() {
        return versions.get(versions.size() - 1);
    }
}
