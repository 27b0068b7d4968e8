package org.parley.document;

public enum VersionStatus {
    DRAFT, OPEN_FOR_COMMENTS, CLOSED, PUBLISHED
}
