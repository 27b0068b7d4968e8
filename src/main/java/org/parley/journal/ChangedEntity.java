package org.parley.journal;

/** What a change_log row points at. A VERSION row means: its paragraphs (re)appeared or changed. */
public enum ChangedEntity {
    DOCUMENT, VERSION, PARAGRAPH, COMMENT
}
