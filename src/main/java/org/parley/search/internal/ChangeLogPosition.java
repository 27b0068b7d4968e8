package org.parley.search.internal;

import java.util.List;

/**
 * How far the indexer has read the change log: every row written by a transaction below {@code xmax} has been
 * applied, except the rows of {@code running}, the transactions that had not ended then. Kept in the index's commit
 * data as text, {@code "xmax"} or {@code "xmax:xid,xid"}; a plain transaction id (the form before the running
 * transactions were named) reads as a position with none running.
 */
record ChangeLogPosition(String xmax, List<String> running) {

    ChangeLogPosition {
        running = List.copyOf(running);
    }

    static ChangeLogPosition parse(String text) {
        int colon = text.indexOf(':');
        if (colon < 0) {
            return new ChangeLogPosition(text, List.of());
        }
        String running = text.substring(colon + 1);
        return new ChangeLogPosition(text.substring(0, colon),
                running.isEmpty() ? List.of() : List.of(running.split(",")));
    }

    @Override
    public String toString() {
        return running.isEmpty() ? xmax : xmax + ":" + String.join(",", running);
    }
}
