package org.parley.search;

public enum HitType {
    PARAGRAPH, COMMENT
}
