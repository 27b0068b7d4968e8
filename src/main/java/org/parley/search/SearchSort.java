package org.parley.search;

public enum SearchSort {
    RELEVANCE, DATE
}
