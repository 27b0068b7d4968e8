package org.parley.document;

/** PUBLIC documents can be read without signing in; MEMBERS documents need an account. */
public enum Visibility {
    PUBLIC, MEMBERS
}
