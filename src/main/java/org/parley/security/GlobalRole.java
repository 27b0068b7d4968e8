package org.parley.security;

/** What a person may do across Parley, independent of the organisations they belong to. */
public enum GlobalRole {
    ADMIN, EDITOR, CONTRIBUTOR, READER;

    public String authority() {
        return "ROLE_" + name();
    }

    public boolean canEdit() {
        return this == ADMIN || this == EDITOR;
    }
}
