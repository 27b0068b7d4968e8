package org.parley.document;

/** How a paragraph came from its predecessor(s) in the previous version. No predecessor means new. */
public enum ChangeKind {
    UNCHANGED, EDITED, MOVED, SPLIT, MERGED
}
