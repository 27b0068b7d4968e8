package org.parley.resolution;

import java.util.List;

/** Every comment of the round on version {@code versionNumber} with its answer; {@code nextVersionNumber} null if none. */
public record ResolutionMatrix(String slug, int versionNumber, Integer nextVersionNumber, List<ResolutionRow> rows) {

    public ResolutionMatrix filtered(ResolutionFilter filter) {
        return new ResolutionMatrix(slug, versionNumber, nextVersionNumber,
                rows.stream().filter(filter::matches).toList());
    }
}
