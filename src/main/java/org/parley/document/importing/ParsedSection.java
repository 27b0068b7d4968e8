package org.parley.document.importing;

/**
 * A heading of the imported document.
 *
 * @param index       0-based position in reading order
 * @param parentIndex index of the enclosing section, {@code null} for top level
 * @param level       1 = top
 * @param number      number split off the heading ("III", "2.1", "9-1"), or {@code null}
 * @param heading     plain heading text without the split-off number
 */
public record ParsedSection(int index, Integer parentIndex, int level, String number, String heading) {
}
