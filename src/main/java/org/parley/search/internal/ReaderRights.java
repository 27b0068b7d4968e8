package org.parley.search.internal;

/** What a reader may find: anonymous readers only public, non-draft texts; members every non-draft text. */
public enum ReaderRights {
    ANONYMOUS, MEMBER, EDITOR
}
