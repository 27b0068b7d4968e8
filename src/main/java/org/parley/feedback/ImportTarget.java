package org.parley.feedback;

import org.parley.organisation.Organisation;

import java.util.List;

/** A version the current person may import Word feedback on, and the organisations they may import it for. */
public record ImportTarget(String slug, int versionNumber, List<Organisation> organisations) {

    public ImportTarget {
        organisations = List.copyOf(organisations);
    }
}
