package org.parley.comparison;

/** How a row of a comparison changed between the older and the newer version. */
public enum ComparisonMarker {
    UNCHANGED, EDITED, MOVED, SPLIT, MERGED, NEW, DELETED;

    public boolean changed() {
        return this != UNCHANGED;
    }
}
