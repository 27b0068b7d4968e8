package org.parley.search;

/** Whether the index can answer, and how far a rebuild has come ({@code done} of {@code total} versions). */
public record IndexStatus(boolean building, long done, long total, long indexedTexts) {

    public double progress() {
        return total == 0 ? (building ? 0 : 1) : Math.min(1.0, (double) done / total);
    }
}
